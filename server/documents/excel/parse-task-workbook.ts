import ExcelJS from 'exceljs';
import { readExcelCell } from './read-excel-cell.ts';
import { columnLetter } from './sheet-layout.ts';
import {
  type ColumnKey,
  emptyWorkbookTask,
  TASK_COLUMNS,
  TASK_SHEET_NAME,
  TOTAL_ROW_LABEL,
  type WorkbookTask,
} from './task-workbook-columns.ts';
import { columnOf, matchHeader } from './task-workbook-headers.ts';
import { cellText, isBlank, type RawCell } from './workbook-cells.ts';
import type { WorkbookError } from './workbook-errors.ts';
import { prepareWorkbookPackage } from './workbook-package.ts';
import { normalizeKey } from './workbook-text.ts';

/** Limits of one import; the defaults suit a task list typed by hand. */
export type ParseTaskWorkbookOptions = {
  /** Largest file accepted, checked before anything is parsed (default 10 MB). */
  maxBytes?: number;
  /** Most task rows in one import (default 5,000). */
  maxRows?: number;
  /** Most bytes the package may unpack to (default 60 MB): the zip-bomb guard. */
  maxUnpackedBytes?: number;
};

/** A task read from a row, with the row number it came from. */
export type ParsedWorkbookTask = WorkbookTask & { row: number };

/** Every task of the workbook, or every problem found (then nothing is to be imported). */
export type ParseTaskWorkbookResult =
  | { ok: true; tasks: ParsedWorkbookTask[] }
  | { ok: false; errors: WorkbookError[] };

/** The limits used when the caller gives none. */
export const DEFAULT_PARSE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 5_000,
  maxUnpackedBytes: 60 * 1024 * 1024,
};

/** Rows searched for the header (a title and a few notes may stand above it). */
const HEADER_SEARCH_ROWS = 20;
/** A row is the header when it names at least this many known columns. */
const HEADER_MIN_MATCHES = 3;
const MAX_COLUMNS = 1_000;
const TOTAL_KEYS = new Set(
  [TOTAL_ROW_LABEL, 'Tổng', 'Tổng cộng', 'Cộng', 'Total', 'Total weight'].map(normalizeKey),
);

type Header = { row: number; columns: Map<ColumnKey, number[]> };

/**
 * The row among the first ones that names the most known columns (at least three). "Most" handles
 * two-level headers: a group row ("Chỉ tiêu" over several columns) above the row of column names,
 * whose vertically merged cells repeat the names above.
 */
function findHeader(sheet: ExcelJS.Worksheet): Header | null {
  let best: Header | null = null;
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const columns = new Map<ColumnKey, number[]>();
    row.eachCell((cell, col) => {
      const text = cellText(readExcelCell(cell));
      const key = text === null ? null : matchHeader(text);
      if (key) columns.set(key, [...(columns.get(key) ?? []), col]);
    });
    if (columns.size >= HEADER_MIN_MATCHES && columns.size > (best?.columns.size ?? 0))
      best = { row: r, columns };
  }
  return best;
}

function locateSheet(
  workbook: ExcelJS.Workbook,
): { sheet: ExcelJS.Worksheet; header: Header } | { errors: WorkbookError[] } {
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const isTaskSheet = (sheet: ExcelJS.Worksheet) =>
    normalizeKey(sheet.name) === normalizeKey(TASK_SHEET_NAME);
  // The sheet named "Nhiệm vụ" first; otherwise any visible sheet whose header matches (a renamed sheet).
  for (const sheet of [...visible.filter(isTaskSheet), ...visible.filter((s) => !isTaskSheet(s))]) {
    const header = findHeader(sheet);
    if (header) return { sheet, header };
  }
  const named = visible.find(isTaskSheet);
  const base = { row: null, column: null, header: null };
  if (named) {
    const expected = TASK_COLUMNS.filter((c) => c.required).map((c) => c.vi);
    return { errors: [{ ...base, sheet: named.name, code: 'header_not_found', params: { expected } }] };
  }
  const found = workbook.worksheets.map((s) => s.name);
  return {
    errors: [{ ...base, sheet: null, code: 'sheet_not_found', params: { expected: TASK_SHEET_NAME, found } }],
  };
}

function headerErrors(sheet: string, header: Header): WorkbookError[] {
  const errors: WorkbookError[] = [];
  for (const column of TASK_COLUMNS) {
    const found = header.columns.get(column.key);
    const base = { sheet, row: header.row, header: column.vi, params: { field: column.key } };
    if (!found && column.required) errors.push({ ...base, row: null, column: null, code: 'missing_column' });
    if (found && found.length > 1) {
      const columns = found.map(columnLetter);
      errors.push({
        ...base,
        column: columns[1],
        code: 'duplicate_column',
        params: { field: column.key, columns },
      });
    }
  }
  return errors;
}

function isTotalsRow(cells: ReadonlyMap<ColumnKey, RawCell>): boolean {
  const kind = cells.get('kind');
  if (kind && !isBlank(kind)) return false;
  return (['title', 'index'] as const).some((key) => {
    const text = cells.has(key) ? cellText(cells.get(key)!) : null;
    return text !== null && TOTAL_KEYS.has(normalizeKey(text));
  });
}

function loadError(error: unknown, sheetRowCap: number, maxRows: number): WorkbookError {
  const message = error instanceof Error ? error.message : '';
  const base = { sheet: null, row: null, column: null, header: null };
  if (/^Max row count/.test(message))
    return { ...base, code: 'too_many_rows', params: { count: sheetRowCap, atLeast: true, max: maxRows } };
  if (/^Max column count/.test(message))
    return { ...base, code: 'too_many_columns', params: { max: MAX_COLUMNS } };
  return { ...base, code: 'not_a_workbook', params: { detected: 'corrupt' } };
}

/**
 * Reads the task list of an uploaded workbook. Every row is validated and every problem reported
 * (sheet, row, column letter, header); when there is any, no task is returned. Blank rows and the
 * "Tổng trọng số" row are skipped. Pure: the buffer is the only input.
 */
export async function parseTaskWorkbook(
  buffer: Buffer | Uint8Array,
  opts: ParseTaskWorkbookOptions = {},
): Promise<ParseTaskWorkbookResult> {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...opts };
  const prepared = prepareWorkbookPackage(buffer, limits);
  if (!prepared.ok) {
    const { code, params } = prepared.problem;
    return { ok: false, errors: [{ sheet: null, row: null, column: null, header: null, code, params }] };
  }

  const workbook = new ExcelJS.Workbook();
  // Formatted blank rows count for ExcelJS; this cap only bounds memory, the real limit is maxRows.
  const sheetRowCap = limits.maxRows + 10_000;
  try {
    // ExcelJS declares its own `Buffer` (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(
      prepared.bytes as unknown as ArrayBuffer,
      // maxRows and maxCols exist in ExcelJS but not in its type declarations.
      {
        // Validations and conditional formats over whole columns are expanded cell by cell by ExcelJS.
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
        maxRows: sheetRowCap,
        maxCols: MAX_COLUMNS,
      } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (error) {
    return { ok: false, errors: [loadError(error, sheetRowCap, limits.maxRows)] };
  }

  const located = locateSheet(workbook);
  if ('errors' in located) return { ok: false, errors: located.errors };
  const { sheet, header } = located;
  const structural = headerErrors(sheet.name, header);
  if (structural.length > 0) return { ok: false, errors: structural };

  const columns = [...header.columns].map(([key, cols]) => ({ key, col: cols[0], column: columnOf(key) }));
  const rows: { number: number; cells: Map<ColumnKey, RawCell> }[] = [];
  sheet.eachRow((row, number) => {
    if (number <= header.row) return;
    const cells = new Map<ColumnKey, RawCell>();
    let blank = true;
    for (const { key, col } of columns) {
      const cell = readExcelCell(row.getCell(col));
      cells.set(key, cell);
      if (key !== 'index' && !isBlank(cell)) blank = false;
    }
    if (!blank && !isTotalsRow(cells)) rows.push({ number, cells });
  });

  const where = { sheet: sheet.name, row: null, column: null, header: null };
  if (rows.length > limits.maxRows) {
    return {
      ok: false,
      errors: [{ ...where, code: 'too_many_rows', params: { count: rows.length, max: limits.maxRows } }],
    };
  }
  if (rows.length === 0) return { ok: false, errors: [{ ...where, code: 'no_tasks', params: {} }] };

  const tasks: ParsedWorkbookTask[] = [];
  const errors: WorkbookError[] = [];
  for (const { number, cells } of rows) {
    const draft: Partial<WorkbookTask> = emptyWorkbookTask();
    let valid = true;
    for (const { key, col, column } of columns) {
      for (const issue of column.read(cells.get(key)!, draft)) {
        valid = false;
        errors.push({
          sheet: sheet.name,
          row: number,
          column: columnLetter(col),
          header: column.vi,
          code: issue.code,
          params: { field: key, ...issue.params },
        });
      }
    }
    if (valid) tasks.push({ ...(draft as WorkbookTask), row: number });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tasks };
}
