import type { ErrorEntry } from './entry.ts';

/** Error codes of self-assessment, council forming and council scoring. */
export const EVALUATION_ERRORS = {
  self_assessment_not_open: {
    status: 409,
    vi: 'Chưa thể lập báo cáo tự đánh giá khi văn bản giao nhiệm vụ đang ở trạng thái "{state}".',
    en: 'The self-assessment is not available while the assignment is "{state}".',
  },
  self_assessment_locked: {
    status: 409,
    vi: 'Báo cáo tự đánh giá đã nộp ngày {submittedOn}, không thể sửa.',
    en: 'The self-assessment was submitted on {submittedOn} and can no longer be edited.',
  },
  self_assessment_already_submitted: {
    status: 409,
    vi: 'Báo cáo tự đánh giá đã nộp ngày {submittedOn}; không nộp lại lần thứ hai.',
    en: 'The self-assessment was already submitted on {submittedOn}; it cannot be submitted twice.',
  },
  self_assessment_missing: {
    status: 422,
    vi: 'Chưa có bản nháp báo cáo tự đánh giá để nộp.',
    en: 'There is no self-assessment draft to submit.',
  },
  self_assessment_head_only: {
    status: 403,
    vi: 'Chỉ người đứng đầu mới được nộp báo cáo tự đánh giá; người được ủy quyền chỉ soạn thảo.',
    en: 'Only the head submits the self-assessment; a delegate may only draft it.',
  },
  self_assessment_incomplete: {
    status: 422,
    vi: 'Báo cáo tự đánh giá chưa đầy đủ: còn {count} mục chưa tự chấm điểm.',
    en: 'The self-assessment is incomplete: {count} items have no self-score.',
  },
  self_assessment_too_early: {
    status: 422,
    vi: 'Báo cáo tự đánh giá chỉ được nộp từ ngày {from}.',
    en: 'The self-assessment can be submitted from {from} only.',
  },
  score_negative: {
    status: 422,
    vi: 'Điểm nhiệm vụ {task} không được âm.',
    en: 'The score of task {task} cannot be negative.',
  },
  score_above_weight: {
    status: 422,
    vi: 'Điểm nhiệm vụ {task} vượt trọng số (tối đa {max}).',
    en: 'The score of task {task} exceeds its weight (at most {max}).',
  },
  score_too_many_decimals: {
    status: 422,
    vi: 'Điểm nhiệm vụ {task} chỉ được có tối đa 2 chữ số thập phân.',
    en: 'The score of task {task} may have at most 2 decimals.',
  },
  bonus_negative: {
    status: 422,
    vi: 'Điểm thưởng nhiệm vụ {task} không được âm.',
    en: 'The bonus of task {task} cannot be negative.',
  },
  bonus_above_limit: {
    status: 422,
    vi: 'Điểm thưởng nhiệm vụ {task} vượt mức cho phép (tối đa {max}).',
    en: 'The bonus of task {task} exceeds the limit (at most {max}).',
  },
  bonus_too_many_decimals: {
    status: 422,
    vi: 'Điểm thưởng nhiệm vụ {task} chỉ được có tối đa 2 chữ số thập phân.',
    en: 'The bonus of task {task} may have at most 2 decimals.',
  },
  criterion_score_negative: {
    status: 422,
    vi: 'Điểm tiêu chí "{criterion}" không được âm.',
    en: 'The score of criterion "{criterion}" cannot be negative.',
  },
  criterion_score_above_max: {
    status: 422,
    vi: 'Điểm tiêu chí "{criterion}" vượt mức tối đa ({max}).',
    en: 'The score of criterion "{criterion}" exceeds its maximum ({max}).',
  },
  criterion_score_too_many_decimals: {
    status: 422,
    vi: 'Điểm tiêu chí "{criterion}" chỉ được có tối đa 2 chữ số thập phân.',
    en: 'The score of criterion "{criterion}" may have at most 2 decimals.',
  },
  score_unknown_task: {
    status: 422,
    vi: 'Nhiệm vụ {taskId} không thuộc văn bản giao nhiệm vụ này.',
    en: 'Task {taskId} does not belong to this assignment.',
  },
  score_task_cancelled: {
    status: 422,
    vi: 'Nhiệm vụ {task} đã được hủy theo điều chỉnh, không chấm điểm.',
    en: 'Task {task} was cancelled by an adjustment and is not scored.',
  },
  score_duplicate_task: {
    status: 422,
    vi: 'Nhiệm vụ {task} được chấm nhiều lần trong cùng một phiếu.',
    en: 'Task {task} appears more than once on the sheet.',
  },
  score_unknown_criterion: {
    status: 422,
    vi: 'Tiêu chí "{key}" không có trong quy định chấm điểm của kỳ.',
    en: 'Criterion "{key}" is not in the cycle\'s scoring policy.',
  },
  score_duplicate_criterion: {
    status: 422,
    vi: 'Tiêu chí "{criterion}" được chấm nhiều lần trong cùng một phiếu.',
    en: 'Criterion "{criterion}" appears more than once on the sheet.',
  },
  score_sheet_incomplete: {
    status: 422,
    vi: 'Phiếu chấm chưa đầy đủ: còn {count} mục chưa chấm nên chưa thể hoàn thành.',
    en: 'The sheet is incomplete: {count} items are unscored, so it cannot be finished.',
  },
  council_not_found: { status: 404, vi: 'Không tìm thấy hội đồng tư vấn.', en: 'Council not found.' },
  council_exists: {
    status: 409,
    vi: 'Cơ quan này đã thành lập hội đồng tư vấn cho kỳ đánh giá.',
    en: 'This assigning unit already has a council for the cycle.',
  },
  council_size: {
    status: 422,
    vi: 'Hội đồng cần từ {min} đến {max} thành viên (hiện có {count}).',
    en: 'A council needs {min} to {max} members (it has {count}).',
  },
  council_chair_count: {
    status: 422,
    vi: 'Hội đồng phải có đúng một chủ tịch (hiện có {count}).',
    en: 'A council needs exactly one chair (it has {count}).',
  },
  council_member_duplicate: {
    status: 422,
    vi: 'Thành viên thứ {position} trùng với một thành viên khác của hội đồng.',
    en: 'Member {position} is listed twice.',
  },
  council_account_duplicate: {
    status: 422,
    vi: 'Tài khoản chấm điểm của thành viên thứ {position} đã được dùng cho thành viên khác.',
    en: "Member {position}'s scoring account is already used by another member.",
  },
  council_member_unknown: {
    status: 422,
    vi: 'Không tìm thấy cán bộ của thành viên thứ {position}.',
    en: 'The person of member {position} does not exist.',
  },
  council_account_unknown: {
    status: 422,
    vi: 'Tài khoản chấm điểm của thành viên thứ {position} không tồn tại hoặc đã bị khóa.',
    en: "Member {position}'s scoring account does not exist or is disabled.",
  },
  council_account_mismatch: {
    status: 422,
    vi: 'Tài khoản chấm điểm của thành viên thứ {position} thuộc về một cán bộ khác.',
    en: "Member {position}'s scoring account belongs to another person.",
  },
  council_window_invalid: {
    status: 422,
    vi: 'Ngày kết thúc chấm điểm ({closesOn}) phải sau hoặc bằng ngày bắt đầu ({opensOn}).',
    en: 'Scoring must close ({closesOn}) on or after the day it opens ({opensOn}).',
  },
  council_window_before_cycle: {
    status: 422,
    vi: 'Ngày bắt đầu chấm điểm phải từ ngày bắt đầu kỳ đánh giá ({startsOn}) trở đi.',
    en: 'Scoring cannot open before the cycle starts ({startsOn}).',
  },
  council_closes_on_past: {
    status: 422,
    vi: 'Ngày kết thúc chấm điểm không được trước hôm nay ({today}).',
    en: 'Scoring cannot be set to close before today ({today}).',
  },
  council_members_locked: {
    status: 409,
    vi: 'Không thể thay đổi thành viên hội đồng khi thời hạn chấm điểm đã mở (từ {opensOn}).',
    en: 'Members cannot change once scoring has opened ({opensOn}).',
  },
  council_opens_on_locked: {
    status: 409,
    vi: 'Không thể đổi ngày bắt đầu chấm điểm khi thời hạn chấm đã mở ({opensOn}).',
    en: 'The opening day cannot change once scoring has opened ({opensOn}).',
  },
  council_closed: {
    status: 409,
    vi: 'Hội đồng đã kết thúc chấm điểm; không thể thay đổi.',
    en: 'The council has finished scoring; it cannot change.',
  },
  council_not_member: {
    status: 403,
    vi: 'Đồng chí không phải thành viên hội đồng này (hoặc chưa được gắn tài khoản chấm điểm).',
    en: 'You are not a member of this council (or not its scoring account).',
  },
  council_member_recused_head: {
    status: 403,
    vi: 'Đồng chí là người được đánh giá ({head}) nên không chấm phiếu này.',
    en: 'You are the head being evaluated ({head}) and cannot score this sheet.',
  },
  council_member_recused_unit: {
    status: 403,
    vi: 'Đồng chí thuộc đơn vị được đánh giá ({unit}) nên không chấm điểm đồng chí {head}.',
    en: 'You belong to the unit evaluated ({unit}) and cannot score {head}.',
  },
  scoring_window_not_open: {
    status: 422,
    vi: 'Chưa đến thời hạn chấm điểm (từ {opensOn} đến {closesOn}).',
    en: 'Scoring has not opened yet ({opensOn} to {closesOn}).',
  },
  scoring_window_closed: {
    status: 422,
    vi: 'Đã hết thời hạn chấm điểm (từ {opensOn} đến {closesOn}).',
    en: 'Scoring is closed ({opensOn} to {closesOn}).',
  },
  council_scores_sealed: {
    status: 409,
    vi: 'Điểm của các thành viên chỉ được công bố khi kết thúc thời hạn chấm điểm ({closesOn}).',
    en: "Members' scores are disclosed only once scoring closes ({closesOn}).",
  },
} as const satisfies Record<string, ErrorEntry>;
