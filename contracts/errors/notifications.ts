import type { ErrorEntry } from './entry.ts';

/** Error codes of notifications, reminders and urging notices. */
export const NOTIFICATION_ERRORS = {
  notification_not_found: {
    status: 404,
    vi: 'Không tìm thấy thông báo.',
    en: 'Notification not found.',
  },
  urging_notice_not_found: {
    status: 404,
    vi: 'Không tìm thấy văn bản đôn đốc.',
    en: 'Urging notice not found.',
  },
  urging_not_allowed_in_state: {
    status: 409,
    vi: 'Chỉ ban hành văn bản đôn đốc khi văn bản giao nhiệm vụ đã được cam kết hoặc đang thực hiện.',
    en: 'An urging notice can be issued only once the assignment is committed or in progress.',
  },
  urging_invalid_document_number: {
    status: 422,
    vi: 'Số văn bản "{value}" không đúng dạng (ví dụ 15-CV/HU hoặc 15/UBND-VP).',
    en: '"{value}" is not a document number (e.g. 15-CV/HU or 15/UBND-VP).',
  },
  urging_task_invalid: {
    status: 422,
    vi: 'Nhiệm vụ được đôn đốc phải thuộc văn bản giao nhiệm vụ này, không lặp lại và chưa bị hủy.',
    en: 'Each task urged must belong to this assignment, appear once and not be cancelled.',
  },
  urging_respond_by_invalid: {
    status: 422,
    vi: 'Hạn báo cáo phải từ ngày ban hành văn bản đôn đốc ({documentDate}) trở đi.',
    en: 'The reply deadline cannot be before the date of the notice ({documentDate}).',
  },
} as const satisfies Record<string, ErrorEntry>;
