/** Layout shared by the sheets we write: borders, header fill, column letters, row heights. */

const thin = { style: 'thin' as const };

/** Thin border on four sides. */
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** Light blue fill of header rows. */
export const HEADER_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFDDEBF7' },
};

/** Column letter of a 1-based column number: 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const POINTS_PER_LINE = 15;
const MAX_ROW_HEIGHT = 409; // Excel's limit

/**
 * A row height (points) that shows wrapped text whole. Neither Excel nor LibreOffice resizes rows
 * of a generated file when it opens, so we estimate: about 1.1 characters per unit of width.
 */
export function estimateRowHeight(texts: readonly (string | null)[], widths: readonly number[]): number {
  let lines = 1;
  texts.forEach((text, i) => {
    if (!text) return;
    const perLine = Math.max(1, Math.floor(widths[i] * 1.1));
    const count = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(MAX_ROW_HEIGHT, lines * POINTS_PER_LINE);
}
