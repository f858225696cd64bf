import { z } from 'zod';
import { uuid, version } from './common.ts';
import { DIRECTIONS, TASK_KINDS, TASK_LIMITS } from './tasks.ts';

/** Limits of the report's free text: a section of an annual report runs to a few pages. */
export const SELF_ASSESSMENT_LIMITS = { section: 20_000, explanation: 5_000 } as const;

const text = (max: number) => z.string().trim().max(max);

/**
 * The head's draft, replacing the stored one. Self-scores are points as typed; their
 * ranges (0 to the weight, 0 to the criterion maximum) are checked by the service.
 */
export const saveSelfAssessmentBody = z.strictObject({
  /** The stored draft's version; omitted or 0 for the first save. */
  version: z.int().min(0).optional(),
  taskEntries: z
    .array(
      z.strictObject({
        taskId: uuid,
        explanation: text(SELF_ASSESSMENT_LIMITS.explanation).nullish(),
        selfScore: z.number().finite().nullish(),
      }),
    )
    .max(TASK_LIMITS.tasksPerAssignment),
  criterionEntries: z
    .array(z.strictObject({ key: z.string().min(1).max(60), selfScore: z.number().finite().nullish() }))
    .max(50),
  summary: text(SELF_ASSESSMENT_LIMITS.section).nullish(),
  obstacles: text(SELF_ASSESSMENT_LIMITS.section).nullish(),
  directionRequests: text(SELF_ASSESSMENT_LIMITS.section).nullish(),
  proposals: text(SELF_ASSESSMENT_LIMITS.section).nullish(),
});
export type SaveSelfAssessmentInput = z.infer<typeof saveSelfAssessmentBody>;

export const submitSelfAssessmentBody = z.strictObject({ version });
export const reportLayoutQuery = z.strictObject({ layout: z.enum(['party', 'state']).default('party') });

export const SELF_ASSESSMENT_STATES = ['none', 'draft', 'submitted'] as const;

const reportTask = z.object({
  taskId: uuid,
  number: z.int(),
  title: z.string(),
  kind: z.enum(TASK_KINDS),
  weight: z.number(),
  cancelled: z.boolean(),
  status: z.string(),
  atRisk: z.boolean(),
  done: z.boolean(),
  early: z.boolean(),
  late: z.boolean(),
  exceeded: z.boolean(),
  doneDate: z.string().nullable(),
  deadline: z.string(),
  originalDeadline: z.string(),
  metric: z.string().nullable(),
  unitOfMeasure: z.string().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  targetValue: z.string().nullable(),
  expectedProduct: z.string().nullable(),
  result: z.object({
    finalActual: z.string().nullable(),
    fraction: z.string().nullable(),
    verified: z.boolean(),
    source: z.enum(['appraisal', 'check_in']).nullable(),
    completionPercent: z.number(),
  }),
  proposal: z.number(),
  evidenceCount: z.int(),
  checkInCount: z.int(),
  openRequests: z.int(),
  lastAppraisal: z
    .object({
      appraisedOn: z.string(),
      progress: z.string(),
      productDecision: z.string().nullable(),
      findings: z.string().nullable(),
      recommendation: z.string().nullable(),
    })
    .nullable(),
  explanation: z.string().nullable(),
  selfScore: z.number().nullable(),
});

export const selfAssessmentSchema = z.object({
  assignmentId: uuid,
  state: z.enum(SELF_ASSESSMENT_STATES),
  version: z.int(),
  asOf: z.string(),
  head: z.object({ fullName: z.string(), postTitle: z.string() }).nullable(),
  unit: z.object({ id: uuid, name: z.string(), code: z.string() }),
  cycle: z.object({ name: z.string(), startsOn: z.string(), endsOn: z.string() }),
  tasks: z.array(reportTask),
  criteria: z.array(
    z.object({
      key: z.string(),
      label: z.object({ vi: z.string(), en: z.string() }),
      max: z.number(),
      selfScore: z.number().nullable(),
    }),
  ),
  totals: z.object({
    tasks: z.int(),
    done: z.int(),
    early: z.int(),
    late: z.int(),
    exceeded: z.int(),
    notDone: z.int(),
    cancelled: z.int(),
    selfScoreTasks: z.number(),
    selfScoreCriteria: z.number(),
  }),
  summary: z.string().nullable(),
  obstacles: z.string().nullable(),
  directionRequests: z.string().nullable(),
  proposals: z.string().nullable(),
  submittedAt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean() }),
});
export type SelfAssessmentDto = z.infer<typeof selfAssessmentSchema>;
