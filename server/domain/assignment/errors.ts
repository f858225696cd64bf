/**
 * The error thrown by the assignment domain, and the codes it uses. The lead will
 * merge this class with the project-wide AppError; the table below carries what the
 * HTTP layer needs to map each code (status and messages, vi first).
 */

/** A refused business rule: a stable `code` plus the facts needed to explain it. */
export class DomainError extends Error {
  constructor(
    public code: string,
    public params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

type Entry = { status: number; vi: string; en: string };

/** Every code this folder throws, with the HTTP status and messages it should map to. */
export const ASSIGNMENT_ERRORS = {
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
} as const satisfies Record<string, Entry>;

/** A code this folder may throw. */
export type AssignmentErrorCode = keyof typeof ASSIGNMENT_ERRORS;
