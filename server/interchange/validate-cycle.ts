import type { Locale } from '../../contracts/errors.ts';
import { type CycleDocument, cycleDocumentSchema } from '../../contracts/interchange/cycle-format.ts';
import { describeIssue, type SchemaIssue } from '../../contracts/validation-messages.ts';
import { indexDocument } from './document-index.ts';
import { type InterchangeIssue, IssueCollector, pathOf } from './issues.ts';
import { validateRecords } from './validate-records.ts';
import { validateStructure } from './validate-structure.ts';

/**
 * Validation of a cycle document, all of it before anything is used: first its shape
 * (the zod schema), then, when the shape holds, every cross-reference. Every problem is
 * returned at once, each with the JSON path of the offending value. An importer writes
 * nothing unless `ok` is true.
 */

export type CycleValidation =
  | { ok: true; document: CycleDocument; notes: InterchangeIssue[] }
  | { ok: false; errors: InterchangeIssue[]; notes: InterchangeIssue[] };

/** Validates a parsed JSON value as a mandate.cycle/1 document. */
export function validateCycleDocument(input: unknown, locale: Locale = 'en'): CycleValidation {
  // the input lets the messages tell a missing field from a wrong type
  const parsed = cycleDocumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => schemaIssue(issue as SchemaIssue, locale));
    return { ok: false, errors, notes: [] };
  }
  const issues = new IssueCollector(locale);
  const notes = new IssueCollector(locale);
  const index = indexDocument(parsed.data);
  validateStructure(index, issues);
  validateRecords(index, issues, notes);
  return issues.empty
    ? { ok: true, document: parsed.data, notes: notes.issues }
    : { ok: false, errors: issues.issues, notes: notes.issues };
}

/** Validates the text of a document, reporting broken JSON as one error. */
export function validateCycleJson(text: string, locale: Locale = 'en'): CycleValidation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const issues = new IssueCollector(locale);
    issues.add('', 'invalid_json', { detail: error instanceof Error ? error.message : String(error) });
    return { ok: false, errors: issues.issues, notes: [] };
  }
  return validateCycleDocument(value, locale);
}

function schemaIssue(issue: SchemaIssue & { params?: { code?: string } }, locale: Locale): InterchangeIssue {
  const path = pathOf(issue.path);
  const custom = issue.code === 'custom' ? issue.params?.code : undefined;
  if (custom) {
    const issues = new IssueCollector(locale);
    issues.add(path, custom);
    return issues.issues[0];
  }
  const described = describeIssue({ ...issue, path: [] }, locale, path);
  const params: Record<string, string> =
    issue.code === 'unrecognized_keys' ? { keys: (issue.keys ?? []).join(', ') } : {};
  return { path: described.field, code: described.code, params, message: described.message };
}

/** The canonical text of a document: fields in schema order, 2-space indentation, final newline. */
export function serializeCycleDocument(document: CycleDocument): string {
  return `${JSON.stringify(cycleDocumentSchema.parse(document), null, 2)}\n`;
}
