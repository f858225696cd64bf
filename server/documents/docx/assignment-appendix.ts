/**
 * The appendix of an assignment decision: every task in one landscape table whose
 * header row repeats on each page, with a "Tổng cộng" row of the weights.
 */
import {
  AlignmentType,
  BorderStyle,
  type ISectionOptions,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Direction, SupportKind, TaskTag } from '../../domain/assignment/task.ts';
import type { AssignmentDecisionDoc, DecisionTask } from './assignment-decision.ts';
import {
  keepTogether,
  LANDSCAPE_TEXT_MM,
  LAYOUTS,
  line,
  pageNumberHeaders,
  pageProperties,
  partialRule,
  run,
  twips,
} from './layout.ts';
import {
  formatLongDate,
  formatNumber,
  formatPoints,
  formatShortDate,
  stripNumberPrefix,
  upperVi,
} from './vietnamese-format.ts';

/** Vietnamese names of the task tags, as the appendix prints them. */
export const TAG_LABELS: Record<TaskTag, string> = {
  new: 'Việc mới',
  hard: 'Việc khó',
  breakthrough: 'Đột phá',
  bottleneck: 'Điểm nghẽn',
  routine: 'Thường xuyên',
};

/** Vietnamese names of the kinds of support the superior commits to give. */
export const SUPPORT_LABELS: Record<SupportKind, string> = {
  resources: 'Nguồn lực',
  mechanism: 'Cơ chế',
  policy: 'Chính sách',
  funds: 'Kinh phí',
};

/** How a target's direction reads before its value. */
export const DIRECTION_LABELS: Record<Direction, string> = {
  at_least: 'không thấp hơn',
  at_most: 'không vượt quá',
};

const TABLE_SIZE = 12;
/** Column widths (mm); they fill the 252 mm of a landscape A4 text block. */
const COLUMNS_MM = [11, 48, 58, 24, 17, 38, 37, 19];
const HEADINGS = [
  'STT',
  'Nội dung chỉ tiêu, nhiệm vụ',
  'Chỉ tiêu / Sản phẩm',
  'Thời hạn',
  'Trọng số (điểm)',
  'Đơn vị chủ trì / phối hợp',
  'Hỗ trợ của cấp trên',
  'Nhãn',
];

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_MARGINS = { top: twips(0.8), bottom: twips(0.8), left: twips(1), right: twips(1) };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cellParagraph(children: ParagraphChild[], align: Align = AlignmentType.LEFT): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    children,
  });
}

const text = (value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  run(value, { size: TABLE_SIZE, ...style });

function cell(paragraphs: Paragraph[], widthMm: number, columnSpan?: number): TableCell {
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    columnSpan,
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlign.TOP,
    children: paragraphs.length > 0 ? paragraphs : [cellParagraph([])],
  });
}

/** A measured value (up to 4 decimals) and its unit, joined by a no-break space so "95 %" never splits. */
const value = (n: number, unit: string | null) =>
  `${formatNumber(n, { maxDecimals: 4 })}${unit ? `\u00a0${unit}` : ''}`;

/** What the task must reach: the target with its direction and baseline, or the product and its acceptance. */
export function taskRequirement(task: DecisionTask): Paragraph[] {
  if (task.kind === 'target') {
    const unit = task.unitOfMeasure?.trim() || null;
    const goal =
      task.targetValue === null
        ? '(chưa xác định giá trị)'
        : `${task.direction ? `${DIRECTION_LABELS[task.direction]} ` : ''}${value(task.targetValue, unit)}`;
    const metric = task.metric?.trim();
    const lines = [cellParagraph([text(metric ? `${metric}: ${goal}` : capitalize(goal))])];
    if (task.baseline !== null)
      lines.push(cellParagraph([text(`Đầu kỳ: ${value(task.baseline, unit)}`, { italics: true })]));
    return lines;
  }
  const lines: Paragraph[] = [];
  if (task.expectedProduct)
    lines.push(cellParagraph([text('Sản phẩm: ', { italics: true }), text(task.expectedProduct)]));
  if (task.acceptanceCriteria)
    lines.push(cellParagraph([text('Nghiệm thu: ', { italics: true }), text(task.acceptanceCriteria)]));
  return lines;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function unitsParagraphs(task: DecisionTask): Paragraph[] {
  const lines = [cellParagraph([text('Chủ trì: ', { italics: true }), text(task.leadUnitName)])];
  if (task.coordinatingUnitNames.length > 0) {
    lines.push(
      cellParagraph([text('Phối hợp: ', { italics: true }), text(task.coordinatingUnitNames.join('; '))]),
    );
  }
  return lines;
}

function supportParagraphs(task: DecisionTask): Paragraph[] {
  if (task.supportCommitments.length === 0) return [cellParagraph([text('—')], AlignmentType.CENTER)];
  return task.supportCommitments.map((s) => {
    const due = s.dueOn ? ` (trước ${formatShortDate(s.dueOn)})` : '';
    const label = SUPPORT_LABELS[s.kind] ?? s.kind;
    return cellParagraph([text(`- ${label}: `, { italics: true }), text(`${s.description.trim()}${due}`)]);
  });
}

function taskRow(task: DecisionTask): TableRow {
  const centred = (s: string) => [cellParagraph([text(s)], AlignmentType.CENTER)];
  const columns = [
    centred(String(task.index)),
    [cellParagraph([text(task.title)])],
    taskRequirement(task),
    centred(formatShortDate(task.deadline)),
    centred(formatPoints(task.weight)),
    unitsParagraphs(task),
    supportParagraphs(task),
    task.tags.map((tag) => cellParagraph([text(TAG_LABELS[tag] ?? tag)])),
  ];
  return new TableRow({ cantSplit: true, children: columns.map((paras, i) => cell(paras, COLUMNS_MM[i])) });
}

function headerRows(): TableRow[] {
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADINGS.map((h, i) =>
      cell([cellParagraph([text(h, { bold: true })], AlignmentType.CENTER)], COLUMNS_MM[i]),
    ),
  });
  const numbers = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADINGS.map((_, i) =>
      cell([cellParagraph([text(`(${i + 1})`, { italics: true })], AlignmentType.CENTER)], COLUMNS_MM[i]),
    ),
  });
  return [heading, numbers];
}

/** Sum of the weights in exact hundredths of a point (70 points = 7000). */
export function totalWeightHundredths(tasks: readonly DecisionTask[]): number {
  return tasks.reduce((sum, task) => sum + Math.round(task.weight * 100), 0);
}

function totalRow(tasks: readonly DecisionTask[]): TableRow {
  const span = (from: number, to: number) => COLUMNS_MM.slice(from, to).reduce((a, b) => a + b, 0);
  const label = `Tổng cộng (${tasks.length} chỉ tiêu, nhiệm vụ)`;
  return new TableRow({
    cantSplit: true,
    children: [
      cell([cellParagraph([text(label, { bold: true })], AlignmentType.CENTER)], span(0, 4), 4),
      cell(
        [
          cellParagraph(
            [text(formatPoints(totalWeightHundredths(tasks) / 100), { bold: true })],
            AlignmentType.CENTER,
          ),
        ],
        COLUMNS_MM[4],
      ),
      cell([], span(5, 8), 3),
    ],
  });
}

/** The task table: repeated header rows, one row per task in the given order, the totals. */
export function taskTable(tasks: readonly DecisionTask[]): Table {
  return new Table({
    width: { size: twips(LANDSCAPE_TEXT_MM), type: WidthType.DXA },
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
    rows: [...headerRows(), ...tasks.map(taskRow), totalRow(tasks)],
  });
}

/** "(Kèm theo Quyết định số 12-QĐ/HU ngày 15 tháng 3 năm 2022 của Ban Thường vụ Huyện ủy Yên Lạc)". */
export function attachmentNote(doc: AssignmentDecisionDoc): string {
  const of = doc.assignerName?.trim() ? ` của ${doc.assignerName.trim()}` : '';
  return `(Kèm theo Quyết định số ${stripNumberPrefix(doc.documentNumber)} ${formatLongDate(doc.date)}${of})`;
}

/** The appendix as its own landscape section (it starts on a new page, numbered from 1). */
export function appendixSection(doc: AssignmentDecisionDoc): ISectionOptions {
  const spec = LAYOUTS[doc.layout];
  const heading = doc.layout === 'party' ? 'PHỤ LỤC' : 'Phụ lục';
  const title = upperVi(`Danh mục chỉ tiêu, nhiệm vụ giao ${doc.cycleName}`);
  const addressee = upperVi(
    `đối với đồng chí ${keepTogether(doc.assignee.fullName)}, ${doc.assignee.postTitle}`,
  );
  const note = attachmentNote(doc);
  const rule =
    doc.layout === 'state'
      ? partialRule(note, { size: spec.body, italics: true }, twips(LANDSCAPE_TEXT_MM), 9)
      : line('-----', { size: spec.body, after: 9 });
  return {
    properties: pageProperties('landscape'),
    headers: pageNumberHeaders(doc.layout),
    children: [
      line(heading, { size: 14, bold: true, keepNext: true }),
      line(title, { size: 14, bold: true, keepNext: true }),
      line(addressee, { size: 14, bold: true, keepNext: true }),
      line(note, { size: spec.body, italics: true, keepNext: true }),
      rule,
      taskTable(doc.tasks),
      // A section ends with a paragraph, not a table.
      new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    ],
  };
}
