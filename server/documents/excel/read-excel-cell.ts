import type ExcelJS from 'exceljs';
import type { RawCell } from './workbook-cells.ts';

const EMPTY: RawCell = { type: 'empty' };

/** A number format that shows percent ("0%", "0.00%"), outside quoted literals. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && numFmt.replace(/"[^"]*"/g, '').includes('%');
}

function fromValue(value: unknown, percent: boolean): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { type: 'text', text: value };
  if (typeof value === 'number') return { type: 'number', value, percent };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return { type: 'date', value };
  if (typeof value !== 'object') return EMPTY;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return {
      type: 'text',
      text: v.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''),
    };
  }
  if ('error' in v) return { type: 'error', value: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    // The value Excel computed when the file was last saved; we never evaluate formulas. ExcelJS
    // gives no result both for an empty text result (=IF(…;"";…), common) and for a formula never
    // calculated (files made by programs): both read as blank.
    return fromValue(v.result, percent);
  }
  if ('hyperlink' in v) return fromValue(v.text, percent);
  return EMPTY;
}

/**
 * Reads an ExcelJS cell as a RawCell: rich text joined, hyperlinks as their text, formulas as
 * their cached result, merged cells as the value of the merge.
 */
export function readExcelCell(cell: ExcelJS.Cell): RawCell {
  return fromValue(cell.value, isPercentFormat(cell.numFmt));
}
