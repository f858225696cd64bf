import type { ErrorEntry } from './entry.ts';

/** Error codes of support commitments and support requests. */
export const SUPPORT_ERRORS = {
  support_request_closed: {
    status: 409,
    vi: 'Kiến nghị này đã đóng (trạng thái: {state}); không thể {action} nữa.',
    en: 'This support request is already closed ({state}); it can no longer be {action}.',
  },
  support_not_escalated: {
    status: 403,
    vi: 'Kiến nghị gửi cơ quan chức năng chỉ được chuyển lên cơ quan giao nhiệm vụ trả lời khi đã quá hạn trả lời ({responseDue}).',
    en: 'A request routed to a functional agency passes to the assigning body only once its response deadline ({responseDue}) has passed.',
  },
  support_response_due_invalid: {
    status: 422,
    vi: 'Hạn trả lời phải sau ngày gửi kiến nghị ({raisedOn}) và không muộn hơn {max} ({maxDays} ngày).',
    en: 'The response deadline must be after the day the request is raised ({raisedOn}) and no later than {max} ({maxDays} days).',
  },
  support_agency_required: {
    status: 422,
    vi: 'Cần chọn cơ quan chức năng khi gửi kiến nghị tới cơ quan chức năng.',
    en: 'Choose the functional agency the request is routed to.',
  },
  support_agency_not_expected: {
    status: 422,
    vi: 'Kiến nghị gửi cơ quan giao nhiệm vụ không kèm cơ quan chức năng.',
    en: 'A request routed to the assigning body names no functional agency.',
  },
  support_agency_invalid: {
    status: 422,
    vi: 'Cơ quan chức năng được chọn không tồn tại, đã ngừng hoạt động, hoặc chính là đơn vị được giao nhiệm vụ.',
    en: 'The chosen functional agency does not exist, is closed, or is the assignee unit itself.',
  },
  support_assignment_not_in_execution: {
    status: 409,
    vi: 'Chỉ gửi được kiến nghị khi văn bản giao nhiệm vụ đã được cam kết hoặc đang thực hiện (hiện tại: "{state}").',
    en: 'Support requests can be raised only while the assignment is committed or in progress (now "{state}").',
  },
  support_task_cancelled: {
    status: 409,
    vi: 'Nhiệm vụ đã được hủy theo điều chỉnh; không thể gửi kiến nghị cho nhiệm vụ này.',
    en: 'The task was cancelled by an adjustment; no request can be raised on it.',
  },
  support_ledger_closed: {
    status: 409,
    vi: 'Chỉ ghi nhận việc hỗ trợ từ khi người đứng đầu cam kết đến trước khi kết quả được chốt (hiện tại: "{state}").',
    en: 'Support is recorded from the head’s commitment until the results are finalized (now "{state}").',
  },
  support_delivered_on_required: {
    status: 422,
    vi: 'Cần nhập ngày đã hỗ trợ.',
    en: 'Enter the date the support was given.',
  },
  support_delivered_on_not_allowed: {
    status: 422,
    vi: 'Hỗ trợ còn đang chờ thực hiện thì không có ngày đã hỗ trợ.',
    en: 'Support still owed has no delivery date.',
  },
  support_delivered_on_in_future: {
    status: 422,
    vi: 'Ngày đã hỗ trợ ({deliveredOn}) không được sau ngày hôm nay ({today}).',
    en: 'The delivery date ({deliveredOn}) cannot be after today ({today}).',
  },
  support_delivered_after_due: {
    status: 422,
    vi: 'Hỗ trợ được thực hiện sau hạn cam kết ({dueOn}): ghi nhận là "chậm" kèm ngày đã hỗ trợ.',
    en: 'The support was given after its due date ({dueOn}): record it as "late" with the delivery date.',
  },
  support_not_late: {
    status: 422,
    vi: 'Chưa thể ghi nhận "chậm": hạn cam kết là {dueOn}, hỗ trợ chưa quá hạn hoặc đã thực hiện đúng hạn.',
    en: 'This is not late: the support is due on {dueOn} and was given on time or is not yet overdue.',
  },
  support_no_due_date: {
    status: 422,
    vi: 'Cam kết hỗ trợ này chưa có hạn nên không thể ghi nhận "chậm".',
    en: 'This support commitment has no due date, so it cannot be late.',
  },
  support_provider_invalid: {
    status: 422,
    vi: 'Cơ quan chức năng được chọn không tồn tại hoặc đã ngừng hoạt động.',
    en: 'The chosen functional agency does not exist or is closed.',
  },
} as const satisfies Record<string, ErrorEntry>;
