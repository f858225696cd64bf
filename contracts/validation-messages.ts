import type { Locale } from './errors.ts';
import { formatMessage } from './errors.ts';

/** Field-level messages for schema violations, by zod issue code, in both languages. */
const MESSAGES: Record<string, { vi: string; en: string }> = {
  required: { vi: 'Trường "{field}" là bắt buộc.', en: 'The field "{field}" is required.' },
  invalid_type: { vi: 'Trường "{field}" phải là {expected}.', en: 'The field "{field}" must be {expected}.' },
  too_big_string: {
    vi: 'Trường "{field}" dài tối đa {max} ký tự.',
    en: 'The field "{field}" allows at most {max} characters.',
  },
  too_small_string: {
    vi: 'Trường "{field}" cần ít nhất {min} ký tự.',
    en: 'The field "{field}" needs at least {min} characters.',
  },
  too_big: {
    vi: 'Trường "{field}" không được lớn hơn {max}.',
    en: 'The field "{field}" must be at most {max}.',
  },
  too_small: {
    vi: 'Trường "{field}" không được nhỏ hơn {min}.',
    en: 'The field "{field}" must be at least {min}.',
  },
  unrecognized_keys: { vi: 'Trường không được hỗ trợ: {keys}.', en: 'Unknown field(s): {keys}.' },
  invalid_format: {
    vi: 'Trường "{field}" sai định dạng ({format}).',
    en: 'The field "{field}" has the wrong format ({format}).',
  },
  invalid_value: {
    vi: 'Trường "{field}" phải là một trong: {values}.',
    en: 'The field "{field}" must be one of: {values}.',
  },
  invalid: { vi: 'Trường "{field}" không hợp lệ.', en: 'The field "{field}" is not valid.' },
};

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'true/false', en: 'true or false' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'a list' },
};

const FORMAT_NAMES: Record<string, { vi: string; en: string }> = {
  date: { vi: 'ngày YYYY-MM-DD', en: 'date YYYY-MM-DD' },
  uuid: { vi: 'mã định danh UUID', en: 'UUID' },
  email: { vi: 'địa chỉ thư điện tử', en: 'e-mail address' },
  regex: { vi: 'ký tự không được phép', en: 'characters not allowed' },
};

/** The minimal shape of a schema issue (zod's). */
export type SchemaIssue = {
  code: string;
  path: PropertyKey[];
  expected?: string;
  input?: unknown;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: string[];
  format?: string;
  values?: unknown[];
};

/** Turns one schema issue into a field name, a stable code and a localized sentence. */
export function describeIssue(issue: SchemaIssue, locale: Locale, prefix = '') {
  const path = issue.path.map(String).join('.');
  const field = [prefix, path].filter(Boolean).join('.') || (locale === 'vi' ? '(nội dung)' : '(body)');
  let key = 'invalid';
  const params: Record<string, unknown> = { field };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) key = 'required';
      else {
        key = 'invalid_type';
        params.expected = TYPE_NAMES[issue.expected ?? '']?.[locale] ?? issue.expected;
      }
      break;
    case 'too_big':
      key = issue.origin === 'string' ? 'too_big_string' : 'too_big';
      params.max = String(issue.maximum);
      break;
    case 'too_small':
      key = issue.origin === 'string' ? 'too_small_string' : 'too_small';
      params.min = String(issue.minimum);
      break;
    case 'unrecognized_keys':
      key = 'unrecognized_keys';
      params.keys = (issue.keys ?? []).join(', ');
      break;
    case 'invalid_format':
      key = 'invalid_format';
      params.format = FORMAT_NAMES[issue.format ?? '']?.[locale] ?? issue.format;
      break;
    case 'invalid_value':
      key = 'invalid_value';
      params.values = (issue.values ?? []).map(String).join(', ');
      break;
  }
  const fieldName =
    issue.code === 'unrecognized_keys' && issue.keys?.length
      ? [prefix, path, issue.keys[0]].filter(Boolean).join('.')
      : field;
  return {
    field: fieldName,
    code: issue.code === 'invalid_type' && key === 'required' ? 'required' : issue.code,
    message: formatMessage(MESSAGES[key][locale], params),
  };
}
