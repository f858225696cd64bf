/**
 * The minutes of an appraisal (biên bản kiểm tra, thẩm định) as a .docx: the
 * appraising unit's header, the head and unit appraised, one table row per task
 * (verified level, progress, product decision, findings, recommendation), the
 * general findings and recommendations, and the two signatures. Pure: data in, bytes out.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Direction } from '../../domain/assignment/task.ts';
import { DIRECTION_LABELS } from './assignment-appendix.ts';
import {
  bodyParagraph,
  documentStyles,
  keepTogether,
  LAYOUTS,
  layoutTable,
  line,
  nameLines,
  PORTRAIT_TEXT_MM,
  pageNumberHeaders,
  pageProperties,
  run,
  twips,
} from './layout.ts';
import { headerBlock, titleBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import {
  type DocumentLayout,
  formatLongDate,
  formatNumber,
  formatShortDate,
  upperVi,
} from './vietnamese-format.ts';

/** One task's line as the minutes print it. */
export interface MinutesItem {
  number: number;
  title: string;
  kind: 'target' | 'deliverable';
  unitOfMeasure: string | null;
  /** Target value in force on the appraisal date and its direction (targets). */
  targetValue: number | null;
  direction: Direction | null;
  verifiedValue: number | null;
  verifiedFraction: number | null;
  progress: 'on_track' | 'at_risk' | 'late';
  productDecision: 'accepted' | 'returned' | 'rejected' | null;
  decisionReason: string | null;
  exceeded: boolean;
  findings: string | null;
  recommendation: string | null;
}

/** Everything the minutes show; names of bodies in the header in upper case as printed. */
export interface AppraisalMinutesDoc {
  layout: DocumentLayout;
  /** The appraising unit's parent ("UBND HUYỆN YÊN LẠC"); null when none. */
  superiorBodyName: string | null;
  /** The appraising unit ("PHÒNG NỘI VỤ"); "\n" forces a line break. */
  issuingBodyName: string;
  /** The appraising unit in running text ("Phòng Nội vụ huyện Yên Lạc"). */
  appraisingUnitName: string;
  /** As registered; "…" leaves it to be filled by hand. */
  documentNumber?: string | null;
  place: string;
  /** ISO date of the appraisal. */
  date: string;
  kind: 'quarterly' | 'ad_hoc';
  quarter: number | null;
  /** "năm 2022". */
  cycleName: string;
  assignee: { fullName: string; postTitle: string; unitName: string };
  /** The assignment decision the tasks come from. */
  decision: { documentNumber: string | null; documentDate: string | null; assignerName: string };
  items: MinutesItem[];
  findings: string | null;
  recommendations: string | null;
  /** Who signs for the appraising unit (the person who recorded the appraisal). */
  appraiserSigner: { title: string; fullName: string };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const PROGRESS_LABELS = {
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ chậm',
  late: 'Chậm tiến độ',
} as const;
const DECISION_LABELS = {
  accepted: 'Nghiệm thu, chấp nhận sản phẩm',
  returned: 'Trả lại để hoàn thiện',
  rejected: 'Không chấp nhận sản phẩm',
} as const;

/** "quý II năm 2022" (quarterly) or "năm 2022" (ad hoc). */
export function appraisalPeriod(doc: Pick<AppraisalMinutesDoc, 'kind' | 'quarter' | 'cycleName'>): string {
  return doc.kind === 'quarterly' && doc.quarter
    ? `quý ${ROMAN[doc.quarter - 1]} ${doc.cycleName}`
    : doc.cycleName;
}

/** The trích yếu: "Kiểm tra, thẩm định kết quả thực hiện chỉ tiêu, nhiệm vụ quý II năm 2022 của đồng chí …". */
export function minutesSummary(doc: AppraisalMinutesDoc): string {
  const adHoc = doc.kind === 'ad_hoc' ? ' đột xuất' : '';
  const verb = doc.layout === 'state' ? 'Kiểm tra' : 'kiểm tra';
  return (
    `${verb}, thẩm định${adHoc} kết quả thực hiện chỉ tiêu, nhiệm vụ ${appraisalPeriod(doc)} của đồng chí ` +
    `${keepTogether(doc.assignee.fullName)}, ${doc.assignee.postTitle}`
  );
}

const TABLE_SIZE = 11;
/** Column widths (mm) filling the 165 mm of a portrait text block. */
const COLUMNS_MM = [11, 35, 26, 18, 27, 24, 24];
const HEADINGS = [
  'STT',
  'Chỉ tiêu, nhiệm vụ',
  'Mức độ đạt được (đã xác minh)',
  'Tiến độ',
  'Sản phẩm',
  'Nhận xét',
  'Kiến nghị',
];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const text = (value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  run(value, { size: TABLE_SIZE, ...style });

function para(children: ParagraphChild[], align: Align = AlignmentType.LEFT): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    children,
  });
}

function cell(paragraphs: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    margins: { top: twips(0.8), bottom: twips(0.8), left: twips(1), right: twips(1) },
    verticalAlign: VerticalAlign.TOP,
    children: paragraphs.length > 0 ? paragraphs : [para([])],
  });
}

const measured = (n: number, unit: string | null) =>
  `${formatNumber(n, { maxDecimals: 4 })}${unit?.trim() ? `\u00a0${unit.trim()}` : ''}`;

/** The verified level: the value against the target (targets) or the share of the product (deliverables). */
export function verifiedLevel(item: MinutesItem): Paragraph[] {
  if (item.kind === 'target') {
    const lines = [
      para([
        text(
          item.verifiedValue === null ? 'Chưa xác minh' : measured(item.verifiedValue, item.unitOfMeasure),
        ),
      ]),
    ];
    if (item.targetValue !== null) {
      const direction = item.direction ? `${DIRECTION_LABELS[item.direction]} ` : '';
      lines.push(
        para([
          text(`Chỉ tiêu: ${direction}${measured(item.targetValue, item.unitOfMeasure)}`, { italics: true }),
        ]),
      );
    }
    return lines;
  }
  if (item.verifiedFraction === null) return [para([text('—')], AlignmentType.CENTER)];
  return [
    para([text(`${formatNumber(item.verifiedFraction * 100, { maxDecimals: 2 })}%`)], AlignmentType.CENTER),
  ];
}

function productCell(item: MinutesItem): Paragraph[] {
  if (item.kind === 'target' || item.productDecision === null)
    return [para([text('—')], AlignmentType.CENTER)];
  const lines = [para([text(DECISION_LABELS[item.productDecision])])];
  if (item.decisionReason?.trim())
    lines.push(para([text('Lý do: ', { italics: true }), text(item.decisionReason.trim())]));
  if (item.exceeded) lines.push(para([text('Vượt yêu cầu', { italics: true })]));
  return lines;
}

const multiline = (value: string | null) =>
  (value ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => para([text(s)]));

function itemRow(item: MinutesItem): TableRow {
  const columns = [
    [para([text(String(item.number))], AlignmentType.CENTER)],
    [para([text(item.title)])],
    verifiedLevel(item),
    [para([text(PROGRESS_LABELS[item.progress])], AlignmentType.CENTER)],
    productCell(item),
    multiline(item.findings),
    multiline(item.recommendation),
  ];
  return new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(c, COLUMNS_MM[i])) });
}

/** The per-task table; its header row repeats on every page. */
export function minutesTable(items: readonly MinutesItem[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADINGS.map((h, i) =>
      cell([para([text(h, { bold: true })], AlignmentType.CENTER)], COLUMNS_MM[i]),
    ),
  });
  return new Table({
    width: { size: twips(PORTRAIT_TEXT_MM), type: WidthType.DXA },
    columnWidths: COLUMNS_MM.map(twips),
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [header, ...items.map(itemRow)],
  });
}

/** "theo Quyết định số 12-QĐ/HU ngày 15/03/2022 của Ban Thường vụ Huyện ủy Yên Lạc". */
function decisionReference(doc: AppraisalMinutesDoc): string {
  const { documentNumber, documentDate, assignerName } = doc.decision;
  if (!documentNumber) return `theo văn bản giao nhiệm vụ của ${assignerName}`;
  const date = documentDate ? ` ngày ${formatShortDate(documentDate)}` : '';
  return `theo Quyết định số ${documentNumber}${date} của ${assignerName}`;
}

function body(doc: AppraisalMinutesDoc): (Paragraph | Table)[] {
  const size = LAYOUTS[doc.layout].body;
  const plain = (s: string) => bodyParagraph([run(s, { size })]);
  const heading = (s: string) => bodyParagraph([run(s, { size, bold: true })], { keepNext: true });
  const paragraphs = (value: string | null) => {
    const lines = (value ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    return lines.length > 0 ? lines.map(plain) : [plain('Không có.')];
  };
  const { fullName, postTitle, unitName } = doc.assignee;
  const adHoc = doc.kind === 'ad_hoc' ? 'đột xuất' : 'định kỳ';
  return [
    plain(
      `Hôm nay, ${formatLongDate(doc.date)}, ${doc.appraisingUnitName} tiến hành kiểm tra, thẩm định ${adHoc} ` +
        `mức độ, tiến độ thực hiện chỉ tiêu, nhiệm vụ ${appraisalPeriod(doc)} được giao cho đồng chí ` +
        `${keepTogether(fullName)}, ${postTitle}, người đứng đầu ${unitName}, ${decisionReference(doc)}.`,
    ),
    plain(`Số chỉ tiêu, nhiệm vụ được kiểm tra, thẩm định: ${doc.items.length}. Kết quả như sau:`),
    heading('I. KẾT QUẢ KIỂM TRA, THẨM ĐỊNH TỪNG CHỈ TIÊU, NHIỆM VỤ'),
    minutesTable(doc.items),
    line('', { size: 6 }),
    heading('II. NHẬN XÉT CHUNG'),
    ...paragraphs(doc.findings),
    heading('III. KIẾN NGHỊ'),
    ...paragraphs(doc.recommendations),
    plain(
      `Biên bản được lập thành 02 bản có giá trị như nhau; ${unitName} giữ 01 bản, ${doc.appraisingUnitName} ` +
        'giữ 01 bản.',
    ),
  ];
}

/**
 * Two signatures: the head for the unit appraised (left), the appraising unit (right).
 * The names sit in a row of their own so that they line up whatever the titles' length.
 */
function signatures(doc: AppraisalMinutesDoc): Table {
  const size = LAYOUTS[doc.layout].signer;
  const heading = (lines: string[], title: string) =>
    [...lines, ...nameLines(upperVi(title))].map((t) => line(t, { size, bold: true, keepNext: true }));
  const name = (fullName: string) => [line(fullName, { size, bold: true, before: 72 })];
  return layoutTable(
    [82, 83],
    [
      [
        heading(['ĐẠI DIỆN', 'ĐƠN VỊ ĐƯỢC KIỂM TRA'], doc.assignee.postTitle),
        heading(['ĐẠI DIỆN', 'CƠ QUAN THẨM ĐỊNH'], doc.appraiserSigner.title),
      ],
      [name(doc.assignee.fullName), name(doc.appraiserSigner.fullName)],
    ],
  );
}

/** Renders the appraisal minutes as .docx bytes (portrait A4, the chosen layout's header). */
export async function renderAppraisalMinutes(doc: AppraisalMinutesDoc): Promise<Buffer> {
  const document = new Document({
    styles: documentStyles(doc.layout),
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: pageNumberHeaders(doc.layout),
        children: [
          headerBlock(doc.layout, { ...doc, documentNumber: doc.documentNumber?.trim() || '…' }),
          ...titleBlock(doc.layout, 'BIÊN BẢN', minutesSummary(doc)),
          ...body(doc),
          line('', { size: 6 }),
          signatures(doc),
          new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
        ],
      },
    ],
  });
  return packDocx(document, {
    title: `Biên bản ${minutesSummary(doc)}`.replace(/\u00a0/g, ' '),
    creator: nameLines(doc.issuingBodyName).join(' '),
    date: doc.date,
  });
}
