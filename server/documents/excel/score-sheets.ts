/**
 * Score sheets and results as workbooks: one member's score sheet, the council's summary
 * (heads × members with the aggregates, totals and levels) and the cohort's result table.
 * Points are numbers shown "0.00"; every text is a plain string cell, never a formula,
 * so a name such as "=HYPERLINK(…)" or "-5%" stays text. Pure: data in, bytes out.
 */
import ExcelJS from 'exceljs';
import type { CouncilSummaryDoc } from '../docx/council-summary.ts';
import type { MemberScoreSheetDoc } from '../docx/score-sheet.ts';
import { BORDER, estimateRowHeight, HEADER_FILL } from './sheet-layout.ts';

// A fixed file date keeps the bytes a function of the data (no clock).
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const POINTS = '0.00';

type Value = string | number | null;

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

function newSheet(workbook: ExcelJS.Workbook, name: string, widths: number[], landscape = true) {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  return sheet;
}

/** Writes a title line merged across `columns`. */
function title(sheet: ExcelJS.Worksheet, row: number, text: string, columns: number, size = 13) {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** A bordered header row. */
function header(sheet: ExcelJS.Worksheet, row: number, labels: string[]) {
  const r = sheet.getRow(row);
  labels.forEach((label, i) => {
    const cell = r.getCell(i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  r.height = 32;
}

/** A bordered data row; numbers get the points format, strings stay strings. */
function dataRow(sheet: ExcelJS.Worksheet, row: number, values: Value[], widths: number[], bold = false) {
  const r = sheet.getRow(row);
  values.forEach((v, i) => {
    const cell = r.getCell(i + 1);
    cell.value = v;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
    if (typeof v === 'number') cell.numFmt = POINTS;
    if (bold) cell.font = { bold: true };
  });
  const height = estimateRowHeight(
    values.map((v) => (typeof v === 'string' ? v : null)),
    widths,
  );
  if (height > 15) r.height = height;
}

const points = (h: number | null): number | null => (h === null ? null : h / 100);

/** One member's score sheet: a block per head (tasks, criteria, the member's total). */
export async function buildMemberScoreSheetWorkbook(doc: MemberScoreSheetDoc): Promise<Buffer> {
  const workbook = newWorkbook();
  const widths = [6, 60, 12, 12, 12, 12];
  const sheet = newSheet(workbook, 'Phiếu chấm điểm', widths, false);
  title(
    sheet,
    1,
    `PHIẾU CHẤM ĐIỂM KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${doc.cycleName.toLocaleUpperCase('vi')}`,
    widths.length,
  );
  title(sheet, 2, `${doc.councilName} — người chấm: ${doc.member.fullName}`, widths.length, 11);
  let row = 4;
  doc.heads.forEach((h, i) => {
    title(sheet, row, `${i + 1}. ${h.headName}, ${h.postTitle}, ${h.unitName}`, widths.length, 11);
    sheet.getCell(row, 1).alignment = { horizontal: 'left', wrapText: true };
    row++;
    if (h.recused) {
      sheet.getCell(row, 2).value = 'Không chấm: là người đứng đầu hoặc thuộc đơn vị được đánh giá';
      row += 2;
      return;
    }
    header(sheet, row++, [
      'STT',
      'Chỉ tiêu, nhiệm vụ',
      'Trọng số',
      'Điểm đề xuất',
      'Điểm chấm',
      'Điểm thưởng',
    ]);
    for (const t of h.tasks)
      dataRow(
        sheet,
        row++,
        [t.number, t.title, points(t.weight), points(t.proposal), points(t.score), points(t.bonus)],
        widths,
      );
    h.criteria.forEach((c, j) => {
      dataRow(sheet, row++, [j + 1, c.label, points(c.max), null, points(c.score), null], widths);
    });
    dataRow(
      sheet,
      row++,
      [null, 'Tổng điểm của thành viên', null, null, points(h.total), null],
      widths,
      true,
    );
    row++;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The council's summary: one row per head, each member's total, aggregates, total and levels. */
export async function buildCouncilSummaryWorkbook(doc: CouncilSummaryDoc): Promise<Buffer> {
  const workbook = newWorkbook();
  const labels = [
    'STT',
    'Họ và tên',
    'Chức vụ',
    'Đơn vị',
    ...doc.members.map((m) => m.fullName),
    'Tiêu chí chung',
    'Chỉ tiêu, nhiệm vụ',
    'Điểm thưởng',
    'Điểm trừ',
    'Tổng điểm',
    'Đề xuất xếp loại',
    'Quyết định xếp loại',
  ];
  const widths = [6, 24, 22, 22, ...doc.members.map(() => 14), 12, 12, 12, 12, 12, 26, 26];
  const sheet = newSheet(workbook, 'Tổng hợp', widths);
  title(
    sheet,
    1,
    `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, ĐỀ XUẤT XẾP LOẠI ${doc.cycleName.toLocaleUpperCase('vi')}`,
    labels.length,
  );
  title(sheet, 2, doc.councilName, labels.length, 11);
  header(sheet, 4, labels);
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  doc.heads.forEach((h, i) => {
    dataRow(
      sheet,
      5 + i,
      [
        i + 1,
        h.headName,
        h.postTitle,
        h.unitName,
        ...h.memberTotals.map(points),
        points(h.general),
        points(h.tasks),
        points(h.bonus),
        points(h.deductions),
        points(h.total),
        h.proposedLevel,
        h.decidedLevel,
      ],
      widths,
    );
  });
  const note = 5 + doc.heads.length + 1;
  sheet.getCell(note, 2).value =
    `Điểm từng nội dung là ${doc.aggregateLabel} điểm của các thành viên tham gia chấm; ô trống: thành viên không chấm.`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One row of the cohort's result table. */
export interface ResultsTableRow {
  headName: string;
  postTitle: string;
  unitName: string;
  /** Hundredths. */
  total: number;
  proposedLevel: string;
  quotaProposal: string | null;
  decidedLevel: string | null;
  decisionReason: string | null;
  appealUntil: string | null;
  appeal: string | null;
}

export interface ResultsTableDoc {
  title: string;
  subtitle: string;
  rows: ResultsTableRow[];
  /** The quota warning, if any. */
  warning: string | null;
}

/** The cohort's result table. */
export async function buildResultsWorkbook(doc: ResultsTableDoc): Promise<Buffer> {
  const workbook = newWorkbook();
  const labels = [
    'STT',
    'Họ và tên',
    'Chức vụ',
    'Đơn vị',
    'Tổng điểm',
    'Đề xuất xếp loại',
    'Đề xuất theo tỷ lệ',
    'Quyết định xếp loại',
    'Lý do khác đề xuất',
    'Hạn khiếu nại',
    'Khiếu nại',
  ];
  const widths = [6, 24, 22, 22, 11, 26, 22, 26, 30, 13, 24];
  const sheet = newSheet(workbook, 'Kết quả', widths);
  title(sheet, 1, doc.title, labels.length);
  title(sheet, 2, doc.subtitle, labels.length, 11);
  header(sheet, 4, labels);
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
  doc.rows.forEach((r, i) => {
    dataRow(
      sheet,
      5 + i,
      [
        i + 1,
        r.headName,
        r.postTitle,
        r.unitName,
        r.total / 100,
        r.proposedLevel,
        r.quotaProposal,
        r.decidedLevel,
        r.decisionReason,
        r.appealUntil,
        r.appeal,
      ],
      widths,
    );
  });
  if (doc.warning) sheet.getCell(5 + doc.rows.length + 1, 2).value = doc.warning;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
