/**
 * Evaluation results, finalization, appeals, personnel recommendations, deductions and
 * disqualifying events: request bodies and response shapes. Totals travel as strings with
 * two decimals ("89.50"): they are exact hundredths, never floats.
 */
import { z } from 'zod';
import { LIMITS, uuid, version } from './common.ts';
import { points } from './tasks.ts';

export const LEVELS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export const level = z.enum(LEVELS);
export type LevelDto = z.infer<typeof level>;

export const RECOMMENDATION_DECISIONS = ['accepted', 'rejected', 'deferred'] as const;
export const DISQUALIFYING_KINDS = ['discipline', 'corruption', 'other'] as const;

const text = (max: number) => z.string().trim().max(max);
const quarter = z.coerce.number().int().min(1).max(4);

/** `?quarter=N` on a council: a quarter's provisional results instead of the annual ones. */
export const quarterQuery = z.strictObject({ quarter: quarter.optional() });
export const quarterlyQuery = z.strictObject({ assigningUnitId: uuid, quarter });
export const recommendationsQuery = z.strictObject({ cycleId: uuid });
export const layoutQuery = z.strictObject({ layout: z.enum(['party', 'state']).default('party') });
export const councilMemberParams = z.object({ id: uuid, memberId: uuid });

export const finalizeBody = z.strictObject({
  version,
  decisions: z
    .array(
      z.strictObject({
        assignmentId: uuid,
        level,
        reason: text(LIMITS.text).nullish(),
      }),
    )
    .min(1)
    .max(1000),
});
export type FinalizeInput = z.infer<typeof finalizeBody>;

export const appealBody = z.strictObject({ reason: text(LIMITS.text).min(1) });
export const answerAppealBody = z.strictObject({
  version,
  response: text(LIMITS.text).min(1),
  level,
});
export const decideRecommendationBody = z.strictObject({
  version,
  decision: z.enum(RECOMMENDATION_DECISIONS),
  note: text(LIMITS.text).nullish(),
});
export const deductionBody = z.strictObject({
  points: points.refine((v) => v > 0, { message: 'must be above 0' }),
  reason: text(LIMITS.text).min(1),
});
export const disqualifyingEventBody = z.strictObject({
  kind: z.enum(DISQUALIFYING_KINDS),
  note: text(LIMITS.text).min(1),
});

const appealSchema = z.object({
  id: uuid,
  state: z.enum(['open', 'upheld', 'changed']),
  filedOn: z.string(),
  reason: z.string(),
  response: z.string().nullable(),
  newLevel: level.nullable(),
  answeredOn: z.string().nullable(),
  version: z.int(),
});

/** One head's result in a cohort table or on a person's page. */
export const resultSchema = z.object({
  id: uuid,
  assignmentId: uuid,
  councilId: uuid.nullable(),
  cycleId: uuid,
  cycleName: z.string(),
  quarter: z.int(),
  provisional: z.boolean(),
  personId: uuid.nullable(),
  headName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  postTitle: z.string(),
  total: z.string(),
  proposedLevel: level,
  /** The quota proposal moves this head to "good"; `quotaTie` when they are among heads tied at the cut. */
  quotaProposedLevel: level.nullable(),
  quotaTie: z.boolean(),
  decidedLevel: level.nullable(),
  /** The decided level once finalized, else the proposed one. */
  level,
  decisionReason: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  appealUntil: z.string().nullable(),
  complete: z.boolean(),
  missing: z.array(z.object({ kind: z.enum(['task', 'criterion']), id: z.string() })),
  /** The explanation in the caller's language: the level, then the conditions that decided it. */
  explanation: z.array(z.string()),
  /** The stored evaluation record (numbers and conditions), for detail views. */
  record: z.record(z.string(), z.unknown()),
  appeal: appealSchema.nullable(),
  history: z.array(
    z.object({
      level,
      total: z.string(),
      reason: z.string().nullable(),
      cause: z.string(),
      changedAt: z.string(),
    }),
  ),
  version: z.int(),
});
export type ResultDto = z.infer<typeof resultSchema>;

export const quotaSchema = z.object({
  breach: z.boolean(),
  excellent: z.int(),
  good: z.int(),
  movesNeeded: z.int(),
  /** Assignments whose heads the proposal moves from excellent to good. */
  move: z.array(uuid),
  tie: z.object({ total: z.string(), assignmentIds: z.array(uuid), toMove: z.int() }).nullable(),
  after: z.object({ excellent: z.int(), good: z.int() }),
  warning: z.string().nullable(),
});

/** A cohort's results (same assigning body and cycle), annual or one quarter's provisional ones. */
export const cohortSchema = z.object({
  councilId: uuid.nullable(),
  cycleId: uuid,
  assigningUnitId: uuid,
  quarter: z.int(),
  provisional: z.boolean(),
  finalizedAt: z.string().nullable(),
  /** The council's version, sent back with the finalization. */
  councilVersion: z.int().nullable(),
  results: z.array(resultSchema),
  quota: quotaSchema,
  /** Heads left out of a quarter because no task of theirs falls due in it. */
  skipped: z.array(z.object({ assignmentId: uuid, unitName: z.string() })),
});
export type CohortDto = z.infer<typeof cohortSchema>;

export const personResultsSchema = z.object({
  personId: uuid,
  fullName: z.string(),
  results: z.array(resultSchema),
});

export const recommendationSchema = z.object({
  id: uuid,
  resultId: uuid,
  personId: uuid.nullable(),
  headName: z.string(),
  unitName: z.string(),
  cycleId: uuid,
  kind: z.enum(['transfer_or_replace', 'commend_and_plan']),
  basis: z.record(z.string(), z.unknown()),
  /** open → decided; withdrawn when an appeal changed the level it rested on. */
  state: z.enum(['open', 'decided', 'withdrawn']),
  decision: z.enum(RECOMMENDATION_DECISIONS).nullable(),
  decisionNote: z.string().nullable(),
  decidedOn: z.string().nullable(),
  version: z.int(),
});
export const recommendationListSchema = z.object({ items: z.array(recommendationSchema) });

export const deductionSchema = z.object({
  id: uuid,
  points: z.string(),
  reason: z.string(),
  recordedOn: z.string(),
});
export const disqualifyingEventSchema = z.object({
  id: uuid,
  kind: z.string(),
  note: z.string(),
  recordedOn: z.string(),
});
export const deductionListSchema = z.object({ items: z.array(deductionSchema) });
export const disqualifyingEventListSchema = z.object({ items: z.array(disqualifyingEventSchema) });
