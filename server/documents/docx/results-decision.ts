/**
 * The decision approving the cohort's results (quyết định phê duyệt kết quả đánh giá, xếp
 * loại người đứng đầu) as a .docx in the Party (HD 36) or state (NĐ 30) layout: header,
 * title, basis, Điều 1 with the count per level and the list of heads and their levels,
 * Điều 2 (what the results are used for; the appeal period), Điều 3, signature and
 * recipients. Pure: data in, bytes out.
 */
import { Document, Paragraph } from 'docx';
import { basisLines } from './assignment-decision.ts';
import { type GridCell, gridTable, pointsCell } from './council-summary.ts';
import {
  bodyParagraph,
  documentStyles,
  keepTogether,
  LAYOUTS,
  line,
  nameLines,
  pageNumberHeaders,
  pageProperties,
  run,
} from './layout.ts';
import { headerBlock, type Signer, signatureBlock, titleBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import { type DocumentLayout, upperVi } from './vietnamese-format.ts';

/** The four levels as the decision writes them, best first. */
export const LEVEL_TEXT = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
} as const;
export type DecisionLevel = keyof typeof LEVEL_TEXT;

export interface DecisionResult {
  headName: string;
  postTitle: string;
  unitName: string;
  /** Hundredths. */
  total: number;
  level: DecisionLevel;
}

/** Everything the results decision shows. */
export interface ResultsDecisionDoc {
  layout: DocumentLayout;
  superiorBodyName: string | null;
  issuingBodyName: string;
  /** The assigning body in running text ("Ban Thường vụ Huyện ủy Yên Lạc"). */
  assignerName: string;
  documentNumber: string;
  place: string;
  date: string;
  /** "năm 2022". */
  cycleName: string;
  basis: string[];
  appealDays: number;
  results: DecisionResult[];
  signer: Signer;
  recipients: string[];
}

/** The trích yếu: "về việc phê duyệt kết quả đánh giá, xếp loại người đứng đầu năm 2022". */
export function resultsDecisionSummary(doc: Pick<ResultsDecisionDoc, 'layout' | 'cycleName'>): string {
  return `${doc.layout === 'state' ? 'Về' : 'về'} việc phê duyệt kết quả đánh giá, xếp loại người đứng đầu ${doc.cycleName}`;
}

/** "2 đồng chí Hoàn thành tốt nhiệm vụ, 1 đồng chí Hoàn thành nhiệm vụ" in level order. */
export function levelCounts(results: readonly DecisionResult[]): string {
  return (Object.keys(LEVEL_TEXT) as DecisionLevel[])
    .map((level) => [results.filter((r) => r.level === level).length, LEVEL_TEXT[level]] as const)
    .filter(([n]) => n > 0)
    .map(([n, text]) => `${n} đồng chí ${text}`)
    .join(', ');
}

/** Column widths (mm): STT, name, post and unit, total, level = 165. */
const COLUMNS_MM = [12, 42, 53, 20, 38];

function article(doc: ResultsDecisionDoc, n: number, title: string): Paragraph {
  return bodyParagraph([run(`Điều ${n}. ${title}`, { size: LAYOUTS[doc.layout].body, bold: true })], {
    keepNext: true,
  });
}

function articles(doc: ResultsDecisionDoc): (Paragraph | ReturnType<typeof gridTable>)[] {
  const size = LAYOUTS[doc.layout].body;
  const plain = (text: string) => bodyParagraph([run(text, { size })]);
  const rows = doc.results.map((r, i): GridCell[] => [
    { text: String(i + 1), align: 'center' },
    { text: keepTogether(r.headName) },
    { text: `${r.postTitle}, ${r.unitName}` },
    pointsCell(r.total),
    { text: LEVEL_TEXT[r.level] },
  ]);
  const party = doc.layout === 'party';
  return [
    article(doc, 1, 'Phê duyệt kết quả đánh giá, xếp loại'),
    plain(
      `Phê duyệt kết quả đánh giá, xếp loại chất lượng ${doc.results.length} đồng chí người đứng đầu được giao chỉ tiêu, ` +
        `nhiệm vụ ${doc.cycleName}, gồm: ${levelCounts(doc.results)}; cụ thể như sau:`,
    ),
    gridTable(COLUMNS_MM, ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Tổng điểm', 'Xếp loại'], rows),
    line('', { size: 6 }),
    article(doc, 2, 'Sử dụng kết quả và khiếu nại'),
    plain(
      'Kết quả đánh giá, xếp loại là căn cứ để xem xét quy hoạch, bổ nhiệm, khen thưởng, điều động, luân chuyển, ' +
        'bố trí công tác khác đối với cán bộ; đồng chí xếp loại không hoàn thành nhiệm vụ được xem xét điều chuyển, ' +
        'thay thế theo quy định.',
    ),
    plain(
      `Trong thời hạn ${doc.appealDays} ngày kể từ ngày ký Quyết định, đồng chí được đánh giá có quyền khiếu nại về ` +
        `kết quả của mình đến ${doc.assignerName}.`,
    ),
    article(doc, 3, 'Hiệu lực và tổ chức thực hiện'),
    plain(
      party
        ? `Quyết định có hiệu lực kể từ ngày ký. Các cơ quan tham mưu, giúp việc của ${doc.assignerName}, các cơ quan, ` +
            'đơn vị có liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành.'
        : 'Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan và các đồng chí có ' +
            'tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ),
  ];
}

/** Renders the results decision as .docx bytes (identical for identical input). */
export async function renderResultsDecision(doc: ResultsDecisionDoc): Promise<Buffer> {
  const spec = LAYOUTS[doc.layout];
  const basisStyle = { size: spec.body, italics: doc.layout === 'state' };
  const basis = basisLines(doc.layout, doc.basis).map((text) => bodyParagraph([run(text, basisStyle)]));
  const decides = { size: spec.body, bold: true, before: 6, after: 6, keepNext: true };
  const body = upperVi(doc.assignerName);
  const opening =
    doc.layout === 'state'
      ? [line(body, { ...decides, before: 0 }), ...basis, line('QUYẾT ĐỊNH:', decides)]
      : [...basis, line(`${body} QUYẾT ĐỊNH`, decides)];
  const document = new Document({
    styles: documentStyles(doc.layout),
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: pageNumberHeaders(doc.layout),
        children: [
          headerBlock(doc.layout, doc),
          ...titleBlock(doc.layout, 'QUYẾT ĐỊNH', resultsDecisionSummary(doc)),
          ...opening,
          ...articles(doc),
          line('', { size: 6 }),
          signatureBlock(doc.layout, doc.signer, doc.recipients),
          new Paragraph({ children: [] }),
        ],
      },
    ],
  });
  return packDocx(document, {
    title: `Quyết định ${resultsDecisionSummary({ ...doc, layout: 'state' })}`,
    creator: nameLines(doc.issuingBodyName).join(' '),
    date: doc.date,
  });
}
