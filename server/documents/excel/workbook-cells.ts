import { type SupportCommitmentInput, TASK_LIMITS, type TASK_TAGS } from '../../../contracts/tasks.ts';
import { SUPPORT_KIND_WORDS, TAG_WORDS, type Vocabulary } from './task-workbook-vocabulary.ts';
import {
  cleanText,
  formatDateVi,
  hasAtMostTwoDecimals,
  isoFromExcelDate,
  normalizeKey,
  parseDateText,
  parseLocaleNumber,
} from './workbook-text.ts';

/** One cell's content, independent of ExcelJS (formulas already replaced by their cached result). */
export type RawCell =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number; percent: boolean }
  | { type: 'date'; value: Date }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; value: string };

/** Problems a single cell can have. */
export type CellIssueCode =
  | 'required'
  | 'too_long'
  | 'too_many_items'
  | 'invalid_kind'
  | 'not_a_number'
  | 'negative_number'
  | 'too_many_decimals'
  | 'above_maximum'
  | 'invalid_date'
  | 'unknown_tag'
  | 'invalid_direction'
  | 'invalid_rollup'
  | 'invalid_support_line'
  | 'invalid_support_date'
  | 'empty_support_description'
  | 'cell_error';

/** One problem found in a cell; the parser adds where it is. */
export type CellIssue = { code: CellIssueCode; params: Record<string, unknown> };

/** A cell read into a task field, or every problem found in it. */
export type Read<T> = { ok: true; value: T } | { ok: false; issues: CellIssue[] };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(code: CellIssueCode, params: Record<string, unknown> = {}): Read<T> => ({
  ok: false,
  issues: [{ code, params }],
});

/** The cell as text (numbers as typed by JS, dates as dd/mm/yyyy); null when blank. */
export function cellText(cell: RawCell): string | null {
  switch (cell.type) {
    case 'text': {
      const text = cleanText(cell.text);
      return text === '' ? null : text;
    }
    case 'number':
      return String(cell.value);
    case 'date': {
      const iso = isoFromExcelDate(cell.value);
      return iso ? formatDateVi(iso) : null;
    }
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return null;
  }
}

/** True when the cell holds nothing (or only spaces). */
export function isBlank(cell: RawCell): boolean {
  return cell.type === 'empty' || (cell.type === 'text' && cleanText(cell.text) === '');
}

function errorOf<T>(cell: RawCell): Read<T> | null {
  return cell.type === 'error' ? fail('cell_error', { value: cell.value }) : null;
}

/** Free text with a length limit; `required` makes a blank cell an error. */
export function readText(cell: RawCell, max: number, required: true): Read<string>;
export function readText(cell: RawCell, max: number, required: false): Read<string | null>;
export function readText(cell: RawCell, max: number, required: boolean): Read<string | null> {
  const error = errorOf<string | null>(cell);
  if (error) return error;
  const text = cellText(cell);
  if (text === null) return required ? fail('required') : ok(null);
  if (text.length > max) return fail('too_long', { max, length: text.length });
  return ok(text);
}

/** A number cell, or a number typed as text (Vietnamese format, see parseLocaleNumber); percent cells count in percent. */
export function readNumber(cell: RawCell): Read<number | null> {
  const error = errorOf<number | null>(cell);
  if (error) return error;
  if (isBlank(cell)) return ok(null);
  if (cell.type === 'number') {
    if (!Number.isFinite(cell.value)) return fail('not_a_number', { value: String(cell.value) });
    // A "95%" cell holds 0.95; the sheet's unit of measure is "%", so the figure meant is 95.
    return ok(cell.percent ? Number((cell.value * 100).toPrecision(15)) : cell.value);
  }
  const text = cellText(cell) ?? '';
  const value = cell.type === 'text' ? parseLocaleNumber(text) : null;
  return value === null ? fail('not_a_number', { value: text }) : ok(value);
}

/** Weight in points: 0 to 100 with at most two decimals. */
export function readWeight(cell: RawCell): Read<number | null> {
  const read = readNumber(cell);
  if (!read.ok || read.value === null) return read;
  const value = read.value;
  if (value < 0) return fail('negative_number', { value });
  if (!hasAtMostTwoDecimals(value)) return fail('too_many_decimals', { value, max: 2 });
  if (value > 100) return fail('above_maximum', { value, max: 100 });
  return ok(Math.round(value * 100) / 100);
}

/** A date cell, or a date typed as text; gives an ISO date. */
export function readDate(cell: RawCell): Read<string | null> {
  const error = errorOf<string | null>(cell);
  if (error) return error;
  if (isBlank(cell)) return ok(null);
  const iso =
    cell.type === 'date'
      ? isoFromExcelDate(cell.value)
      : cell.type === 'text'
        ? parseDateText(cleanText(cell.text))
        : null;
  return iso ? ok(iso) : fail('invalid_date', { value: cellText(cell) ?? '' });
}

type ChoiceCode = 'invalid_kind' | 'invalid_direction' | 'invalid_rollup';
/** One word of a vocabulary (Loại, Chiều đánh giá, Cộng dồn). */
export function readChoice<T extends string>(
  cell: RawCell,
  words: Vocabulary<T>,
  code: ChoiceCode,
  required: true,
): Read<T>;
export function readChoice<T extends string>(
  cell: RawCell,
  words: Vocabulary<T>,
  code: ChoiceCode,
  required: false,
): Read<T | null>;
export function readChoice<T extends string>(
  cell: RawCell,
  words: Vocabulary<T>,
  code: ChoiceCode,
  required: boolean,
): Read<T | null> {
  const error = errorOf<T | null>(cell);
  if (error) return error;
  const text = cellText(cell);
  if (text === null) return required ? fail('required') : ok(null);
  const value = words.lookup(text);
  return value ? ok(value) : fail(code, { value: text, allowed: words.codes.map(words.label) });
}

/** Splits a list cell on ";" "," or line breaks, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

type TaskTag = (typeof TASK_TAGS)[number];

/** Tags in the order written, each once; every unknown word is its own issue. */
export function readTags(cell: RawCell): Read<TaskTag[]> {
  const error = errorOf<TaskTag[]>(cell);
  if (error) return error;
  const text = cellText(cell);
  if (text === null) return ok([]);
  const tags = new Set<TaskTag>();
  const issues: CellIssue[] = [];
  for (const item of splitList(text.replace(/[|/]/g, ';'))) {
    const tag = TAG_WORDS.lookup(item);
    if (tag) tags.add(tag);
    else
      issues.push({
        code: 'unknown_tag',
        params: { value: item, allowed: TAG_WORDS.codes.map(TAG_WORDS.label) },
      });
  }
  return issues.length > 0 ? { ok: false, issues } : ok([...tags]);
}

/** Unit codes separated by ";" (codes are kept as written, each once). */
export function readCodes(cell: RawCell, maxItems: number, maxLength: number): Read<string[]> {
  const error = errorOf<string[]>(cell);
  if (error) return error;
  const text = cellText(cell);
  if (text === null) return ok([]);
  const codes = [...new Set(splitList(text))];
  const tooLong = codes.find((code) => code.length > maxLength);
  if (tooLong) return fail('too_long', { max: maxLength, length: tooLong.length, value: tooLong });
  if (codes.length > maxItems) return fail('too_many_items', { max: maxItems, count: codes.length });
  return ok(codes);
}

const NO_DUE_DATE = 'không thời hạn';
const DUE_SUFFIX = /\s*\(([^()]*)\)\s*$/;

/** The due date in a trailing "(…)" of a support line: a date-like text, or the explicit "no due date". */
function dueSuffix(description: string): { inner: string; kind: 'date' | 'none' } | null {
  const m = DUE_SUFFIX.exec(description);
  if (!m) return null;
  const key = normalizeKey(m[1]);
  if (key === normalizeKey(NO_DUE_DATE) || key === 'no due date') return { inner: m[1], kind: 'none' };
  // normalizeKey turns "/", "." and "-" into spaces: "30/06/2022" → "30 06 2022".
  if (/^(?:han )?\d{1,4} \d{1,2} \d{1,4}$/.test(key)) return { inner: m[1], kind: 'date' };
  return null;
}

/**
 * Support commitments, one per line: "Kinh phí: Bố trí 2 tỷ đồng (30/06/2022)". The due date in
 * parentheses is optional; "(không thời hạn)" says explicitly there is none. A line that starts
 * with spaces continues the description of the line above (a description on several lines).
 */
export function readSupportCommitments(cell: RawCell): Read<SupportCommitmentInput[]> {
  const error = errorOf<SupportCommitmentInput[]>(cell);
  if (error) return error;
  const text = cellText(cell);
  if (text === null) return ok([]);
  const drafts: { line: number; text: string; kind: SupportCommitmentInput['kind'] | null; body: string }[] =
    [];
  text.split('\n').forEach((line, index) => {
    const previous = drafts.at(-1);
    if (previous && /^[ \t]/.test(line)) {
      previous.body += `\n${line.startsWith('  ') ? line.slice(2) : line.trimStart()}`;
      return;
    }
    // Only the start is trimmed: trailing spaces inside a multi-line description are kept.
    const start = line.trimStart().replace(/^[-•+*]\s+/, '');
    if (start.trim() === '') return;
    const colon = start.indexOf(':');
    const kind = colon > 0 ? SUPPORT_KIND_WORDS.lookup(start.slice(0, colon)) : null;
    const body = colon > 0 ? start.slice(colon + 1).trimStart() : '';
    drafts.push({ line: index + 1, text: start.trim(), kind, body });
  });
  const issues: CellIssue[] = [];
  const commitments: SupportCommitmentInput[] = [];
  const allowed = SUPPORT_KIND_WORDS.codes.map(SUPPORT_KIND_WORDS.label);
  for (const draft of drafts) {
    if (!draft.kind) {
      issues.push({ code: 'invalid_support_line', params: { line: draft.line, value: draft.text, allowed } });
      continue;
    }
    let description = draft.body.trimEnd();
    let dueOn: string | null = null;
    const due = dueSuffix(description);
    if (due) {
      if (due.kind === 'date') {
        dueOn = parseDateText(due.inner.replace(/^\s*h[aạ]n\s*:?\s*/i, ''));
        if (!dueOn) {
          issues.push({
            code: 'invalid_support_date',
            params: { line: draft.line, value: due.inner.trim() },
          });
          continue;
        }
      }
      description = description.replace(DUE_SUFFIX, '');
    }
    if (description.trim() === '') {
      issues.push({ code: 'empty_support_description', params: { line: draft.line, value: draft.text } });
    } else if (description.length > TASK_LIMITS.text) {
      issues.push({
        code: 'too_long',
        params: { line: draft.line, max: TASK_LIMITS.text, length: description.length },
      });
    } else commitments.push({ kind: draft.kind, description, dueOn });
  }
  if (issues.length === 0 && commitments.length > TASK_LIMITS.supportPerTask) {
    issues.push({
      code: 'too_many_items',
      params: { max: TASK_LIMITS.supportPerTask, count: commitments.length },
    });
  }
  return issues.length > 0 ? { ok: false, issues } : ok(commitments);
}

/** Writes support commitments the way readSupportCommitments reads them back, unchanged. */
export function writeSupportCommitments(commitments: readonly SupportCommitmentInput[]): string | null {
  if (commitments.length === 0) return null;
  return commitments
    .map(({ kind, description, dueOn }) => {
      const [first, ...rest] = description.split('\n');
      const body = [first, ...rest.map((line) => `  ${line}`)].join('\n');
      if (dueOn) return `${SUPPORT_KIND_WORDS.label(kind)}: ${body} (${formatDateVi(dueOn)})`;
      // A description that itself ends in "(dd/mm/yyyy)" would be read as a due date: say there is none.
      return `${SUPPORT_KIND_WORDS.label(kind)}: ${body}${dueSuffix(description) ? ` (${NO_DUE_DATE})` : ''}`;
    })
    .join('\n');
}
