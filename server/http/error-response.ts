import { HTTPException } from 'hono/http-exception';
import { ERRORS, type ErrorBody, errorMessage, type Locale } from '../../contracts/errors.ts';
import { describeProblem, type Problem } from '../../contracts/problem-messages.ts';
import { describeIssue, type SchemaIssue } from '../../contracts/validation-messages.ts';
import { describeWorkbookError, type WorkbookError } from '../documents/excel/workbook-errors.ts';
import { AppError } from '../domain/app-error.ts';

/** A localized error body and its status for anything thrown while handling a request. */
export function toErrorResponse(
  error: unknown,
  locale: Locale,
  requestId: string,
): { status: number; body: ErrorBody; unexpected: boolean } {
  if (error instanceof AppError) {
    const body: ErrorBody = {
      code: error.code,
      message: errorMessage(error.code, locale, localizeParams(error.params, locale)),
    };
    if (error.fields.length) {
      body.details = {
        fields: error.fields.map((f) => ({
          ...f,
          message: errorMessage(error.code, locale, localizeParams(error.params, locale)),
        })),
      };
    }
    if (Array.isArray(error.params.problems)) {
      body.details = {
        ...body.details,
        problems: (error.params.problems as Problem[]).map((p) => ({
          ...p,
          message: describeProblem(p, locale),
        })),
      };
    }
    if (Array.isArray(error.params.workbookErrors)) {
      body.details = {
        ...body.details,
        errors: (error.params.workbookErrors as WorkbookError[]).map((e) => ({
          ...e,
          message: describeWorkbookError(e, locale),
        })),
      };
    }
    if (error.code === 'version_conflict')
      body.details = { ...body.details, currentVersion: error.params.currentVersion };
    return { status: ERRORS[error.code].status, body, unexpected: false };
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return simple('payload_too_large', locale);
    if (error.status === 415) return simple('unsupported_media_type', locale);
    if (error.status === 400) return simple('malformed_json', locale);
    if (error.status < 500) return simple('validation_failed', locale);
  }
  if (error instanceof Error && error.name === 'DomainError' && 'code' in error) {
    return simple('rule_refused', locale, { rule: String((error as { code: unknown }).code) });
  }
  const code = pgCode(error);
  if (code === '23503') return simple('in_use', locale);
  if (code === '40P01' || code === '40001') return simple('retry_conflict', locale);
  if (code === '22P02' || code === '22007' || code === '22008' || code === '22021' || code === '54000')
    return simple('validation_failed', locale);
  if (isPgUniqueViolation(error)) return simple('already_exists', locale);
  return {
    status: 500,
    body: { code: 'internal', message: errorMessage('internal', locale, { requestId }) },
    unexpected: true,
  };
}

/** The 400 body for schema violations, one entry per field. */
export function validationErrorBody(
  issues: SchemaIssue[],
  locale: Locale,
  where: 'json' | 'query' | 'param',
  data?: unknown,
): ErrorBody {
  const prefix = where === 'json' ? '' : where;
  // zod does not report the offending input by default: read it from the raw data, so "wrong type" and "missing" differ.
  const fields = issues.map((i) =>
    describeIssue({ ...i, input: i.input !== undefined ? i.input : valueAt(data, i.path) }, locale, prefix),
  );
  const summary = fields.map((f) => f.message).join(' ');
  return {
    code: 'validation_failed',
    message: `${errorMessage('validation_failed', locale)} ${summary}`.trim(),
    details: { fields },
  };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const ENTITY_NAMES: Record<string, { vi: string; en: string }> = {
  unit: { vi: 'đơn vị', en: 'Unit' },
  person: { vi: 'cán bộ', en: 'Person' },
  post: { vi: 'chức vụ', en: 'Post' },
  term: { vi: 'nhiệm kỳ', en: 'Term' },
  user: { vi: 'tài khoản', en: 'User' },
  grant: { vi: 'quyền', en: 'Grant' },
  route: { vi: 'đường dẫn', en: 'Route' },
  cycle: { vi: 'kỳ đánh giá', en: 'Cycle' },
  assignment: { vi: 'văn bản giao nhiệm vụ', en: 'Assignment' },
  adjustment: { vi: 'đề nghị điều chỉnh', en: 'Adjustment' },
  task: { vi: 'nhiệm vụ', en: 'Task' },
  check_in: { vi: 'báo cáo tiến độ', en: 'Check-in' },
  evidence: { vi: 'minh chứng', en: 'Evidence' },
  support_request: { vi: 'kiến nghị', en: 'Support request' },
  support_commitment: { vi: 'cam kết hỗ trợ', en: 'Support commitment' },
  appraisal: { vi: 'biên bản kiểm tra, thẩm định', en: 'Appraisal' },
  notification: { vi: 'thông báo', en: 'Notification' },
  urging_notice: { vi: 'văn bản đôn đốc', en: 'Urging notice' },
  self_assessment: { vi: 'báo cáo tự đánh giá', en: 'Self-assessment' },
  council: { vi: 'hội đồng tư vấn', en: 'Council' },
  score_sheet: { vi: 'phiếu chấm điểm', en: 'Score sheet' },
  result: { vi: 'kết quả đánh giá', en: 'Result' },
  appeal: { vi: 'đơn khiếu nại', en: 'Appeal' },
  recommendation: { vi: 'kiến nghị về cán bộ', en: 'Recommendation' },
};

function localizeParams(params: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  if (typeof params.entity !== 'string') return params;
  return { ...params, entity: ENTITY_NAMES[params.entity]?.[locale] ?? params.entity };
}

function simple(code: keyof typeof ERRORS, locale: Locale, params: Record<string, unknown> = {}) {
  return {
    status: ERRORS[code].status,
    body: { code, message: errorMessage(code, locale, params) } as ErrorBody,
    unexpected: false,
  };
}

/** The PostgreSQL error code, also when the driver error is wrapped (drizzle puts it in `cause`). */
function pgCode(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function isPgUniqueViolation(error: unknown): boolean {
  return pgCode(error) === '23505';
}
