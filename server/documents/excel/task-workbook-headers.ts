import { type ColumnKey, TASK_COLUMNS, type TaskColumn } from './task-workbook-columns.ts';
import { normalizeKey, withoutParentheses } from './workbook-text.ts';

/** Header words of every column (vi, en, aliases, each also without its parenthesised hint). */
const HEADER_INDEX: ReadonlyMap<string, ColumnKey> = (() => {
  const index = new Map<string, ColumnKey>();
  for (const column of TASK_COLUMNS) {
    const words = [column.vi, column.en, ...column.aliases].flatMap((w) => [w, withoutParentheses(w)]);
    for (const word of words) {
      const key = normalizeKey(word);
      const existing = index.get(key);
      if (existing && existing !== column.key)
        throw new Error(`Header "${word}" names ${existing} and ${column.key}`);
      index.set(key, column.key);
    }
  }
  return index;
})();

/** The column a header cell names, ignoring case, diacritics, spacing and a parenthesised hint. */
export function matchHeader(header: string): ColumnKey | null {
  return (
    HEADER_INDEX.get(normalizeKey(header)) ??
    HEADER_INDEX.get(normalizeKey(withoutParentheses(header))) ??
    null
  );
}

/** The column of a key. */
export function columnOf(key: ColumnKey): TaskColumn {
  return TASK_COLUMNS.find((column) => column.key === key)!;
}

/** A short label for messages: the header without its parenthesised hint. */
export function columnLabel(key: ColumnKey, locale: 'vi' | 'en'): string {
  return withoutParentheses(columnOf(key)[locale]);
}
