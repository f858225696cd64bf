import type { Locale } from './errors.ts';
import { formatMessage } from './errors.ts';

/** A business-rule problem as the domain reports it (issuing rules, adjustments, imports). */
export type Problem = { taskIndex?: number; field: string; code: string; params: Record<string, unknown> };

const FIELDS: Record<string, { vi: string; en: string }> = {
  documentNumber: { vi: 'Số văn bản', en: 'Document number' },
  documentDate: { vi: 'Ngày ban hành', en: 'Document date' },
  signer: { vi: 'Người ký', en: 'Signer' },
  headPostId: { vi: 'Người đứng đầu', en: 'Head' },
  tasks: { vi: 'Danh mục nhiệm vụ', en: 'Tasks' },
  kind: { vi: 'Loại', en: 'Kind' },
  title: { vi: 'Nội dung', en: 'Title' },
  weight: { vi: 'Trọng số', en: 'Weight' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  leadUnitId: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  coordinatingUnitIds: { vi: 'Đơn vị phối hợp', en: 'Coordinating units' },
  tags: { vi: 'Nhãn', en: 'Tags' },
  metric: { vi: 'Chỉ số', en: 'Metric' },
  unitOfMeasure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  baseline: { vi: 'Giá trị gốc', en: 'Baseline' },
  targetValue: { vi: 'Giá trị mục tiêu', en: 'Target value' },
  direction: { vi: 'Chiều đánh giá', en: 'Direction' },
  rollup: { vi: 'Cách cộng dồn', en: 'Roll-up' },
  expectedProduct: { vi: 'Sản phẩm', en: 'Expected product' },
  acceptanceCriteria: { vi: 'Tiêu chí nghiệm thu', en: 'Acceptance criteria' },
  supportCommitments: { vi: 'Hỗ trợ cam kết', en: 'Support commitments' },
  reason: { vi: 'Lý do', en: 'Reason' },
  rebalance: { vi: 'Phân bổ lại trọng số', en: 'Weight re-balance' },
  'change.taskId': { vi: 'Nhiệm vụ', en: 'Task' },
  'change.targetValue': { vi: 'Giá trị mục tiêu mới', en: 'New target value' },
  'change.deadline': { vi: 'Thời hạn mới', en: 'New deadline' },
  'change.weight': { vi: 'Trọng số mới', en: 'New weight' },
};

const MESSAGES: Record<string, { vi: string; en: string }> = {
  required: { vi: 'chưa nhập.', en: 'is required.' },
  invalid_date: { vi: 'ngày không hợp lệ.', en: 'is not a valid date.' },
  invalid_number: { vi: 'phải là số.', en: 'must be a number.' },
  not_one_of: {
    vi: 'giá trị "{value}" không thuộc danh mục cho phép.',
    en: '"{value}" is not an allowed value.',
  },
  weight_not_positive_integer: {
    vi: 'phải lớn hơn 0, tối đa 2 chữ số thập phân.',
    en: 'must be above 0 with at most 2 decimals.',
  },
  lead_unit_also_coordinating: {
    vi: 'đơn vị chủ trì không đồng thời là đơn vị phối hợp.',
    en: 'the lead unit cannot also coordinate.',
  },
  deadline_outside_cycle: {
    vi: 'phải nằm trong kỳ đánh giá ({cycleStart} – {cycleEnd}).',
    en: 'must fall within the cycle ({cycleStart} – {cycleEnd}).',
  },
  deadline_before_document_date: {
    vi: 'không được trước ngày ban hành văn bản.',
    en: 'cannot be before the document date.',
  },
  duplicate_tag: { vi: 'nhãn "{value}" bị lặp.', en: 'tag "{value}" is repeated.' },
  no_tasks: { vi: 'chưa có chỉ tiêu, nhiệm vụ nào.', en: 'has no task yet.' },
  invalid_document_number: {
    vi: '"{value}" không đúng dạng (ví dụ 12-QĐ/HU).',
    en: '"{value}" is not a document number (e.g. 12-QĐ/HU).',
  },
  weights_sum_mismatch: {
    vi: 'tổng trọng số là {sumPoints} điểm, phải bằng {expectedPoints} điểm (chênh {differencePoints}).',
    en: 'weights add up to {sumPoints} points; they must add up to {expectedPoints} (off by {differencePoints}).',
  },
  bottleneck_task_missing: {
    vi: 'cần ít nhất một nhiệm vụ gắn nhãn "điểm nghẽn".',
    en: 'needs at least one task tagged "bottleneck".',
  },
  not_a_target: {
    vi: 'chỉ điều chỉnh giá trị mục tiêu với chỉ tiêu.',
    en: 'only targets have a target value.',
  },
  no_change: { vi: 'không khác giá trị hiện hành.', en: 'is the same as the value in force.' },
  deadline_not_later: {
    vi: 'gia hạn phải sau thời hạn hiện hành ({current}).',
    en: 'an extension must be later than {current}.',
  },
  deadline_after_cycle_end: {
    vi: 'không được vượt quá ngày kết thúc kỳ đánh giá.',
    en: 'cannot pass the end of the cycle.',
  },
  rebalance_not_expected: {
    vi: 'chỉ phân bổ lại khi hủy nhiệm vụ hoặc đổi trọng số.',
    en: 'only a cancellation or weight change re-balances weights.',
  },
  cannot_cancel_last_task: {
    vi: 'không thể hủy nhiệm vụ cuối cùng.',
    en: 'the last task cannot be cancelled.',
  },
  rebalance_required: {
    vi: 'cần phân bổ lại trọng số các nhiệm vụ còn lại để tổng bằng {expectedPoints} điểm.',
    en: 'the remaining weights must be re-balanced to {expectedPoints} points.',
  },
  unknown_task: { vi: 'nhiệm vụ không thuộc văn bản này.', en: 'the task is not part of this assignment.' },
  rebalance_includes_changed_task: {
    vi: 'không phân bổ lại cho chính nhiệm vụ đang điều chỉnh.',
    en: 'cannot re-balance the task being changed.',
  },
  task_cancelled: { vi: 'nhiệm vụ đã bị hủy.', en: 'the task is cancelled.' },
  duplicate_task: { vi: 'nhiệm vụ bị lặp.', en: 'the task is listed twice.' },
};

const hundredthsToPoints = (v: unknown, locale: Locale) =>
  typeof v === 'number'
    ? (v / 100).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2 })
    : String(v);

/** A localized sentence for one problem, naming the task (1-based) and the field. */
export function describeProblem(problem: Problem, locale: Locale): string {
  const baseField = problem.field.replace(/\.\d+\.\w+$/, '');
  const field = FIELDS[problem.field]?.[locale] ?? FIELDS[baseField]?.[locale] ?? problem.field;
  const template = MESSAGES[problem.code]?.[locale] ?? problem.code;
  const params = {
    ...problem.params,
    sumPoints: hundredthsToPoints(problem.params.sum, locale),
    expectedPoints: hundredthsToPoints(problem.params.expected, locale),
    differencePoints: hundredthsToPoints(problem.params.difference, locale),
  };
  const where =
    problem.taskIndex === undefined
      ? ''
      : locale === 'vi'
        ? `Nhiệm vụ ${problem.taskIndex + 1} — `
        : `Task ${problem.taskIndex + 1} — `;
  return `${where}${field}: ${formatMessage(template, params)}`;
}
