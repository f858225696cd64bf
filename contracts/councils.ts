import { z } from 'zod';
import { isoDate, LIMITS, uuid, version } from './common.ts';
import { TASK_KINDS, TASK_LIMITS } from './tasks.ts';

/** A member's role in the advisory council. */
export const COUNCIL_ROLES = ['chair', 'member'] as const;
/** Why a member does not score a head (SPEC §4 item 5). */
export const RECUSAL_REASONS = ['head', 'unit'] as const;
/** Where the scoring window stands today. */
export const WINDOW_STATES = ['not_open', 'open', 'closed'] as const;

const text = (max: number) => z.string().trim().max(max);

/** A member as the assigner lists them; without `userId` the person's own account scores. */
export const councilMemberInput = z.strictObject({
  personId: uuid,
  userId: uuid.nullish(),
  role: z.enum(COUNCIL_ROLES),
});
export type CouncilMemberInput = z.infer<typeof councilMemberInput>;

// A hard cap on the list only; the size the rules allow (3 to 15) is checked by the service.
const memberList = z.array(councilMemberInput).max(50);

export const createCouncilBody = z.strictObject({
  assigningUnitId: uuid,
  name: text(LIMITS.name).min(1),
  opensOn: isoDate,
  closesOn: isoDate,
  members: memberList,
});
export type CreateCouncilInput = z.infer<typeof createCouncilBody>;

export const updateCouncilBody = z.strictObject({
  version,
  name: text(LIMITS.name).min(1).optional(),
  opensOn: isoDate.optional(),
  closesOn: isoDate.optional(),
  members: memberList.optional(),
});
export type UpdateCouncilInput = z.infer<typeof updateCouncilBody>;

export const closeCouncilBody = z.strictObject({ version });
export const cycleIdParam = z.object({ cycleId: uuid });
export const sheetParams = z.object({ id: uuid, assignmentId: uuid });

/**
 * One member's sheet for one head, as typed: points as numbers. Ranges and decimals are
 * business rules and are checked by the service, which names the task and its weight.
 */
export const saveSheetBody = z.strictObject({
  /** 0 for a sheet not saved yet. */
  version: z.int().min(0),
  tasks: z
    .array(
      z.strictObject({
        taskId: uuid,
        score: z.number().finite(),
        bonus: z.number().finite().nullish(),
      }),
    )
    .max(TASK_LIMITS.tasksPerAssignment),
  criteria: z.array(z.strictObject({ key: z.string().min(1).max(60), score: z.number().finite() })).max(50),
  comment: text(LIMITS.text).nullish(),
  finished: z.boolean().optional(),
});
export type SaveSheetInput = z.infer<typeof saveSheetBody>;

const label = z.object({ vi: z.string(), en: z.string() });
const recusal = z.object({
  memberId: uuid,
  personId: uuid,
  fullName: z.string(),
  reason: z.enum(RECUSAL_REASONS),
  reasonLabel: z.string(),
});

export const councilMemberSchema = z.object({
  id: uuid,
  personId: uuid,
  fullName: z.string(),
  userId: uuid.nullable(),
  role: z.enum(COUNCIL_ROLES),
  position: z.int(),
});

const headRef = z.object({ personId: uuid, fullName: z.string() }).nullable();
const unitRef = z.object({ id: uuid, name: z.string(), code: z.string() });

export const councilAbilities = z.object({
  edit: z.boolean(),
  editMembers: z.boolean(),
  close: z.boolean(),
  progress: z.boolean(),
  scores: z.boolean(),
  score: z.boolean(),
});

export const councilSummarySchema = z.object({
  id: uuid,
  cycleId: uuid,
  assigningUnit: unitRef,
  name: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  windowState: z.enum(WINDOW_STATES),
  memberCount: z.int(),
  myRole: z.enum(COUNCIL_ROLES).nullable(),
  version: z.int(),
  abilities: councilAbilities,
});

export const councilSchema = councilSummarySchema.extend({
  members: z.array(councilMemberSchema),
  cohort: z.array(
    z.object({
      assignmentId: uuid,
      state: z.string(),
      unit: unitRef,
      head: headRef,
      recused: z.array(recusal),
    }),
  ),
});
export type CouncilDto = z.infer<typeof councilSchema>;

/** What a member sees beside each task: the system's proposal and the facts behind it. */
const scoringTask = z.object({
  taskId: uuid,
  number: z.int(),
  title: z.string(),
  kind: z.enum(TASK_KINDS),
  weight: z.number(),
  cancelled: z.boolean(),
  proposal: z.number(),
  facts: z.object({
    completionPercent: z.number(),
    done: z.boolean(),
    onTime: z.boolean(),
    late: z.boolean(),
    latePenalized: z.boolean(),
    overdue: z.boolean(),
    exceeded: z.boolean(),
    finalActual: z.string().nullable(),
    verified: z.boolean(),
    fraction: z.string().nullable(),
    deadline: z.string(),
    originalDeadline: z.string(),
    doneDate: z.string().nullable(),
  }),
});

const sheetScores = {
  tasks: z.array(z.object({ taskId: uuid, score: z.number(), bonus: z.number() })),
  criteria: z.array(z.object({ key: z.string(), score: z.number() })),
  comment: z.string().nullable(),
  finishedAt: z.string().nullable(),
};

export const sheetSchema = z.object({ id: uuid, assignmentId: uuid, version: z.int(), ...sheetScores });

const criterionRef = z.object({ key: z.string(), label, max: z.number() });

export const mySheetsSchema = z.object({
  council: councilSummarySchema,
  member: z.object({ id: uuid, role: z.enum(COUNCIL_ROLES) }),
  asOf: z.string(),
  bonusPerTask: z.number(),
  criteria: z.array(criterionRef),
  heads: z.array(
    z.object({
      assignmentId: uuid,
      unit: unitRef,
      head: headRef,
      selfAssessmentSubmitted: z.boolean(),
      tasks: z.array(scoringTask),
      sheet: sheetSchema.nullable(),
    }),
  ),
  recused: z.array(
    z.object({
      assignmentId: uuid,
      unit: unitRef,
      head: headRef,
      reason: z.enum(RECUSAL_REASONS),
      reasonLabel: z.string(),
    }),
  ),
});

export const progressSchema = z.object({
  council: councilSummarySchema,
  members: z.array(
    z.object({
      memberId: uuid,
      fullName: z.string(),
      role: z.enum(COUNCIL_ROLES),
      finishedCount: z.int(),
      expectedCount: z.int(),
      heads: z.array(
        z.object({
          assignmentId: uuid,
          recused: z.boolean(),
          started: z.boolean(),
          finished: z.boolean(),
          itemsScored: z.int(),
          itemsTotal: z.int(),
        }),
      ),
    }),
  ),
});

const aggregate = z.object({
  score: z.number().nullable(),
  exact: z.string().nullable(),
  memberCount: z.int(),
  spread: z.number(),
  spreadFlagged: z.boolean(),
});

export const councilScoresSchema = z.object({
  council: councilSummarySchema,
  aggregate: z.enum(['mean', 'median', 'trimmed_mean']),
  spreadThresholdPercent: z.number(),
  heads: z.array(
    z.object({
      assignmentId: uuid,
      unit: unitRef,
      head: headRef,
      recused: z.array(recusal),
      sheets: z.array(
        z.object({
          memberId: uuid,
          fullName: z.string(),
          role: z.enum(COUNCIL_ROLES),
          ...sheetScores,
        }),
      ),
      tasks: z.array(
        z.object({
          taskId: uuid,
          number: z.int(),
          title: z.string(),
          weight: z.number(),
          proposal: z.number(),
          aggregate,
          bonus: z.number().nullable(),
        }),
      ),
      criteria: z.array(criterionRef.extend({ aggregate })),
      flagged: z.array(z.object({ kind: z.enum(['task', 'criterion']), id: z.string() })),
      missing: z.array(z.object({ kind: z.enum(['task', 'criterion']), id: z.string() })),
    }),
  ),
});
