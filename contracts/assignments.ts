import { z } from 'zod';
import { isoDate, LIMITS, uuid, version } from './common.ts';
import {
  DIRECTIONS,
  draftTaskInput,
  points,
  ROLLUP_METHODS,
  SUPPORT_KINDS,
  TASK_KINDS,
  TASK_LIMITS,
  TASK_TAGS,
} from './tasks.ts';

export const ASSIGNMENT_STATES = [
  'draft',
  'issued',
  'committed',
  'in_progress',
  'self_assessed',
  'scored',
  'finalized',
] as const;
export const POLICY_PRESETS = ['qd366', 'product-only'] as const;

const text = (max: number) => z.string().trim().max(max);

export const createCycleBody = z.strictObject({
  ownerUnitId: uuid,
  name: text(LIMITS.name).min(1),
  kind: z.enum(['year', 'term']),
  startsOn: isoDate,
  endsOn: isoDate,
  preset: z.enum(POLICY_PRESETS),
});

export const cycleSchema = z.object({
  id: uuid,
  ownerUnitId: uuid,
  ownerUnitName: z.string(),
  name: z.string(),
  kind: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  version: z.int(),
  policy: z.object({
    version: z.int(),
    preset: z.string(),
    params: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  }),
  abilities: z.object({ managePolicy: z.boolean(), createAssignment: z.boolean() }),
});
export type CycleDto = z.infer<typeof cycleSchema>;

const hundredths = z.int().min(0).max(10_000);
const percent = z.number().min(0).max(100);
/** Parameters a cycle may change from its preset (points in hundredths, shares in percent). */
export const policyChanges = z
  .strictObject({
    resultsPart: hundredths,
    generalCriteria: z
      .array(
        z.strictObject({
          key: z.string().regex(/^[a-z_]{1,40}$/),
          label: z.strictObject({ vi: text(200).min(1), en: text(200).min(1) }),
          max: hundredths,
        }),
      )
      .max(10),
    latePenaltyPercent: percent,
    bonusPerTask: hundredths,
    bonusCap: hundredths,
    aggregate: z.enum(['mean', 'median', 'trimmed_mean']),
    trimmedMeanMinMembers: z.int().min(3).max(50),
    bands: z.strictObject({ excellent: hundredths, good: hundredths, completed: hundredths }),
    excellentMinExceededPercent: percent,
    completedMaxLatePercent: percent,
    excellentQuotaPercentOfGood: percent,
    subUnitRule: z.boolean(),
    appealDays: z.int().min(0).max(365),
    dueSoonDays: z.int().min(0).max(365),
    silentDays: z.int().min(1).max(365),
    spreadThresholdPercent: percent,
  })
  .partial();

export const updatePolicyBody = z.strictObject({
  version,
  preset: z.enum(POLICY_PRESETS),
  changes: policyChanges.optional(),
  note: text(LIMITS.text).nullish(),
});

export const createAssignmentBody = z.strictObject({
  cycleId: uuid,
  assigningUnitId: uuid,
  assigneeUnitId: uuid,
  headPostId: uuid.nullish(),
  title: text(LIMITS.name).nullish(),
  bottleneck: text(LIMITS.text).nullish(),
  registrationNote: text(LIMITS.text).nullish(),
});

export const updateAssignmentBody = z.strictObject({
  version,
  title: text(LIMITS.name).nullish(),
  bottleneck: text(LIMITS.text).nullish(),
  registrationNote: text(LIMITS.text).nullish(),
  documentNumber: text(50).nullish(),
  documentDate: isoDate.nullish(),
  signerName: text(LIMITS.name).nullish(),
  signerTitle: text(LIMITS.name).nullish(),
});

export const saveTasksBody = z.strictObject({
  version,
  tasks: z
    .array(draftTaskInput)
    .max(TASK_LIMITS.tasksPerAssignment)
    .refine(
      (list) => new Set(list.map((t) => t.id).filter(Boolean)).size === list.filter((t) => t.id).length,
      {
        message: 'each task id at most once',
      },
    ),
});

export const issueBody = z.strictObject({
  version,
  documentNumber: text(50).min(1),
  documentDate: isoDate,
  signerName: text(LIMITS.name).min(1),
  signerTitle: text(LIMITS.name).nullish(),
});
export const commitBody = z.strictObject({ version });
export const returnBody = z.strictObject({
  version,
  reason: text(LIMITS.text).min(1),
  proposedChanges: z
    .array(
      z.strictObject({
        taskId: uuid.optional(),
        field: text(50).optional(),
        proposal: text(LIMITS.text).min(1),
      }),
    )
    .min(1)
    .max(100),
});

export const adjustmentChangeInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('target_value'), taskId: uuid, targetValue: z.number().finite() }),
  z.strictObject({ kind: z.literal('extension'), taskId: uuid, deadline: isoDate }),
  z.strictObject({ kind: z.literal('weight'), taskId: uuid, weight: points }),
  z.strictObject({ kind: z.literal('cancellation'), taskId: uuid }),
]);
const rebalanceInput = z.array(z.strictObject({ taskId: uuid, weight: points })).max(500);
export const requestAdjustmentBody = z.strictObject({
  change: adjustmentChangeInput,
  reason: text(LIMITS.text).min(1),
  proposedRebalance: rebalanceInput.optional(),
});
export const decideAdjustmentBody = z.strictObject({
  version,
  decision: z.enum(['approve', 'reject']),
  rebalance: rebalanceInput.optional(),
  note: text(LIMITS.text).nullish(),
});

const unitRef = z.object({ id: uuid, name: z.string(), code: z.string() });

export const taskSchema = z.object({
  id: uuid,
  position: z.int(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  weight: z.number().nullable(),
  originalWeight: z.number().nullable(),
  deadline: z.string().nullable(),
  originalDeadline: z.string().nullable(),
  tags: z.array(z.enum(TASK_TAGS)),
  leadUnit: unitRef.nullable(),
  coordinatingUnits: z.array(unitRef),
  metric: z.string().nullable(),
  unitOfMeasure: z.string().nullable(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  originalTargetValue: z.number().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  rollup: z.enum(ROLLUP_METHODS).nullable(),
  expectedProduct: z.string().nullable(),
  acceptanceCriteria: z.string().nullable(),
  supportCommitments: z.array(
    z.object({
      id: uuid,
      kind: z.enum(SUPPORT_KINDS),
      description: z.string(),
      dueOn: z.string().nullable(),
      state: z.string(),
    }),
  ),
  parentTask: z.object({ id: uuid, title: z.string(), assignmentId: uuid }).nullable(),
  children: z.array(
    z.object({
      id: uuid,
      assignmentId: uuid,
      unitName: z.string(),
      targetValue: z.number().nullable(),
      state: z.string(),
    }),
  ),
  split: z
    .object({
      method: z.enum(ROLLUP_METHODS),
      childTargetsRolledUp: z.number().nullable(),
      problems: z.array(
        z.object({
          taskId: z.string().optional(),
          code: z.string(),
          params: z.record(z.string(), z.unknown()),
        }),
      ),
    })
    .nullable(),
  cancelled: z.object({ on: z.string(), reason: z.string() }).nullable(),
  history: z.array(
    z.object({
      field: z.string(),
      from: z.unknown(),
      to: z.unknown(),
      approvedOn: z.string(),
      adjustmentId: uuid,
    }),
  ),
  version: z.int(),
});
export type TaskDto = z.infer<typeof taskSchema>;

export const adjustmentSchema = z.object({
  id: uuid,
  taskId: uuid,
  change: z.record(z.string(), z.unknown()),
  reason: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  requestedOn: z.string(),
  decidedOn: z.string().nullable(),
  decisionNote: z.string().nullable(),
  proposedRebalance: z.array(z.object({ taskId: uuid, weight: z.number() })),
  version: z.int(),
});

export const problemSchema = z.object({
  taskIndex: z.int().optional(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});

export const assignmentAbilities = z.object({
  edit: z.boolean(),
  issue: z.boolean(),
  commit: z.boolean(),
  return: z.boolean(),
  requestAdjustment: z.boolean(),
  decideAdjustment: z.boolean(),
  exportTasks: z.boolean(),
  importTasks: z.boolean(),
});

export const assignmentSummarySchema = z.object({
  id: uuid,
  cycleId: uuid,
  state: z.enum(ASSIGNMENT_STATES),
  assigningUnit: z.object({ id: uuid, name: z.string() }),
  assigneeUnit: z.object({ id: uuid, name: z.string(), code: z.string() }),
  headPostTitle: z.string(),
  headName: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  taskCount: z.int(),
  weightTotal: z.number(),
  version: z.int(),
  abilities: assignmentAbilities,
});
export type AssignmentSummaryDto = z.infer<typeof assignmentSummarySchema>;

export const assignmentSchema = assignmentSummarySchema.extend({
  cycleName: z.string(),
  cycleStartsOn: z.string(),
  cycleEndsOn: z.string(),
  resultsPart: z.number(),
  title: z.string().nullable(),
  bottleneck: z.string().nullable(),
  registrationNote: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  returnReason: z.string().nullable(),
  proposedChanges: z
    .array(z.object({ taskId: z.string().optional(), field: z.string().optional(), proposal: z.string() }))
    .nullable(),
  issuedAt: z.string().nullable(),
  committedAt: z.string().nullable(),
  registered: z.boolean(),
  head: z.object({ personId: uuid, fullName: z.string(), since: z.string() }).nullable(),
  tasks: z.array(taskSchema),
  adjustments: z.array(adjustmentSchema),
  problems: z.array(problemSchema),
});
export type AssignmentDto = z.infer<typeof assignmentSchema>;
