/**
 * Builders of valid tasks and drafts for tests and the seed: each returns a complete,
 * issuable object that a case then bends in the one way it is about.
 */
import type { TaskDraft } from './issuing-rules.ts';
import type { DeliverableTask, TargetTask } from './task.ts';

/** A valid target task ("at least 120 new businesses by 2025-09-30", 20 points). */
export function makeTarget(overrides: Partial<TargetTask> = {}): TargetTask {
  return {
    id: 't1',
    kind: 'target',
    title: 'Thành lập mới doanh nghiệp',
    weight: 2000,
    deadline: '2025-09-30',
    tags: ['hard'],
    leadUnitId: 'unit-yen-lac',
    headPostId: 'post-secretary',
    coordinatingUnitIds: [],
    supportCommitments: [],
    history: [],
    metric: 'new businesses',
    unitOfMeasure: 'doanh nghiệp',
    baseline: 90,
    targetValue: 120,
    direction: 'at_least',
    ...overrides,
  };
}

/** A valid deliverable task ("site cleared and handed over, with minutes", 20 points). */
export function makeDeliverable(overrides: Partial<DeliverableTask> = {}): DeliverableTask {
  return {
    id: 'd1',
    kind: 'deliverable',
    title: 'Giải phóng mặt bằng khu công nghiệp',
    weight: 2000,
    deadline: '2025-09-30',
    tags: ['bottleneck'],
    leadUnitId: 'unit-yen-lac',
    headPostId: 'post-secretary',
    coordinatingUnitIds: [],
    supportCommitments: [],
    history: [],
    expectedProduct: 'Mặt bằng bàn giao, có biên bản',
    acceptanceCriteria: 'Biên bản bàn giao 100% diện tích',
    ...overrides,
  };
}

/** A complete target draft of `weight` hundredths. */
export function makeTargetDraft(overrides: TaskDraft = {}): TaskDraft {
  return {
    kind: 'target',
    title: 'Tỷ lệ hộ nghèo',
    weight: 3500,
    deadline: '2025-12-31',
    leadUnitId: 'unit-nguyet-duc',
    headPostId: 'post-secretary',
    tags: ['routine'],
    supportCommitments: [{ kind: 'funds', description: 'Hỗ trợ vốn vay', dueDate: '2025-03-31' }],
    metric: 'poor household rate',
    unitOfMeasure: '%',
    targetValue: 1.5,
    direction: 'at_most',
    baseline: 2.3,
    ...overrides,
  };
}

/** A complete deliverable draft of `weight` hundredths. */
export function makeDeliverableDraft(overrides: TaskDraft = {}): TaskDraft {
  return {
    kind: 'deliverable',
    title: 'Hoàn thành đường liên xã',
    weight: 3500,
    deadline: '2025-10-31',
    leadUnitId: 'unit-nguyet-duc',
    headPostId: 'post-secretary',
    tags: ['hard', 'bottleneck'],
    supportCommitments: [],
    expectedProduct: 'Đường được nghiệm thu, đưa vào sử dụng',
    acceptanceCriteria: 'Biên bản nghiệm thu của Sở Xây dựng',
    ...overrides,
  };
}
