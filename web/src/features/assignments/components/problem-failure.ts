import type { FormInstance } from 'antd';
import { ApiError } from '../../../lib/api-client.ts';
import type { FormFailure } from '../../../lib/form-errors.ts';

/** One business-rule problem as the API reports it (issuing, adjustments). */
export type ApiProblem = { taskIndex?: number; field: string; code: string; message: string };

/** Strips "Trọng số mới: " style prefixes that name a field already labelled on screen. */
function underField(message: string): string {
  const at = message.indexOf(': ');
  return at > 0 && at < 40 ? message.slice(at + 2).replace(/^./, (c) => c.toUpperCase()) : message;
}

/**
 * Puts a refusal's problems (details.problems) and field errors (details.fields) under the form
 * fields they name (through `aliases`), and returns the failure to show above the form along
 * with the problems that have no field in the form.
 */
export function problemsFailure(
  form: FormInstance,
  raw: unknown,
  aliases: Record<string, string>,
): { failure: FormFailure; unplaced: ApiProblem[] } {
  const error = raw instanceof ApiError ? raw : new ApiError('internal', 0, String(raw));
  const problems: ApiProblem[] = [
    ...error.detailList<ApiProblem>('problems'),
    ...error.fields.map((f) => ({ field: f.field, code: f.code, message: f.message })),
  ];
  const byField = new Map<string, string[]>();
  const unplaced: ApiProblem[] = [];
  for (const p of problems) {
    const name = p.taskIndex === undefined ? (aliases[p.field] ?? null) : null;
    if (!name) {
      unplaced.push(p);
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), underField(p.message)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return { failure: { error, allFieldsShown: problems.length > 0 && unplaced.length === 0 }, unplaced };
}
