import { formatMessage, type Locale } from '../errors.ts';

/**
 * Messages of the cycle interchange checks, by code, Vietnamese first. The path of the
 * offending value is given beside each message, so the messages do not repeat it.
 */
export const INTERCHANGE_MESSAGES: Record<string, { vi: string; en: string }> = {
  invalid_json: { vi: 'Tệp không phải JSON hợp lệ: {detail}', en: 'The file is not valid JSON: {detail}' },
  too_many_decimals: {
    vi: 'Chỉ được nhập tối đa 2 chữ số thập phân.',
    en: 'At most 2 decimals are allowed.',
  },
  duplicate_id: {
    vi: 'Mã "{value}" bị trùng (đã có ở {first}).',
    en: 'The id "{value}" is repeated (first at {first}).',
  },
  duplicate_code: {
    vi: 'Mã đơn vị "{value}" bị trùng (đã có ở {first}).',
    en: 'The unit code "{value}" is repeated (first at {first}).',
  },
  unknown_reference: {
    vi: 'Không tìm thấy "{value}" trong danh sách {target}.',
    en: '"{value}" is not found in {target}.',
  },
  ends_before_start: {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu ({start}).',
    en: 'Must end after it starts ({start}).',
  },
  parent_loop: {
    vi: 'Đơn vị "{value}" nằm trong chính nhánh cấp dưới của mình.',
    en: 'The unit "{value}" would be its own ancestor.',
  },
  term_overlap: {
    vi: 'Nhiệm kỳ trùng thời gian với {other} trên cùng chức vụ.',
    en: 'The term overlaps {other} on the same post.',
  },
  duplicate_assignment: {
    vi: 'Đơn vị và chức vụ này đã có văn bản giao nhiệm vụ khác trong kỳ.',
    en: 'This unit and post already have another assignment in the cycle.',
  },
  outside_cycle_owner: {
    vi: 'Đơn vị giao "{value}" không thuộc đơn vị chủ trì kỳ đánh giá "{owner}".',
    en: 'The assigning unit "{value}" is not under the cycle owner "{owner}".',
  },
  assignee_not_under_assigner: {
    vi: 'Đơn vị được giao "{value}" phải là cấp dưới của đơn vị giao.',
    en: 'The assignee unit "{value}" must lie under the assigning unit.',
  },
  post_not_head: {
    vi: 'Chức vụ "{value}" không phải chức vụ người đứng đầu.',
    en: 'The post "{value}" is not a head post.',
  },
  head_post_not_in_unit: {
    vi: 'Chức vụ "{value}" không thuộc đơn vị được giao.',
    en: 'The post "{value}" is not in the assignee unit.',
  },
  head_not_holding_post: {
    vi: 'Người "{value}" không giữ chức vụ này trong kỳ đánh giá.',
    en: '"{value}" does not hold this post during the cycle.',
  },
  required_when_issued: {
    vi: 'Bắt buộc khi văn bản đã ban hành.',
    en: 'Required once the assignment is issued.',
  },
  duplicate_position: { vi: 'Số thứ tự "{value}" bị trùng.', en: 'The position "{value}" is repeated.' },
  deadline_outside_cycle: {
    vi: 'Thời hạn phải nằm trong kỳ đánh giá ({start} – {end}).',
    en: 'The deadline must fall within the cycle ({start} – {end}).',
  },
  parent_task_same_assignment: {
    vi: 'Nhiệm vụ cấp trên phải thuộc văn bản giao khác.',
    en: 'The parent task must belong to another assignment.',
  },
  history_out_of_order: {
    vi: 'Lịch sử điều chỉnh phải theo thứ tự ngày phê duyệt.',
    en: 'Approved changes must be in order of approval.',
  },
  not_for_deliverable: {
    vi: 'Trường này chỉ dùng cho chỉ tiêu, không dùng cho nhiệm vụ có sản phẩm.',
    en: 'This field is for targets, not deliverables.',
  },
  not_for_target: {
    vi: 'Trường này chỉ dùng cho nhiệm vụ có sản phẩm, không dùng cho chỉ tiêu.',
    en: 'This field is for deliverables, not targets.',
  },
  history_mismatch: {
    vi: 'Giá trị cũ phải bằng giá trị mới của lần điều chỉnh trước ({expected}).',
    en: 'The earlier value must equal the previous change’s new value ({expected}).',
  },
  history_not_in_force: {
    vi: 'Giá trị mới của lần điều chỉnh cuối phải bằng giá trị đang áp dụng của "{field}" ({value}).',
    en: 'The last change must end at the value in force of "{field}" ({value}).',
  },
  weights_must_sum_to_results_part: {
    vi: 'Tổng trọng số các nhiệm vụ (trừ nhiệm vụ đã hủy) là {actual}, phải bằng {expected} điểm.',
    en: 'Task weights (cancelled tasks excluded) add up to {actual}; they must add up to {expected} points.',
  },
  weights_must_sum_on: {
    vi: 'Tại thời điểm {date}, tổng trọng số đang áp dụng là {actual}, phải bằng {expected} điểm (mỗi lần điều chỉnh phải cân đối lại trọng số).',
    en: 'On {date} the weights in force add up to {actual}; they must add up to {expected} points (each approval re-balances them).',
  },
  assignment_is_draft: {
    vi: 'Văn bản "{value}" còn là dự thảo, chưa thể có dữ liệu thực hiện hay chấm điểm.',
    en: 'The assignment "{value}" is a draft: it cannot have execution records or scores.',
  },
  duplicate_result: { vi: 'Kết quả của "{value}" bị trùng.', en: 'The result for "{value}" is repeated.' },
  result_computed_here: {
    vi: 'Đơn vị "{value}" có văn bản giao trong tệp: kết quả được tính từ tệp, không nhập riêng.',
    en: 'The unit "{value}" has an assignment in this file: its result is computed here, not given.',
  },
  same_cycle: {
    vi: 'Kết quả kỳ trước không được thuộc chính kỳ này.',
    en: 'A previous result cannot belong to this cycle.',
  },
  already_corrected: {
    vi: 'Báo cáo "{value}" đã được đính chính ở {first}.',
    en: 'The check-in "{value}" was already corrected at {first}.',
  },
  correction_before_entry: {
    vi: 'Bản đính chính phải đứng sau báo cáo "{value}" mà nó thay thế.',
    en: 'A correction must come after the check-in "{value}" it replaces.',
  },
  correction_other_task: {
    vi: 'Bản đính chính phải cùng nhiệm vụ với báo cáo "{value}".',
    en: 'A correction must be on the same task as "{value}".',
  },
  quarter_required: {
    vi: 'Thẩm định hằng quý phải ghi quý.',
    en: 'A quarterly appraisal needs its quarter.',
  },
  quarter_not_allowed: {
    vi: 'Thẩm định đột xuất không ghi quý.',
    en: 'An ad hoc appraisal has no quarter.',
  },
  duplicate_task: { vi: 'Nhiệm vụ "{value}" bị trùng.', en: 'The task "{value}" is repeated.' },
  task_not_in_assignment: {
    vi: 'Nhiệm vụ "{value}" không thuộc văn bản "{assignmentId}".',
    en: 'The task "{value}" does not belong to the assignment "{assignmentId}".',
  },
  fraction_out_of_range: { vi: 'Tỷ lệ phải từ 0 đến 1.', en: 'The fraction must be between 0 and 1.' },
  accepted_fraction_not_one: {
    vi: 'Sản phẩm đã nghiệm thu thì tỷ lệ phải bằng 1.',
    en: 'An accepted product has a fraction of 1.',
  },
  exceeded_requires_acceptance: {
    vi: 'Chỉ ghi vượt mức khi sản phẩm đã được nghiệm thu.',
    en: 'Exceeded needs the product to be accepted.',
  },
  check_in_requires_acceptance: {
    vi: 'Chỉ ghi báo cáo nộp sản phẩm khi sản phẩm được nghiệm thu.',
    en: 'The product’s check-in is named only when the product is accepted.',
  },
  not_a_product_check_in: {
    vi: 'Báo cáo "{value}" không phải báo cáo nộp sản phẩm của nhiệm vụ này.',
    en: 'The check-in "{value}" does not submit this task’s product.',
  },
  check_in_after_appraisal: {
    vi: 'Báo cáo nộp sản phẩm ({reportedOn}) không được sau ngày thẩm định.',
    en: 'The product’s check-in ({reportedOn}) cannot come after the appraisal.',
  },
  duplicate_council: {
    vi: 'Đơn vị giao này đã có hội đồng khác trong kỳ.',
    en: 'This assigning unit already has a council in the cycle.',
  },
  duplicate_member: { vi: 'Thành viên "{value}" bị trùng.', en: 'The member "{value}" is repeated.' },
  one_chair_required: {
    vi: 'Hội đồng phải có đúng một chủ tịch (đang có {count}).',
    en: 'A council has exactly one chair (found {count}).',
  },
  duplicate_sheet: {
    vi: 'Phiếu chấm của thành viên này cho văn bản này bị trùng.',
    en: 'This member’s sheet for this assignment is repeated.',
  },
  not_a_member: {
    vi: '"{value}" không phải thành viên hội đồng "{councilId}".',
    en: '"{value}" is not a member of the council "{councilId}".',
  },
  council_not_for_cohort: {
    vi: 'Hội đồng "{councilId}" không chấm các văn bản của đơn vị giao này.',
    en: 'The council "{councilId}" does not score this assigning unit’s assignments.',
  },
  member_recused: {
    vi: 'Thành viên "{member}" không chấm "{assignmentId}" (là người được đánh giá hoặc thuộc đơn vị của họ): phiếu này không được tính.',
    en: 'Member "{member}" is recused from "{assignmentId}" (the head, or in the head’s unit): the sheet is left out.',
  },
  score_above_weight: {
    vi: 'Điểm {value} vượt trọng số {max} của nhiệm vụ.',
    en: 'The score {value} is above the task weight {max}.',
  },
  bonus_above_cap: {
    vi: 'Điểm thưởng {value} vượt mức tối đa {max} cho một nhiệm vụ.',
    en: 'The bonus {value} is above the {max} allowed per task.',
  },
  duplicate_criterion: { vi: 'Tiêu chí "{value}" bị trùng.', en: 'The criterion "{value}" is repeated.' },
  unknown_criterion: {
    vi: 'Tiêu chí "{value}" không có trong chính sách chấm điểm.',
    en: 'The criterion "{value}" is not in the scoring policy.',
  },
  criterion_score_above_max: {
    vi: 'Điểm {value} vượt mức tối đa {max} của tiêu chí.',
    en: 'The score {value} is above the criterion maximum {max}.',
  },
  policy_required: { vi: 'Bắt buộc.', en: 'Required.' },
  policy_parts_must_sum_to_100: {
    vi: 'Phần kết quả ({resultsPart}) cộng phần tiêu chí chung ({generalPart}) phải bằng 100 điểm.',
    en: 'The results part ({resultsPart}) plus the general part ({generalPart}) must be 100 points.',
  },
  policy_must_be_below: { vi: 'Phải nhỏ hơn {other}.', en: 'Must be below {other}.' },
  policy_duplicate: { vi: 'Mã tiêu chí "{key}" bị trùng.', en: 'The criterion key "{key}" is repeated.' },
};

const FALLBACK = { vi: 'Giá trị không hợp lệ ({code}).', en: 'Invalid value ({code}).' };

/** The message of an interchange check in the given locale. */
export function interchangeMessage(code: string, params: Record<string, unknown>, locale: Locale): string {
  const entry = INTERCHANGE_MESSAGES[code] ?? FALLBACK;
  return formatMessage(entry[locale], { code, ...params });
}
