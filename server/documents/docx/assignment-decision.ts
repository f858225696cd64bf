/**
 * The assignment decision (quyết định giao chỉ tiêu, nhiệm vụ) as a .docx: header,
 * title, basis, Điều 1-3, signature and recipients on portrait pages, then the task
 * appendix on landscape pages. Pure: data in, bytes out.
 */
import { Document, type ISectionOptions, type Paragraph } from 'docx';
import type { Direction, SupportKind, TaskTag } from '../../domain/assignment/task.ts';
import { appendixSection, totalWeightHundredths } from './assignment-appendix.ts';
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
import { headerBlock, signatureBlock, titleBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import { type DocumentLayout, formatPoints, upperVi } from './vietnamese-format.ts';

/** One task as the decision prints it (fields of the other kind are null). */
export interface DecisionTask {
  index: number;
  kind: 'target' | 'deliverable';
  title: string;
  /** Points, at most 2 decimals. */
  weight: number;
  /** ISO date. */
  deadline: string;
  tags: TaskTag[];
  leadUnitName: string;
  coordinatingUnitNames: string[];
  metric: string | null;
  unitOfMeasure: string | null;
  baseline: number | null;
  targetValue: number | null;
  direction: Direction | null;
  expectedProduct: string | null;
  acceptanceCriteria: string | null;
  supportCommitments: { kind: SupportKind; description: string; dueOn: string | null }[];
}

/** Everything the assignment decision shows; names of bodies in upper case as printed. */
export interface AssignmentDecisionDoc {
  layout: DocumentLayout;
  /** Parent of the issuer ("ĐẢNG BỘ TỈNH VĨNH PHÚC"); null when the rule needs none. */
  superiorBodyName: string | null;
  /** Issuer ("HUYỆN ỦY YÊN LẠC"); "\n" forces a line break in the header. */
  issuingBodyName: string;
  /** Short code of the issuer ("HU"); written as the file's author. */
  issuingBodyShortCode?: string | null;
  /** The assigning body in running text ("Ban Thường vụ Huyện ủy Yên Lạc"); generic wording when absent. */
  assignerName?: string | null;
  /** As given, without "Số": "12-QĐ/HU" or "12/QĐ-UBND". */
  documentNumber: string;
  place: string;
  /** ISO date of signature. */
  date: string;
  /** "năm 2022". */
  cycleName: string;
  assignee: { fullName: string; postTitle: string; unitName: string };
  /** The "Căn cứ …" lines; see {@link defaultBasis}. */
  basis: string[];
  /** The head's biggest bottleneck and the commitment to remove it. */
  bottleneck: string | null;
  tasks: DecisionTask[];
  /** The results part R of the 100-point scale the weights add up to (70 under 366-QĐ/TW). */
  resultsPart: number;
  signer: { authority: string; title: string; fullName: string };
  recipients: string[];
}

const QD_366 =
  'Căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất lượng ' +
  'đối với tập thể, cá nhân trong hệ thống chính trị;';
const KL_198 =
  'Căn cứ Kết luận số 198-KL/TW ngày 8/10/2025 của Bộ Chính trị về chủ trương đánh giá đối với cán bộ lãnh đạo, ' +
  'quản lý trong hệ thống chính trị;';

/** The national rules a decision made today rests on; callers add local regulations and the proposal. */
export function defaultBasis(layout: DocumentLayout): string[] {
  if (layout === 'party') return ['Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', QD_366, KL_198];
  return [
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    QD_366,
    KL_198,
    'Căn cứ Nghị định số 335/2025/NĐ-CP ngày 21/12/2025 của Chính phủ quy định về đánh giá, xếp loại chất lượng ' +
      'đối với cơ quan hành chính nhà nước và công chức;',
  ];
}

const stripEnd = (text: string) => text.trim().replace(/[\s;,.:]+$/u, '');
const sentence = (text: string) => `${stripEnd(text)}.`;
const AUTHORITY_PREFIX = /^(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.|Q\.)\s*/u;

/** The body that decides, in capitals ("BAN THƯỜNG VỤ HUYỆN ỦY YÊN LẠC"). */
export function decidingBody(doc: AssignmentDecisionDoc): string {
  if (doc.assignerName?.trim()) return upperVi(doc.assignerName.trim());
  const issuer = nameLines(doc.issuingBodyName).join(' ');
  if (doc.layout === 'state') return issuer;
  const collective = nameLines(doc.signer.authority)[0]?.replace(AUTHORITY_PREFIX, '').trim();
  return collective ? `${collective} ${issuer}` : issuer;
}

/** The trích yếu: "Về việc giao…" (state) or "về việc giao…" (Party, lower case per HD 36). */
export function decisionSummary(doc: AssignmentDecisionDoc): string {
  const { fullName, postTitle } = doc.assignee;
  const verb = doc.layout === 'state' ? 'Về việc' : 'về việc';
  return `${verb} giao chỉ tiêu, nhiệm vụ trọng tâm ${doc.cycleName} cho đồng chí ${keepTogether(fullName)}, ${postTitle}`;
}

/**
 * The basis lines as the rules end them: ";" after each, and after the last "." (state,
 * NĐ 30) or "," (Party, which runs on into "… QUYẾT ĐỊNH").
 */
export function basisLines(layout: DocumentLayout, basis: string[]): string[] {
  const lines = basis.map(stripEnd).filter(Boolean);
  return lines.map((text, i) => `${text}${i < lines.length - 1 ? ';' : layout === 'state' ? '.' : ','}`);
}

function countTags(tasks: readonly DecisionTask[]): string {
  const phrases: [TaskTag, string][] = [
    ['new', 'việc mới'],
    ['hard', 'việc khó'],
    ['breakthrough', 'việc cần đột phá'],
    ['bottleneck', 'nội dung tháo gỡ điểm nghẽn'],
  ];
  const parts = phrases
    .map(([tag, phrase]) => [tasks.filter((t) => t.tags.includes(tag)).length, phrase] as const)
    .filter(([count]) => count > 0)
    .map(([count, phrase]) => `${count} ${phrase}`);
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
  return `; trong đó có ${list}`;
}

/** "Điều 1. Tên điều": the word, number and name of an article in bold (NĐ 30 Phụ lục I, II.6). */
function article(number: number, title: string): Paragraph {
  return bodyParagraph([run(`Điều ${number}. ${title}`, { size: LAYOUTS.state.body, bold: true })], {
    keepNext: true,
  });
}

const plain = (text: string) => bodyParagraph([run(text, { size: LAYOUTS.state.body })]);

/** Điều 1-3 in formal Vietnamese, from the decision's data. */
export function articles(doc: AssignmentDecisionDoc): Paragraph[] {
  const { fullName, postTitle, unitName } = doc.assignee;
  const party = doc.layout === 'party';
  const assigner = doc.assignerName?.trim() || (party ? 'cấp ủy cấp trên' : 'cơ quan giao nhiệm vụ');
  const Assigner = doc.assignerName?.trim() || (party ? 'Cấp ủy cấp trên' : 'Cơ quan giao nhiệm vụ');
  const targets = doc.tasks.filter((t) => t.kind === 'target').length;
  const deliverables = doc.tasks.length - targets;
  const total = formatPoints(totalWeightHundredths(doc.tasks) / 100);
  const supports = doc.tasks.reduce((n, t) => n + t.supportCommitments.length, 0);
  const general = Math.round((100 - doc.resultsPart) * 100) / 100;
  const scale =
    general > 0
      ? `phần kết quả thực hiện chỉ tiêu, nhiệm vụ tối đa ${formatPoints(doc.resultsPart)} điểm trong thang điểm 100 ` +
        `(phần tiêu chí chung ${formatPoints(general)} điểm)`
      : 'theo thang điểm 100';
  const out: Paragraph[] = [
    article(1, 'Giao chỉ tiêu, nhiệm vụ'),
    plain(
      `Giao đồng chí ${fullName}, ${postTitle} thực hiện ${doc.tasks.length} chỉ tiêu, nhiệm vụ trọng tâm ` +
        `${doc.cycleName} trên cương vị người đứng đầu ${unitName}, gồm ${targets} chỉ tiêu và ${deliverables} ` +
        `nhiệm vụ có sản phẩm cụ thể, tổng trọng số ${total} điểm (có Phụ lục kèm theo).`,
    ),
    plain(
      'Mỗi chỉ tiêu, nhiệm vụ được giao bảo đảm rõ người, rõ việc, rõ thời gian, rõ sản phẩm: có đơn vị chủ trì, ' +
        'đơn vị phối hợp, thời hạn hoàn thành, giá trị chỉ tiêu hoặc sản phẩm và tiêu chí nghiệm thu cụ thể' +
        `${countTags(doc.tasks)}.`,
    ),
  ];
  if (doc.bottleneck?.trim()) {
    out.push(
      plain(`Điểm nghẽn lớn nhất đồng chí đã xác định và cam kết tháo gỡ: ${sentence(doc.bottleneck)}`),
    );
  }
  const support =
    supports > 0
      ? ` theo ${supports} nội dung đã cam kết tại cột “Hỗ trợ của cấp trên” của Phụ lục, đúng thời hạn`
      : '';
  out.push(
    article(2, 'Trách nhiệm thực hiện và đánh giá kết quả'),
    plain(`1. Đồng chí ${fullName} có trách nhiệm:`),
    plain(
      'a) Ký cam kết thực hiện các chỉ tiêu, nhiệm vụ được giao; cụ thể hóa thành kế hoạch, phân công rõ trách ' +
        'nhiệm, trực tiếp lãnh đạo, chỉ đạo tổ chức thực hiện bảo đảm tiến độ, chất lượng, hiệu quả; chịu trách ' +
        `nhiệm trước ${assigner} về kết quả thực hiện.`,
    ),
    plain(
      'b) Định kỳ hằng quý báo cáo tiến độ, kết quả thực hiện từng chỉ tiêu, nhiệm vụ kèm theo minh chứng; kịp ' +
        'thời báo cáo khó khăn, vướng mắc, xin ý kiến chỉ đạo và đề xuất, kiến nghị giải pháp tháo gỡ.',
    ),
    plain(
      `c) Khi kết thúc ${doc.cycleName}, tự đánh giá, báo cáo kết quả thực hiện từng chỉ tiêu, nhiệm vụ; nêu rõ ` +
        'những việc đã hoàn thành, chưa hoàn thành, nguyên nhân, vướng mắc; hiến kế, đề xuất cơ chế, điều kiện ' +
        'bảo đảm thực hiện.',
    ),
    plain(
      `2. Giao nhiệm vụ gắn với hỗ trợ, không khoán trắng: ${Assigner} và các cơ quan chức năng có trách nhiệm hỗ ` +
        `trợ về nguồn lực, cơ chế, chính sách, điều kiện thực hiện${support}; hằng quý hoặc đột xuất kiểm tra, ` +
        'thẩm định mức độ, tiến độ thực hiện từng chỉ tiêu, nhiệm vụ; thường xuyên đôn đốc, kịp thời tháo gỡ khó khăn.',
    ),
    plain(
      `3. Hội đồng tư vấn đánh giá kết quả thực hiện bằng cách chấm điểm từng chỉ tiêu, nhiệm vụ, ${scale}; ` +
        'chỉ tiêu, nhiệm vụ hoàn thành vượt mức, trước thời hạn hoặc có cách làm sáng tạo, đột phá được xem xét ' +
        'cộng điểm thưởng theo quy định.',
    ),
    plain(
      '4. Kết quả thực hiện chỉ tiêu, nhiệm vụ được giao là tiêu chí quan trọng nhất để đánh giá, xếp loại chất ' +
        `lượng đối với đồng chí ${fullName}; là căn cứ để xem xét quy hoạch, bổ nhiệm, khen thưởng, điều động, ` +
        'luân chuyển cán bộ; trường hợp không hoàn thành nhiệm vụ sẽ xem xét điều chuyển, bố trí công tác khác.',
    ),
    article(3, 'Hiệu lực và tổ chức thực hiện'),
    plain(
      party
        ? `Quyết định có hiệu lực kể từ ngày ký. Các cơ quan tham mưu, giúp việc của ${assigner}, các cơ quan, đơn ` +
            `vị có liên quan và đồng chí ${fullName} căn cứ Quyết định thi hành.`
        : 'Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan và đồng chí ' +
            `${fullName} chịu trách nhiệm thi hành Quyết định này.`,
    ),
  );
  return out;
}

function mainSection(doc: AssignmentDecisionDoc): ISectionOptions {
  const spec = LAYOUTS[doc.layout];
  const basisStyle = { size: spec.body, italics: doc.layout === 'state' };
  const basis = basisLines(doc.layout, doc.basis).map((text) => bodyParagraph([run(text, basisStyle)]));
  const decides = { size: spec.body, bold: true, before: 6, after: 6, keepNext: true };
  const opening =
    doc.layout === 'state'
      ? [line(decidingBody(doc), { ...decides, before: 0 }), ...basis, line('QUYẾT ĐỊNH:', decides)]
      : [...basis, line(`${decidingBody(doc)} QUYẾT ĐỊNH`, decides)];
  return {
    properties: pageProperties('portrait'),
    headers: pageNumberHeaders(doc.layout),
    children: [
      headerBlock(doc.layout, doc),
      ...titleBlock(doc.layout, 'QUYẾT ĐỊNH', decisionSummary(doc)),
      ...opening,
      ...articles(doc),
      line('', { size: 6 }),
      signatureBlock(doc.layout, doc.signer, doc.recipients),
    ],
  };
}

/** Renders the assignment decision with its landscape task appendix as .docx bytes. */
export async function renderAssignmentDecision(doc: AssignmentDecisionDoc): Promise<Buffer> {
  const document = new Document({
    styles: documentStyles(doc.layout),
    sections: [mainSection(doc), appendixSection(doc)],
  });
  return packDocx(document, {
    title: `Quyết định ${decisionSummary(doc)}`.replace(/\u00a0/g, ' '),
    creator: doc.issuingBodyShortCode?.trim() || nameLines(doc.issuingBodyName).join(' '),
    date: doc.date,
  });
}
