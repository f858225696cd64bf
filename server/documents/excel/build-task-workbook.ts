import ExcelJS from 'exceljs';
import { BORDER, columnLetter, estimateRowHeight, HEADER_FILL } from './sheet-layout.ts';
import {
  TASK_COLUMNS,
  TASK_SHEET_NAME,
  TOTAL_ROW_LABEL,
  type WorkbookTask,
} from './task-workbook-columns.ts';
import { addGuideSheet } from './task-workbook-guide.ts';

/** What a task workbook is built from. */
export type TaskWorkbookInput = {
  /** Printed above the table, e.g. "Danh sách chỉ tiêu, nhiệm vụ giao năm 2022". */
  title?: string;
  tasks: readonly WorkbookTask[];
  /** Stored as the file's creation date; time is a parameter here, so the default is a fixed date. */
  createdAt?: Date;
};

/** Empty rows below the tasks that still get the drop-downs, so that rows can be added in Excel. */
const SPARE_ROWS = 500;
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

/** The exact sum of weights, in hundredths, so the totals row never shows 69.99999. */
function totalWeight(tasks: readonly WorkbookTask[]): number {
  return tasks.reduce((sum, task) => sum + Math.round((task.weight ?? 0) * 100), 0) / 100;
}

/** ExcelJS has range data validations but does not declare them. */
type SheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

function addValidations(worksheet: ExcelJS.Worksheet, first: number, last: number): void {
  const sheet = worksheet as SheetWithValidations;
  TASK_COLUMNS.forEach((column, i) => {
    const range = `${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${last}`;
    if (column.choices) {
      sheet.dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Giá trị không hợp lệ',
        error: `Chọn một giá trị trong danh sách: ${column.choices.join('; ')}.`,
      });
    } else if (column.key === 'weight') {
      sheet.dataValidations.add(range, {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 100],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Trọng số không hợp lệ',
        error: 'Trọng số là số từ 0 đến 100, tối đa 2 chữ số thập phân.',
      });
    }
  });
}

/**
 * Builds the "Nhiệm vụ" workbook for a list of tasks (and the "Hướng dẫn" sheet). Every text is
 * written as a plain string cell, never as a formula, so "=1+1" or "-5% hộ nghèo" stays text.
 */
export async function buildTaskWorkbook(input: TaskWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandate';
  workbook.created = input.createdAt ?? FIXED_DATE;
  workbook.modified = input.createdAt ?? FIXED_DATE;
  const headerRow = input.title ? 3 : 1;
  const sheet = workbook.addWorksheet(TASK_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });

  // Column styles also format the cells a user adds later: "@" keeps what is typed as text
  // (a typed "=..." stays text, codes keep their leading zeros).
  TASK_COLUMNS.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    col.numFmt = column.numFmt;
    col.alignment = { vertical: 'top', wrapText: column.wrap ?? false };
  });

  if (input.title) {
    sheet.mergeCells(1, 1, 1, TASK_COLUMNS.length);
    const title = sheet.getCell(1, 1);
    title.value = input.title;
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getRow(1).height = 24;
  }

  const header = sheet.getRow(headerRow);
  TASK_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.vi;
    cell.note = column.guide;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 62;
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: TASK_COLUMNS.length },
  };

  const first = headerRow + 1;
  const widths = TASK_COLUMNS.map((c) => c.width);
  input.tasks.forEach((task, index) => {
    const row = sheet.getRow(first + index);
    const wrapped: (string | null)[] = [];
    TASK_COLUMNS.forEach((column, i) => {
      const value = column.write(task, index);
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.border = BORDER;
      wrapped.push(column.wrap && typeof value === 'string' ? value : null);
    });
    const height = estimateRowHeight(wrapped, widths);
    if (height > 15) row.height = height;
  });

  if (input.tasks.length > 0) {
    const last = first + input.tasks.length - 1;
    const totals = sheet.getRow(last + 1);
    const titleIndex = TASK_COLUMNS.findIndex((c) => c.key === 'title');
    const weightIndex = TASK_COLUMNS.findIndex((c) => c.key === 'weight');
    totals.getCell(titleIndex + 1).value = TOTAL_ROW_LABEL;
    // The only formula in the file: built from our own cell addresses, never from user text.
    const w = columnLetter(weightIndex + 1);
    totals.getCell(weightIndex + 1).value = {
      formula: `SUM(${w}${first}:${w}${last})`,
      result: totalWeight(input.tasks),
    };
    TASK_COLUMNS.forEach((_column, i) => {
      const cell = totals.getCell(i + 1);
      cell.font = { bold: true };
      cell.border = BORDER;
    });
    addValidations(sheet, first, last);
  } else {
    addValidations(sheet, first, first + SPARE_ROWS - 1);
  }

  addGuideSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The empty template: the header row, drop-downs on the first rows, and the "Hướng dẫn" sheet. */
export function buildTaskTemplate(): Promise<Buffer> {
  return buildTaskWorkbook({ tasks: [] });
}
