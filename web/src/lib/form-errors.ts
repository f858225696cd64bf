import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from './api-client.ts';

/** What a form shows above its fields after a failed submit. */
export type FormFailure = { error: ApiError; allFieldsShown: boolean };

/** Shown under its field, a message need not name the field by its API path ("username"). */
function underField(message: string, field: string): string {
  return message.replace(`Trường "${field}"`, 'Trường này').replace(`The field "${field}"`, 'This field');
}

/**
 * Puts the API's field-level messages (details.fields) under the matching form fields.
 * Returns true when every reported field exists in the form.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: ApiError,
  aliases: Record<string, string> = {},
): boolean {
  if (error.fields.length === 0) return false;
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  let allShown = true;
  for (const issue of error.fields) {
    const name = aliases[issue.field] ?? issue.field;
    if (!registered.has(name)) {
      allShown = false;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), underField(issue.message, issue.field)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return allShown;
}

/** Keeps the last failure of a form's submit and maps its field errors onto the form. */
export function useFormFailure(form: FormInstance, aliases?: Record<string, string>) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const onError = useCallback(
    (error: unknown) => {
      const apiError = error instanceof ApiError ? error : new ApiError('internal', 0, String(error));
      const allFieldsShown = applyFieldErrors(form, apiError, aliases);
      setFailure({ error: apiError, allFieldsShown });
    },
    [form, aliases],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { failure, onError, clear };
}
