/**
 * Error codes shared by server and web, with their HTTP status and their
 * messages in Vietnamese (default) and English. One table: the server maps
 * codes to statuses here, and the client rebuilds the same error from `code`.
 */
export type Locale = 'vi' | 'en';

import { APPRAISAL_ERRORS } from './errors/appraisals.ts';
import { CHECK_IN_ERRORS } from './errors/check-ins.ts';
import { DECISION_ERRORS } from './errors/decisions.ts';
import type { ErrorEntry } from './errors/entry.ts';
import { EVALUATION_ERRORS } from './errors/evaluation.ts';
import { INTERCHANGE_ERRORS } from './errors/interchange.ts';
import { NOTIFICATION_ERRORS } from './errors/notifications.ts';
import { SUPPORT_ERRORS } from './errors/support.ts';

const BASE_ERRORS = {
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
  password_change_required: {
    status: 403,
    vi: 'Đồng chí cần đổi mật khẩu trước khi tiếp tục.',
    en: 'You need to change your password before continuing.',
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
  retry_conflict: {
    status: 409,
    vi: 'Thao tác trùng với một thay đổi khác đang diễn ra. Vui lòng thử lại.',
    en: 'This collided with another change in progress. Please try again.',
  },
  already_exists: {
    status: 409,
    vi: 'Bản ghi này đã tồn tại (có thể vừa được người khác tạo). Vui lòng tải lại.',
    en: 'This record already exists (someone may have just created it). Please reload.',
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
  assignment_transition_not_allowed: {
    status: 409,
    vi: 'Không thể thực hiện "{action}" khi văn bản giao nhiệm vụ đang ở trạng thái "{from}".',
    en: 'Cannot "{action}" an assignment that is "{from}".',
  },
  assignment_transition_forbidden: {
    status: 403,
    vi: 'Chỉ {allowedRoles} mới được thực hiện "{action}".',
    en: 'Only {allowedRoles} may "{action}".',
  },
  assignment_return_incomplete: {
    status: 422,
    vi: 'Khi trả lại văn bản cần nêu lý do và đề xuất điều chỉnh.',
    en: 'Returning an assignment needs a reason and the proposed changes.',
  },
  assignment_not_issuable: {
    status: 422,
    vi: 'Chưa thể ban hành: còn {count} điểm chưa hợp lệ.',
    en: 'Cannot issue yet: {count} problems remain.',
  },
  assignment_not_editable: {
    status: 409,
    vi: 'Văn bản đã ban hành chỉ được thay đổi qua đề nghị điều chỉnh đã được phê duyệt.',
    en: 'An issued assignment changes only through approved adjustments.',
  },
  assignment_exists: {
    status: 409,
    vi: 'Đơn vị này đã có văn bản giao nhiệm vụ trong kỳ đánh giá.',
    en: 'This unit already has an assignment in this cycle.',
  },
  assignee_not_under_assigner: {
    status: 422,
    vi: 'Đơn vị được giao phải trực thuộc cơ quan giao nhiệm vụ.',
    en: 'The assignee unit must lie under the assigning unit.',
  },
  head_post_not_in_unit: {
    status: 422,
    vi: 'Chức vụ người đứng đầu phải thuộc đơn vị được giao.',
    en: 'The head post must belong to the assignee unit.',
  },
  parent_task_invalid: {
    status: 422,
    vi: 'Chỉ tiêu cấp trên không hợp lệ: phải là chỉ tiêu được giao cho cơ quan giao nhiệm vụ trong cùng kỳ.',
    en: 'The parent task must be a target assigned to the assigning unit in the same cycle.',
  },
  unit_not_found_in_scope: {
    status: 422,
    vi: 'Có {ref} đơn vị được chọn không tồn tại.',
    en: '{ref} of the chosen units do not exist.',
  },
  cycle_dates_invalid: {
    status: 422,
    vi: 'Ngày kết thúc kỳ đánh giá phải sau ngày bắt đầu.',
    en: 'The cycle must end after it starts.',
  },
  policy_locked: {
    status: 409,
    vi: 'Không thể sửa quy định chấm điểm: đã có điểm chấm, hoặc đã ban hành văn bản theo phần kết quả và tiêu chí chung hiện hành.',
    en: 'The scoring policy cannot change: scoring has started, or assignments were issued against its results part and general criteria.',
  },
  policy_invalid: {
    status: 422,
    vi: 'Tham số quy định chấm điểm chưa hợp lệ ({count} lỗi).',
    en: 'The scoring policy parameters are not valid ({count} problems).',
  },
  workbook_invalid: {
    status: 422,
    vi: 'Tệp Excel có {count} lỗi; chưa nhập dữ liệu nào.',
    en: 'The workbook has {count} problems; nothing was imported.',
  },
  unsupported_media_type: {
    status: 415,
    vi: 'Định dạng tệp không được hỗ trợ.',
    en: 'This file type is not supported.',
  },
  adjustment_not_allowed_in_state: {
    status: 409,
    vi: 'Không thể điều chỉnh khi văn bản đang ở trạng thái "{state}".',
    en: 'Adjustments are not possible while the assignment is "{state}".',
  },
  adjustment_forbidden: {
    status: 403,
    vi: 'Đồng chí không có quyền {action} đề nghị điều chỉnh này.',
    en: 'You may not {action} this adjustment request.',
  },
  adjustment_already_decided: {
    status: 409,
    vi: 'Đề nghị điều chỉnh đã được xử lý ({status}).',
    en: 'This adjustment request was already decided ({status}).',
  },
  adjustment_invalid: {
    status: 422,
    vi: 'Đề nghị điều chỉnh chưa hợp lệ: còn {count} điểm cần sửa.',
    en: 'The adjustment is not valid: {count} problems.',
  },
  in_use: {
    status: 409,
    vi: 'Không thể xóa vì dữ liệu đang được sử dụng ở nơi khác (ví dụ chỉ tiêu đã được phân bổ xuống cấp dưới).',
    en: 'This cannot be removed: other records use it (for example a target split among sub-units).',
  },
  rule_refused: {
    status: 422,
    vi: 'Thao tác bị từ chối theo quy định ({rule}).',
    en: 'Refused by a rule ({rule}).',
  },
  payload_too_large: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  internal: {
    status: 500,
    vi: 'Đã có lỗi hệ thống (mã yêu cầu {requestId}). Vui lòng thử lại.',
    en: 'Something went wrong (request id {requestId}). Please try again.',
  },
} as const satisfies Record<string, ErrorEntry>;

/** Every error code: the base table plus one table per area. */
export const ERRORS = {
  ...BASE_ERRORS,
  ...CHECK_IN_ERRORS,
  ...SUPPORT_ERRORS,
  ...APPRAISAL_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...EVALUATION_ERRORS,
  ...DECISION_ERRORS,
  ...INTERCHANGE_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

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
