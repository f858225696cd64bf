import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/** Tags (việc mới, khó, đột phá, điểm nghẽn, thường xuyên). */
export const TASK_TAGS = ['new', 'hard', 'breakthrough', 'bottleneck', 'routine'] as const;
/** Support the superior commits to give (không khoán trắng). */
export const SUPPORT_KINDS = ['resources', 'mechanism', 'policy', 'funds'] as const;
export const DIRECTIONS = ['at_least', 'at_most'] as const;
export const ROLLUP_METHODS = ['sum', 'average', 'min'] as const;
export const TASK_KINDS = ['target', 'deliverable'] as const;

export const TASK_LIMITS = {
  title: 1000,
  text: 2000,
  tasksPerAssignment: 20_000,
  supportPerTask: 10,
  coordinating: 30,
} as const;

/** Points with at most two decimals (scores and weights are exact hundredths). */
export const points = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'at most 2 decimals' });

const text = (max: number) => z.string().trim().max(max);

export const supportCommitmentInput = z.strictObject({
  kind: z.enum(SUPPORT_KINDS),
  description: text(TASK_LIMITS.text).min(1),
  dueOn: isoDate.nullable(),
});
export type SupportCommitmentInput = z.infer<typeof supportCommitmentInput>;

/**
 * A task as drafted (from a form or a workbook). Drafts may be incomplete: the
 * issuing rules, not this schema, decide what an issued task needs.
 */
export const taskInput = z.strictObject({
  kind: z.enum(TASK_KINDS),
  title: text(TASK_LIMITS.title).min(1),
  weight: points.nullable(),
  deadline: isoDate.nullable(),
  tags: z.array(z.enum(TASK_TAGS)).max(TASK_TAGS.length),
  leadUnitId: uuid.nullable(),
  coordinatingUnitIds: z.array(uuid).max(TASK_LIMITS.coordinating),
  metric: text(TASK_LIMITS.title).nullable(),
  unitOfMeasure: text(100).nullable(),
  baseline: z.number().finite().nullable(),
  targetValue: z.number().finite().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  rollup: z.enum(ROLLUP_METHODS).nullable(),
  expectedProduct: text(TASK_LIMITS.text).nullable(),
  acceptanceCriteria: text(TASK_LIMITS.text).nullable(),
  supportCommitments: z.array(supportCommitmentInput).max(TASK_LIMITS.supportPerTask),
  parentTaskId: uuid.nullable(),
});
export type TaskInput = z.infer<typeof taskInput>;

/** A task in a draft's task list: with `id` it updates that task, without it adds one. */
export const draftTaskInput = taskInput.extend({ id: uuid.optional() });
export type DraftTaskInput = z.infer<typeof draftTaskInput>;
