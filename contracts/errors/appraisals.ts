import type { ErrorEntry } from './entry.ts';

/** Error codes of appraisals and of the execution reads (status, task page, dashboards). `{number}` is the task's number in the assignment. */
export const APPRAISAL_ERRORS = {
  appraisal_not_found: {
    status: 404,
    vi: 'Không tìm thấy biên bản kiểm tra, thẩm định.',
    en: 'Appraisal not found.',
  },
  assignment_not_issued: {
    status: 409,
    vi: 'Văn bản giao nhiệm vụ chưa ban hành nên các nhiệm vụ chưa có trạng thái thực hiện.',
    en: 'The assignment has not been issued, so its tasks have no execution status yet.',
  },
  appraisal_state_invalid: {
    status: 409,
    vi: 'Chỉ kiểm tra, thẩm định văn bản giao nhiệm vụ đã cam kết, đang thực hiện hoặc đã tự đánh giá (trạng thái hiện tại: "{state}").',
    en: 'Only committed, in-progress or self-assessed assignments can be appraised (current state: "{state}").',
  },
  appraisal_quarter_required: {
    status: 422,
    vi: 'Kiểm tra, thẩm định định kỳ cần ghi rõ quý (1-4).',
    en: 'A quarterly appraisal needs its quarter (1-4).',
  },
  appraisal_quarter_not_allowed: {
    status: 422,
    vi: 'Kiểm tra, thẩm định đột xuất không ghi quý.',
    en: 'An ad hoc appraisal has no quarter.',
  },
  appraisal_quarter_not_started: {
    status: 422,
    vi: 'Quý {quarter} bắt đầu từ ngày {quarterStart}, sau ngày thẩm định.',
    en: 'Quarter {quarter} starts on {quarterStart}, after the appraisal date.',
  },
  appraisal_date_in_future: {
    status: 422,
    vi: 'Ngày thẩm định không được sau ngày hôm nay ({today}).',
    en: 'The appraisal date cannot be after today ({today}).',
  },
  appraisal_date_before_issue: {
    status: 422,
    vi: 'Ngày thẩm định không được trước ngày ban hành văn bản giao nhiệm vụ ({issuedOn}).',
    en: 'The appraisal date cannot be before the assignment was issued ({issuedOn}).',
  },
  appraisal_date_after_window: {
    status: 422,
    vi: 'Ngày thẩm định chậm nhất là {lastDay} (60 ngày sau khi kết thúc kỳ đánh giá).',
    en: 'The appraisal date must be on or before {lastDay} (60 days after the cycle ends).',
  },
  appraisal_task_unknown: {
    status: 422,
    vi: 'Nhiệm vụ được thẩm định không thuộc văn bản giao nhiệm vụ này.',
    en: 'The appraised task does not belong to this assignment.',
  },
  appraisal_task_repeated: {
    status: 422,
    vi: 'Nhiệm vụ số {number} được thẩm định nhiều lần trong cùng một biên bản.',
    en: 'Task {number} appears more than once in the appraisal.',
  },
  appraisal_task_cancelled: {
    status: 422,
    vi: 'Nhiệm vụ số {number} đã được hủy bỏ theo điều chỉnh, không thẩm định.',
    en: 'Task {number} was cancelled by an adjustment and cannot be appraised.',
  },
  appraisal_value_for_targets_only: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: giá trị xác minh chỉ ghi cho chỉ tiêu định lượng.',
    en: 'Task {number}: a verified value applies to targets only.',
  },
  appraisal_deliverable_field_only: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: tỷ lệ hoàn thành sản phẩm, kết luận về sản phẩm và mức vượt chỉ ghi cho nhiệm vụ có sản phẩm.',
    en: 'Task {number}: the verified share, product decision and exceeded mark apply to deliverables only.',
  },
  appraisal_reason_required: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: cần nêu lý do khi trả lại hoặc không chấp nhận sản phẩm.',
    en: 'Task {number}: returning or rejecting a product needs a reason.',
  },
  appraisal_accepted_not_whole: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: sản phẩm được nghiệm thu là sản phẩm hoàn chỉnh, tỷ lệ phải bằng 1 (100%).',
    en: 'Task {number}: an accepted product is the whole product; its share must be 1 (100%).',
  },
  appraisal_whole_needs_acceptance: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: tỷ lệ 1 (100%) chỉ ghi khi sản phẩm được nghiệm thu (chấp nhận).',
    en: 'Task {number}: a share of 1 (100%) is recorded only when the product is accepted.',
  },
  appraisal_check_in_not_accepted: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: chỉ ghi báo cáo mang sản phẩm khi sản phẩm được nghiệm thu.',
    en: 'Task {number}: the check-in carrying the product is named only when the product is accepted.',
  },
  appraisal_check_in_invalid: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: báo cáo mang sản phẩm phải là báo cáo còn hiệu lực của chính nhiệm vụ này, lập không muộn hơn ngày thẩm định.',
    en: 'Task {number}: the check-in carrying the product must be one in force of this task, dated on or before the appraisal.',
  },
  appraisal_exceeded_needs_acceptance: {
    status: 422,
    vi: 'Nhiệm vụ số {number}: chỉ đánh dấu vượt yêu cầu khi sản phẩm được nghiệm thu.',
    en: 'Task {number}: a product can be marked exceeded only when it is accepted.',
  },
} as const satisfies Record<string, ErrorEntry>;
