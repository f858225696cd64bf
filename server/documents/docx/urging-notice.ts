/**
 * The urging notice (văn bản đôn đốc) as a .docx: an official letter (công văn) from
 * the assigning body to the head — header with number and place/date, the "V/v…"
 * summary under the number, "Kính gửi", the tasks urged with their deadline in force
 * and status on the notice's date, the body, the reply date, the signature and
 * "Nơi nhận". State layout per Nghị định 30/2020, Party layout per Hướng dẫn 36-HD/VPTW.
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
import type { TaskStatus } from '../../domain/assignment/task-status.ts';
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
import { headerBlock, type Signer, signatureBlock } from './layout-blocks.ts';
import { packDocx } from './pack-docx.ts';
import { type DocumentLayout, formatLongDate, formatShortDate } from './vietnamese-format.ts';

/** A task as the notice lists it. */
export interface UrgedTask {
  index: number;
  title: string;
  /** ISO date: the deadline in force on the notice's date. */
  deadlineInForce: string;
  /** ISO date of the deadline as issued, when an extension moved it. */
  originalDeadline: string | null;
  status: TaskStatus;
  /** ISO date of the last progress report in force, if any. */
  lastCheckIn: string | null;
}

/** Everything the notice shows; names of bodies in the header in upper case as printed. */
export interface UrgingNoticeDoc {
  layout: DocumentLayout;
  superiorBodyName: string | null;
  issuingBodyName: string;
  /** The issuer in running text ("Ban Thường vụ Huyện ủy Yên Lạc"). */
  issuerName: string;
  /** As given, without "Số": "25-CV/HU" or "25/UBND-VP". */
  documentNumber: string;
  place: string;
  /** ISO date of the notice. */
  date: string;
  /** "năm 2022". */
  cycleName: string;
  recipient: { fullName: string | null; postTitle: string; unitName: string };
  /** The assignment decision urged on. */
  assignment: { documentNumber: string | null; documentDate: string | null };
  tasks: UrgedTask[];
  /** The assigner's text; blank lines separate paragraphs. */
  body: string;
  respondBy: string | null;
  signer: Signer;
  recipients: string[];
}

/** Vietnamese names of the task statuses (vocabulary of the Government Office's tracking reports). */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_due: 'Chưa đến hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  done_early: 'Hoàn thành trước hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  not_done: 'Không hoàn thành',
  cancelled: 'Đã hủy',
};

/** "V/v đôn đốc thực hiện nhiệm vụ được giao năm 2022". */
export function urgingSummary(doc: Pick<UrgingNoticeDoc, 'cycleName'>): string {
  return `V/v đôn đốc thực hiện nhiệm vụ được giao ${doc.cycleName}`;
}

const TABLE_SIZE = 12;
const COLUMNS_MM = [11, 72, 34, 48];
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

function cell(paragraphs: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    width: { size: twips(widthMm), type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlign.TOP,
    children: paragraphs,
  });
}

/** The urged tasks: STT, task, deadline in force, status on the notice's date. */
export function urgedTaskTable(tasks: readonly UrgedTask[], date: string): Table {
  const headings = ['STT', 'Nhiệm vụ', 'Thời hạn', `Tình hình đến ngày ${formatShortDate(date)}`];
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((h, i) =>
      cell([cellParagraph([text(h, { bold: true })], AlignmentType.CENTER)], COLUMNS_MM[i]),
    ),
  });
  const rows = tasks.map((t) => {
    const deadline = [cellParagraph([text(formatShortDate(t.deadlineInForce))], AlignmentType.CENTER)];
    if (t.originalDeadline)
      deadline.push(
        cellParagraph(
          [text(`(gia hạn từ ${formatShortDate(t.originalDeadline)})`, { italics: true })],
          AlignmentType.CENTER,
        ),
      );
    const report = t.lastCheckIn
      ? `Báo cáo tiến độ gần nhất: ${formatShortDate(t.lastCheckIn)}`
      : 'Chưa có báo cáo tiến độ';
    return new TableRow({
      cantSplit: true,
      children: [
        cell([cellParagraph([text(String(t.index))], AlignmentType.CENTER)], COLUMNS_MM[0]),
        cell([cellParagraph([text(t.title)])], COLUMNS_MM[1]),
        cell(deadline, COLUMNS_MM[2]),
        cell(
          [
            cellParagraph([text(STATUS_LABELS[t.status], { bold: true })]),
            cellParagraph([text(report, { italics: true })]),
          ],
          COLUMNS_MM[3],
        ),
      ],
    });
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
    rows: [heading, ...rows],
  });
}

/** The opening sentence: which decision, which head, and what is asked. */
export function openingSentence(doc: UrgingNoticeDoc): string {
  const { documentNumber, documentDate } = doc.assignment;
  const decision = documentNumber
    ? `Quyết định số ${documentNumber}${documentDate ? ` ${formatLongDate(documentDate)}` : ''}`
    : 'Quyết định';
  const who = doc.recipient.fullName ? `đồng chí ${keepTogether(doc.recipient.fullName)}` : 'đồng chí';
  return (
    `Thực hiện ${decision} của ${doc.issuerName} về việc giao chỉ tiêu, nhiệm vụ trọng tâm ${doc.cycleName} ` +
    `cho ${who}, ${doc.recipient.postTitle}; qua theo dõi, đến ${formatLongDate(doc.date)}, ` +
    `${doc.tasks.length} nhiệm vụ sau đây cần được tập trung chỉ đạo thực hiện:`
  );
}

function mainChildren(doc: UrgingNoticeDoc) {
  const spec = LAYOUTS[doc.layout];
  const party = doc.layout === 'party';
  // The công văn's summary sits under its number, in the left column (NĐ 30: upright 13; HD 36: italic 12).
  const summary = layoutTable(spec.headerColumnsMm, [
    [[line(urgingSummary(doc), { size: party ? 12 : 13, italics: party, before: 3 })], []],
  ]);
  const addressee = doc.recipient.fullName
    ? `Đồng chí ${doc.recipient.fullName}, ${doc.recipient.postTitle}`
    : `Đồng chí ${doc.recipient.postTitle}`;
  const plain = (t: string) => bodyParagraph([run(t, { size: spec.body })]);
  const paragraphs = doc.body
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(plain);
  const respond = doc.respondBy
    ? [
        plain(
          `Đề nghị đồng chí báo cáo kết quả thực hiện các nhiệm vụ nêu trên về ${doc.issuerName} ` +
            `trước ngày ${formatShortDate(doc.respondBy)}.`,
        ),
      ]
    : [];
  return [
    headerBlock(doc.layout, doc),
    summary,
    line(`Kính gửi: ${addressee}`, { size: spec.body, before: 12, after: 12 }),
    plain(openingSentence(doc)),
    urgedTaskTable(doc.tasks, doc.date),
    line('', { size: 6 }),
    ...paragraphs,
    ...respond,
    line('', { size: 6 }),
    signatureBlock(doc.layout, doc.signer, doc.recipients),
  ];
}

/** Renders the urging notice as .docx bytes. */
export async function renderUrgingNotice(doc: UrgingNoticeDoc): Promise<Buffer> {
  const document = new Document({
    styles: documentStyles(doc.layout),
    sections: [
      {
        properties: pageProperties('portrait'),
        headers: pageNumberHeaders(doc.layout),
        children: mainChildren(doc),
      },
    ],
  });
  return packDocx(document, {
    title: `Công văn ${urgingSummary(doc)}`,
    creator: nameLines(doc.issuingBodyName).join(' '),
    date: doc.date,
  });
}
