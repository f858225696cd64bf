/**
 * The head's annual report (Báo cáo tự đánh giá kết quả thực hiện nhiệm vụ) as a .docx
 * in the Party (Hướng dẫn 36-HD/VPTW) or state (Nghị định 30/2020) layout: header,
 * title, the head, the results table with self-scores, the explanations, the general
 * criteria, the total, obstacles, requests for direction, proposals and the signature.
 * Pure: data in, bytes out.
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
import {
  bodyParagraph,
  documentStyles,
  keepTogether,
  LAYOUTS,
  layoutTable,
  line,
  nameLines,
  pageNumberHeaders,
  pageProperties,
  partialRule,
  run,
  twips,
} from './layout.ts';
import { titleBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import {
  type DocumentLayout,
  formatNumber,
  formatPlaceDate,
  formatPoints,
  formatShortDate,
  stripNumberPrefix,
} from './vietnamese-format.ts';

/** One task as the report prints it; points as numbers with at most 2 decimals. */
export interface ReportTaskLine {
  number: number;
  title: string;
  kind: 'target' | 'deliverable';
  weight: number;
  cancelled: boolean;
  /** Task status code (SPEC §3): done_early, done_on_time, done_late, not_done, overdue… */
  status: string;
  exceeded: boolean;
  atRisk: boolean;
  unitOfMeasure: string | null;
  targetValue: string | null;
  finalActual: string | null;
  /** Appraised share of the product, 0..1, as typed. */
  fraction: string | null;
  verified: boolean;
  evidenceCount: number;
  explanation: string | null;
  selfScore: number | null;
}

export interface SelfAssessmentReportDoc {
  layout: DocumentLayout;
  /** Above the issuer ("ĐẢNG BỘ HUYỆN YÊN LẠC"); null when none. */
  superiorBodyName: string | null;
  /** The head's unit as the header names it ("ĐẢNG ỦY XÃ TỀ LỖ"); "\n" breaks the line. */
  unitName: string;
  place: string;
  /** ISO date the report bears (submission, or today for a draft). */
  date: string;
  /** "năm 2022". */
  cycleName: string;
  draft: boolean;
  head: { fullName: string; postTitle: string; unitName: string };
  /** The assignment decision the report answers. */
  assignment: { documentNumber: string | null; documentDate: string | null; assignerName: string };
  tasks: ReportTaskLine[];
  criteria: { label: string; max: number; selfScore: number | null }[];
  summary: string | null;
  obstacles: string | null;
  directionRequests: string | null;
  proposals: string | null;
}

/** How each task status reads in the report. */
export const STATUS_LABELS: Record<string, string> = {
  not_due: 'Chưa đến hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn, chưa hoàn thành',
  done_early: 'Hoàn thành trước hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  not_done: 'Không hoàn thành',
  cancelled: 'Đã hủy theo điều chỉnh',
};

const TABLE_SIZE = 12;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const SIDES = ['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'] as const;
const BORDERS = Object.fromEntries(SIDES.map((side) => [side, BORDER]));
const CELL_MARGINS = { top: twips(0.8), bottom: twips(0.8), left: twips(1), right: twips(1) };
/** Results table (mm): STT, task, weight, result, assessment, evidence, self-score = 165. */
const RESULT_COLUMNS_MM = [11, 45, 16, 36, 27, 14, 16];
const CRITERIA_COLUMNS_MM = [11, 106, 24, 24];

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const text = (value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  run(value, { size: TABLE_SIZE, ...style });

function cellParagraph(children: ParagraphChild[], align: Align = AlignmentType.LEFT): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    children,
  });
}

function cell(paragraphs: Paragraph[], widthMm: number, columnSpan?: number): TableCell {
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    columnSpan,
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlign.TOP,
    children: paragraphs.length > 0 ? paragraphs : [cellParagraph([])],
  });
}

function table(columnsMm: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: twips(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twips),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows,
  });
}

const centred = (s: string, style: { bold?: boolean; italics?: boolean } = {}) => [
  cellParagraph([text(s, style)], AlignmentType.CENTER),
];

function headingRow(columnsMm: number[], headings: string[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((h, i) => cell(centred(h, { bold: true }), columnsMm[i])),
  });
}

const points = (n: number | null) => (n === null ? '—' : formatPoints(n));
const decimal = (s: string) => formatNumber(Number(s), { maxDecimals: 4 });
const withUnit = (s: string, unit: string | null) =>
  `${decimal(s)}${unit?.trim() ? `\u00a0${unit.trim()}` : ''}`;

/** The result column: the final actual against the target, or the appraised share of the product. */
export function resultText(t: ReportTaskLine): string {
  if (t.kind === 'target') {
    if (t.finalActual === null) return 'Chưa có số liệu';
    const target = t.targetValue === null ? '' : ` / chỉ tiêu ${withUnit(t.targetValue, t.unitOfMeasure)}`;
    return `Đạt ${withUnit(t.finalActual, t.unitOfMeasure)}${target}${t.verified ? '' : ' (chưa được thẩm định)'}`;
  }
  if (t.fraction === null) return 'Chưa được thẩm định';
  const share = Number(t.fraction);
  return share === 1 ? 'Sản phẩm đã được nghiệm thu' : `Thẩm định đạt ${formatNumber(share * 100)}% sản phẩm`;
}

/** The assessment column: the status, "vượt" when exceeded, the at-risk flag. */
export function statusText(t: ReportTaskLine): string {
  const parts = [STATUS_LABELS[t.status] ?? t.status];
  if (t.exceeded) parts.push('vượt chỉ tiêu');
  if (t.atRisk) parts.push('có nguy cơ chậm');
  return parts.join(', ');
}

const sumPoints = (xs: (number | null)[]) =>
  xs.reduce<number>((s, x) => s + Math.round((x ?? 0) * 100), 0) / 100;

function resultTable(tasks: readonly ReportTaskLine[]): Table {
  const rows = tasks.map(
    (t) =>
      new TableRow({
        cantSplit: true,
        children: [
          centred(String(t.number)),
          [cellParagraph([text(t.title)])],
          centred(formatPoints(t.weight)),
          [cellParagraph([text(resultText(t))])],
          [cellParagraph([text(statusText(t))])],
          centred(String(t.evidenceCount)),
          centred(t.cancelled ? '—' : points(t.selfScore)),
        ].map((paras, i) => cell(paras, RESULT_COLUMNS_MM[i])),
      }),
  );
  const live = tasks.filter((t) => !t.cancelled);
  const span = RESULT_COLUMNS_MM[0] + RESULT_COLUMNS_MM[1];
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(centred(`Cộng (${live.length} chỉ tiêu, nhiệm vụ)`, { bold: true }), span, 2),
      cell(centred(formatPoints(sumPoints(live.map((t) => t.weight))), { bold: true }), RESULT_COLUMNS_MM[2]),
      cell([], RESULT_COLUMNS_MM[3] + RESULT_COLUMNS_MM[4] + RESULT_COLUMNS_MM[5], 3),
      cell(
        centred(formatPoints(sumPoints(live.map((t) => t.selfScore))), { bold: true }),
        RESULT_COLUMNS_MM[6],
      ),
    ],
  });
  const headings = [
    'STT',
    'Chỉ tiêu, nhiệm vụ',
    'Trọng số (điểm)',
    'Kết quả',
    'Đánh giá',
    'Minh chứng',
    'Tự chấm (điểm)',
  ];
  return table(RESULT_COLUMNS_MM, [headingRow(RESULT_COLUMNS_MM, headings), ...rows, total]);
}

function criteriaTable(criteria: SelfAssessmentReportDoc['criteria']): Table {
  const rows = criteria.map(
    (c, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          centred(String(i + 1)),
          [cellParagraph([text(c.label)])],
          centred(formatPoints(c.max)),
          centred(points(c.selfScore)),
        ].map((paras, j) => cell(paras, CRITERIA_COLUMNS_MM[j])),
      }),
  );
  const headings = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm (điểm)'];
  return table(CRITERIA_COLUMNS_MM, [headingRow(CRITERIA_COLUMNS_MM, headings), ...rows]);
}

/** The header without a number (a personal report): the unit on the left, the national title and date on the right. */
function headerBlock(doc: SelfAssessmentReportDoc): Table {
  const spec = LAYOUTS[doc.layout];
  const [leftMm] = spec.headerColumnsMm;
  const superior = nameLines(doc.superiorBodyName ?? '').map((s) => line(s, { size: spec.superiorBody }));
  const issuerStyle = { size: spec.issuingBody, bold: true };
  const issuer = nameLines(doc.unitName).map((s) => line(s, issuerStyle));
  const date = line(formatPlaceDate(doc.place, doc.date), { size: spec.placeDate, italics: true, before: 6 });
  if (doc.layout === 'state') {
    const longest = nameLines(doc.unitName).reduce((a, b) => (a.length >= b.length ? a : b), '');
    return layoutTable(spec.headerColumnsMm, [
      [
        [...superior, ...issuer, partialRule(longest, issuerStyle, twips(leftMm) - twips(2))],
        [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: spec.nationalTitle, bold: true }),
          line('Độc lập - Tự do - Hạnh phúc', { size: spec.motto, bold: true, underline: true }),
          date,
        ],
      ],
    ]);
  }
  return layoutTable(spec.headerColumnsMm, [
    [
      [...superior, ...issuer, line('*', { size: spec.issuingBody })],
      [line('ĐẢNG CỘNG SẢN VIỆT NAM', { size: spec.nationalTitle, bold: true, underline: true }), date],
    ],
  ]);
}

const body = (value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  bodyParagraph([run(value, { size: LAYOUTS.state.body, ...style })]);
const heading = (value: string) =>
  bodyParagraph([run(value, { size: LAYOUTS.state.body, bold: true })], { keepNext: true });
/** Room between a table and the next heading. */
const spacer = () => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
/** A free-text section: one paragraph per line typed, or "Không." when empty. */
const section = (value: string | null) =>
  (value?.trim() ? value.split(/\n+/).map((s) => s.trim()) : ['Không.']).filter(Boolean).map((s) => body(s));

function resultsSummary(tasks: readonly ReportTaskLine[]): string {
  const live = tasks.filter((t) => !t.cancelled);
  const done = live.filter((t) => t.status.startsWith('done_'));
  const early = done.filter((t) => t.status === 'done_early').length;
  const late = done.filter((t) => t.status === 'done_late').length;
  const exceeded = live.filter((t) => t.exceeded).length;
  const cancelled = tasks.length - live.length;
  return (
    `Tổng số ${live.length} chỉ tiêu, nhiệm vụ với tổng trọng số ${formatPoints(sumPoints(live.map((t) => t.weight)))} điểm: ` +
    `hoàn thành ${done.length} (trước hạn ${early}, đúng hạn ${done.length - early - late}, quá hạn ${late}), ` +
    `trong đó vượt chỉ tiêu ${exceeded}; chưa hoàn thành ${live.length - done.length}` +
    `${cancelled ? `; ${cancelled} nhiệm vụ đã hủy theo điều chỉnh` : ''}.`
  );
}

function signature(doc: SelfAssessmentReportDoc): Table {
  const size = LAYOUTS[doc.layout].signer;
  return layoutTable(
    [85, 80],
    [
      [
        [],
        [
          line('NGƯỜI BÁO CÁO', { size, bold: true }),
          line('(Ký, ghi rõ họ tên)', { size, italics: true }),
          line(keepTogether(doc.head.fullName), { size, bold: true, before: 72 }),
        ],
      ],
    ],
  );
}

/** The report's paragraphs and tables, in order. */
export function reportBody(doc: SelfAssessmentReportDoc): (Paragraph | Table)[] {
  const { head, assignment } = doc;
  const decided = assignment.documentNumber
    ? `Quyết định số ${stripNumberPrefix(assignment.documentNumber)}` +
      `${assignment.documentDate ? ` ngày ${formatShortDate(assignment.documentDate)}` : ''}`
    : 'văn bản giao nhiệm vụ';
  const live = doc.tasks.filter((t) => !t.cancelled);
  const taskScore = sumPoints(live.map((t) => t.selfScore));
  const criteriaScore = sumPoints(doc.criteria.map((c) => c.selfScore));
  const weights = sumPoints(live.map((t) => t.weight));
  const maxCriteria = sumPoints(doc.criteria.map((c) => c.max));
  const explained = doc.tasks.filter((t) => t.explanation?.trim());
  return [
    body(`Họ và tên: ${keepTogether(head.fullName)}`),
    body(`Chức vụ: ${head.postTitle}`),
    body(`Đơn vị công tác: ${head.unitName}`),
    body(
      `Thực hiện ${decided} của ${assignment.assignerName} về việc giao chỉ tiêu, nhiệm vụ ${doc.cycleName}, ` +
        `tôi tự đánh giá kết quả thực hiện như sau:`,
    ),
    heading('I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ ĐƯỢC GIAO'),
    body(resultsSummary(doc.tasks)),
    resultTable(doc.tasks),
    spacer(),
    heading('Giải trình:'),
    ...(explained.length
      ? explained.map((t) => body(`Nhiệm vụ ${t.number} (${t.title}): ${t.explanation!.trim()}`))
      : [body('Không.')]),
    heading('II. TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ CHUNG'),
    ...(doc.criteria.length
      ? [criteriaTable(doc.criteria), spacer()]
      : [body('Quy định chấm điểm không có tiêu chí chung.')]),
    heading('III. TỔNG ĐIỂM TỰ CHẤM'),
    body(
      `Tổng điểm tự chấm: ${formatPoints(taskScore + criteriaScore)}/${formatPoints(weights + maxCriteria)} điểm ` +
        `(kết quả thực hiện chỉ tiêu, nhiệm vụ ${formatPoints(taskScore)}/${formatPoints(weights)} điểm; ` +
        `tiêu chí chung ${formatPoints(criteriaScore)}/${formatPoints(maxCriteria)} điểm).`,
    ),
    heading('IV. ĐÁNH GIÁ CHUNG'),
    ...section(doc.summary),
    heading('V. KHÓ KHĂN, VƯỚNG MẮC'),
    ...section(doc.obstacles),
    heading('VI. KIẾN NGHỊ, XIN Ý KIẾN CHỈ ĐẠO'),
    ...section(doc.directionRequests),
    heading('VII. ĐỀ XUẤT'),
    ...section(doc.proposals),
    signature(doc),
  ];
}

/** The title's trích yếu: "Tự đánh giá kết quả thực hiện nhiệm vụ năm 2022" (lower case first in the Party layout). */
export function reportSummary(doc: Pick<SelfAssessmentReportDoc, 'layout' | 'cycleName'>): string {
  const verb = doc.layout === 'state' ? 'Tự' : 'tự';
  return `${verb} đánh giá kết quả thực hiện nhiệm vụ ${doc.cycleName}`;
}

/** The report as .docx bytes (identical for identical input). */
export async function renderSelfAssessmentReport(doc: SelfAssessmentReportDoc): Promise<Buffer> {
  const title = titleBlock(doc.layout, 'BÁO CÁO', reportSummary(doc));
  const draftMark = doc.draft
    ? [line('(Dự thảo, chưa nộp)', { size: LAYOUTS[doc.layout].body, italics: true, after: 6 })]
    : [];
  const document = new Document({
    styles: documentStyles(doc.layout),
    creator: doc.head.fullName,
    title: `Báo cáo ${reportSummary({ ...doc, layout: 'party' })}`,
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: pageNumberHeaders(doc.layout),
        children: [
          headerBlock(doc),
          ...title,
          ...draftMark,
          ...reportBody(doc),
          new Paragraph({ children: [] }),
        ],
      },
    ],
  });
  return packDocx(document, {
    title: `Báo cáo ${reportSummary({ ...doc, layout: 'party' })}`,
    creator: doc.head.fullName,
    date: doc.date,
  });
}
