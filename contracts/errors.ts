/**
 * Error codes shared by server and web, with their HTTP status and their
 * messages in Vietnamese (default) and English. One table: the server maps
 * codes to statuses here, and the client rebuilds the same error from `code`.
 */
export type Locale = 'vi' | 'en';

type Entry = { status: number; vi: string; en: string };

export const ERRORS = {
  validation_failed: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' },
  malformed_json: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  unauthenticated: { status: 401, vi: 'Đồng chí cần đăng nhập.', en: 'You need to sign in.' },
  invalid_credentials: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The username or password is incorrect.',
  },
  account_disabled: { status: 403, vi: 'Tài khoản đã bị khóa.', en: 'This account is disabled.' },
  too_many_attempts: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins. Try again in {minutes} minutes.',
  },
  csrf_failed: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ (CSRF). Vui lòng tải lại trang.',
    en: 'Invalid request token (CSRF). Please reload the page.',
  },
  forbidden: {
    status: 403,
    vi: 'Đồng chí không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  not_found: { status: 404, vi: 'Không tìm thấy {entity}.', en: '{entity} not found.' },
  version_conflict: {
    status: 409,
    vi: 'Dữ liệu đã được người khác thay đổi (phiên bản hiện tại: {currentVersion}). Vui lòng tải lại.',
    en: 'Someone else changed this (current version: {currentVersion}). Please reload.',
  },
  duplicate_code: {
    status: 409,
    vi: 'Mã "{code}" đã được dùng cho một đơn vị khác.',
    en: 'The code "{code}" is already used by another unit.',
  },
  duplicate_username: {
    status: 409,
    vi: 'Tên đăng nhập "{username}" đã tồn tại.',
    en: 'The username "{username}" already exists.',
  },
  unit_cycle: {
    status: 422,
    vi: 'Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.',
    en: 'A unit cannot be moved under itself or one of its descendants.',
  },
  unit_closed: { status: 422, vi: 'Đơn vị đã giải thể hoặc ngừng hoạt động.', en: 'The unit is closed.' },
  unit_has_open_children: {
    status: 422,
    vi: 'Không thể đóng đơn vị khi còn {count} đơn vị trực thuộc đang hoạt động.',
    en: 'The unit still has {count} open sub-units.',
  },
  invalid_date_range: {
    status: 422,
    vi: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
    en: 'The end date must be on or after the start date.',
  },
  term_overlap: {
    status: 422,
    vi: 'Chức vụ đã có người đảm nhiệm trong khoảng thời gian này ({from} – {to}).',
    en: 'The post is already held in this period ({from} – {to}).',
  },
  term_already_ended: { status: 422, vi: 'Nhiệm kỳ này đã kết thúc.', en: 'This term has already ended.' },
  wrong_password: {
    status: 422,
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is incorrect.',
  },
  weak_password: {
    status: 422,
    vi: 'Mật khẩu cần ít nhất {min} ký tự, gồm chữ và số.',
    en: 'The password needs at least {min} characters, with letters and digits.',
  },
  grant_outside_scope: {
    status: 403,
    vi: 'Đồng chí chỉ được phân quyền trong phạm vi đơn vị mình quản trị.',
    en: 'You can only grant roles within the units you administer.',
  },
  grant_already_revoked: {
    status: 422,
    vi: 'Quyền này đã bị thu hồi.',
    en: 'This role has already been revoked.',
  },
  payload_too_large: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  internal: {
    status: 500,
    vi: 'Đã có lỗi hệ thống (mã yêu cầu {requestId}). Vui lòng thử lại.',
    en: 'Something went wrong (request id {requestId}). Please try again.',
  },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERRORS;

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    key in params ? String(params[key]) : `{${key}}`,
  );
}

/** Localized message for an error code. */
export function errorMessage(code: ErrorCode, locale: Locale, params: Record<string, unknown> = {}): string {
  return formatMessage(ERRORS[code][locale], params);
}

/** One field-level problem, named by its path (e.g. "tasks.3.weight"). */
export type FieldIssue = { field: string; code: string; message: string };

/** The body of every error response. */
export type ErrorBody = {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldIssue[]; [k: string]: unknown };
};
