import type { ErrorEntry } from './entry.ts';

/** Error codes of check-ins and evidence. */
export const CHECK_IN_ERRORS = {
  check_in_form_invalid: {
    status: 400,
    vi: 'Biểu mẫu báo cáo không hợp lệ: phần "{field}" thiếu hoặc sai (cần phần "data" là JSON và các phần "files" là tệp).',
    en: 'The check-in form is not valid: part "{field}" is missing or wrong (expected a JSON "data" part and "files" file parts).',
  },
  check_in_too_many_files: {
    status: 400,
    vi: 'Mỗi lần báo cáo đính kèm tối đa {max} tệp.',
    en: 'A check-in may carry at most {max} files.',
  },
  check_in_file_name_invalid: {
    status: 400,
    vi: 'Tên tệp "{name}" không hợp lệ (không được chứa đường dẫn, ký tự điều khiển, và phải có phần mở rộng; tối đa {max} ký tự).',
    en: 'The file name "{name}" is not valid (no paths or control characters, an extension required; at most {max} characters).',
  },
  check_in_file_empty: {
    status: 400,
    vi: 'Tệp "{name}" không có nội dung.',
    en: 'The file "{name}" is empty.',
  },
  check_in_file_too_large: {
    status: 413,
    vi: 'Tệp "{name}" vượt quá dung lượng cho phép ({maxMb} MB).',
    en: 'The file "{name}" is larger than the {maxMb} MB allowed.',
  },
  check_in_file_type_refused: {
    status: 415,
    vi: 'Tệp "{name}" không thuộc loại được chấp nhận (PDF, Word, Excel, ảnh PNG, JPEG, WebP, GIF).',
    en: 'The file "{name}" is not an accepted type (PDF, Word, Excel, PNG, JPEG, WebP or GIF image).',
  },
  check_in_file_type_mismatch: {
    status: 415,
    vi: 'Nội dung tệp "{name}" là {detected}, không khớp với phần mở rộng ".{extension}".',
    en: 'The content of "{name}" is {detected}, which does not match its ".{extension}" extension.',
  },
  check_in_not_reporter: {
    status: 403,
    vi: 'Chỉ người đứng đầu đơn vị được giao hoặc người được ủy quyền mới được báo cáo tiến độ.',
    en: "Only the assignee unit's head or their delegate may report progress.",
  },
  check_in_task_cancelled: {
    status: 422,
    vi: 'Nhiệm vụ đã bị hủy (ngày {cancelledOn}); không thể báo cáo tiến độ.',
    en: 'The task was cancelled on {cancelledOn}; progress cannot be reported.',
  },
  check_in_assignment_state: {
    status: 422,
    vi: 'Chỉ báo cáo tiến độ khi văn bản giao nhiệm vụ đã được cam kết hoặc đang thực hiện (hiện tại: "{state}").',
    en: 'Progress is reported only on a committed or in-progress assignment (now "{state}").',
  },
  check_in_date_in_future: {
    status: 422,
    vi: 'Ngày báo cáo {reportedOn} sau ngày hôm nay ({today}).',
    en: 'The report date {reportedOn} is after today ({today}).',
  },
  check_in_date_before_issue: {
    status: 422,
    vi: 'Ngày báo cáo {reportedOn} trước ngày ban hành văn bản giao nhiệm vụ ({issuedOn}).',
    en: 'The report date {reportedOn} is before the assignment was issued ({issuedOn}).',
  },
  check_in_date_after_cycle: {
    status: 422,
    vi: 'Ngày báo cáo {reportedOn} sau ngày kết thúc kỳ đánh giá ({cycleEnd}).',
    en: 'The report date {reportedOn} is after the cycle ends ({cycleEnd}).',
  },
  check_in_value_required: {
    status: 422,
    vi: 'Chỉ tiêu cần báo cáo giá trị hiện tại (trường "value").',
    en: 'A target needs its current value ("value").',
  },
  check_in_percent_required: {
    status: 422,
    vi: 'Nhiệm vụ có sản phẩm cần báo cáo tỷ lệ hoàn thành 0-100 (trường "percent").',
    en: 'A deliverable needs its percent done, 0-100 ("percent").',
  },
  check_in_field_not_for_kind: {
    status: 422,
    vi: 'Trường "{field}" không dùng cho loại nhiệm vụ này.',
    en: 'The field "{field}" does not apply to this kind of task.',
  },
  check_in_product_needs_evidence: {
    status: 422,
    vi: 'Khi nộp sản phẩm cần kèm ít nhất một minh chứng (tệp, đường dẫn hoặc văn bản).',
    en: 'Submitting the product needs at least one piece of evidence (a file, a link or a document).',
  },
  check_in_document_after_report: {
    status: 422,
    vi: 'Văn bản số {number} đề ngày {date}, sau ngày báo cáo {reportedOn}.',
    en: 'Document {number} is dated {date}, after the report date {reportedOn}.',
  },
  check_in_correction_other_task: {
    status: 422,
    vi: 'Báo cáo cần đính chính không thuộc nhiệm vụ này.',
    en: 'The check-in to correct does not belong to this task.',
  },
  check_in_already_corrected: {
    status: 409,
    vi: 'Báo cáo này đã được đính chính; hãy đính chính bản mới nhất.',
    en: 'This check-in was already corrected; correct the latest entry instead.',
  },
} as const satisfies Record<string, ErrorEntry>;
