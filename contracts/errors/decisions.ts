import type { ErrorEntry } from './entry.ts';

/** Error codes of evaluation results, finalization, appeals and personnel recommendations. */
export const DECISION_ERRORS = {
  result_not_found: {
    status: 404,
    vi: 'Không tìm thấy kết quả đánh giá.',
    en: 'Evaluation result not found.',
  },
  appeal_not_found: { status: 404, vi: 'Không tìm thấy khiếu nại.', en: 'Appeal not found.' },
  recommendation_not_found: {
    status: 404,
    vi: 'Không tìm thấy đề xuất về công tác cán bộ.',
    en: 'Personnel recommendation not found.',
  },
  council_member_not_found: {
    status: 404,
    vi: 'Không tìm thấy thành viên hội đồng.',
    en: 'Council member not found.',
  },
  council_window_open: {
    status: 422,
    vi: 'Hội đồng còn đang chấm điểm (đến hết ngày {closesOn}); chỉ tổng hợp và phê duyệt kết quả sau khi kết thúc chấm điểm.',
    en: 'The council is still scoring (until {closesOn}); results are computed and finalized once scoring has closed.',
  },
  council_finalized: {
    status: 409,
    vi: 'Kết quả đánh giá của hội đồng đã được phê duyệt ngày {finalizedOn}; không thể thay đổi.',
    en: 'The council’s results were finalized on {finalizedOn}; they can no longer change.',
  },
  council_not_finalized: {
    status: 409,
    vi: 'Kết quả đánh giá của hội đồng chưa được phê duyệt.',
    en: 'The council’s results have not been finalized yet.',
  },
  results_not_evaluated: {
    status: 409,
    vi: 'Chưa tổng hợp kết quả đánh giá của hội đồng này.',
    en: 'The results of this council have not been computed yet.',
  },
  cohort_empty: {
    status: 422,
    vi: 'Cơ quan này chưa giao nhiệm vụ cho người đứng đầu nào trong kỳ đánh giá.',
    en: 'This body has assigned no head in this cycle.',
  },
  head_not_found: {
    status: 422,
    vi: 'Không xác định được người giữ chức vụ người đứng đầu {unitName} vào ngày {date}.',
    en: 'Nobody is recorded as holding the head post of {unitName} on {date}.',
  },
  duplicate_head_in_cohort: {
    status: 422,
    vi: 'Một cán bộ đứng đầu hai đơn vị trong cùng nhóm đánh giá ({names}); cần đánh giá riêng từng chức vụ.',
    en: 'One person heads two units of the same cohort ({names}); each post needs its own evaluation.',
  },
  scoring_incomplete: {
    status: 422,
    vi: 'Chưa thể phê duyệt: còn {count} nội dung chưa được thành viên hội đồng nào chấm ({items}).',
    en: 'Cannot finalize yet: {count} items have no member’s score ({items}).',
  },
  self_assessment_missing: {
    status: 422,
    vi: 'Chưa thể phê duyệt: người đứng đầu {items} chưa gửi báo cáo tự đánh giá.',
    en: 'Cannot finalize yet: the head of {items} has not submitted a self-assessment.',
  },
  decisions_incomplete: {
    status: 422,
    vi: 'Cần quyết định mức xếp loại cho đúng từng người đứng đầu trong nhóm đánh giá ({count} điểm chưa đúng).',
    en: 'Give exactly one decided level for each head of the cohort ({count} problems).',
  },
  decision_reason_required: {
    status: 422,
    vi: 'Mức xếp loại quyết định khác mức đề xuất cần nêu lý do bằng văn bản ({count} trường hợp).',
    en: 'A decided level that differs from the proposed one needs a written reason ({count} cases).',
  },
  results_locked: {
    status: 409,
    vi: 'Kết quả đánh giá đã được phê duyệt; không thể ghi nhận thêm.',
    en: 'The results are finalized; nothing more can be recorded.',
  },
  result_not_finalized: {
    status: 409,
    vi: 'Kết quả này chưa được phê duyệt nên chưa thể khiếu nại.',
    en: 'This result is not finalized yet, so it cannot be appealed.',
  },
  appeal_not_allowed: {
    status: 403,
    vi: 'Chỉ chính người được đánh giá mới được khiếu nại kết quả của mình (người được ủy quyền không được khiếu nại).',
    en: 'Only the person evaluated may appeal their own result (a delegate may not).',
  },
  appeal_window_closed: {
    status: 422,
    vi: 'Đã hết thời hạn khiếu nại (đến hết ngày {appealUntil}).',
    en: 'The appeal period ended on {appealUntil}.',
  },
  appeal_exists: {
    status: 409,
    vi: 'Kết quả này đã có khiếu nại gửi ngày {filedOn}.',
    en: 'This result was already appealed on {filedOn}.',
  },
  appeal_already_answered: {
    status: 409,
    vi: 'Khiếu nại này đã được trả lời ngày {answeredOn}.',
    en: 'This appeal was already answered on {answeredOn}.',
  },
  recommendation_already_decided: {
    status: 409,
    vi: 'Đề xuất này đã được xử lý ({state}).',
    en: 'This recommendation was already dealt with ({state}).',
  },
  quarter_not_available: {
    status: 422,
    vi: 'Không thể đánh giá quý {quarter}: kỳ đánh giá không có quý này hoặc quý chưa bắt đầu.',
    en: 'Quarter {quarter} cannot be evaluated: the cycle has no such quarter, or it has not started.',
  },
  quarter_without_tasks: {
    status: 422,
    vi: 'Không có chỉ tiêu, nhiệm vụ nào đến hạn trong quý {quarter}.',
    en: 'No task falls due in quarter {quarter}.',
  },
} as const satisfies Record<string, ErrorEntry>;
