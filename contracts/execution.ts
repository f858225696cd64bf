import { z } from 'zod';
import { APPRAISAL_KINDS, APPRAISAL_PROGRESS, PRODUCT_DECISIONS } from './appraisals.ts';
import { taskSchema } from './assignments.ts';
import { isoDate, uuid } from './common.ts';
import { TASK_KINDS } from './tasks.ts';

/** Task execution statuses (SPEC §3), in the Government Office's vocabulary. */
export const TASK_STATUSES = [
  'not_due',
  'due_soon',
  'overdue',
  'done_early',
  'done_on_time',
  'done_late',
  'not_done',
  'cancelled',
] as const;

/** `?date=` of the status reads (default: today in Vietnam). */
export const asOfQuery = z.strictObject({ date: isoDate.optional() });

export const appraisalSummarySchema = z.object({
  appraisalId: uuid,
  appraisedOn: z.string(),
  kind: z.enum(APPRAISAL_KINDS),
  quarter: z.int().nullable(),
  progress: z.enum(APPRAISAL_PROGRESS),
  productDecision: z.enum(PRODUCT_DECISIONS).nullable(),
  verifiedValue: z.number().nullable(),
  verifiedFraction: z.number().nullable(),
});

/** One task's status on the day asked about, with what explains it. */
export const taskStatusSchema = z.object({
  taskId: uuid,
  /** 1-based number in the assignment. */
  number: z.int(),
  title: z.string(),
  kind: z.enum(TASK_KINDS),
  /** Weight in force, in points. */
  weight: z.number().nullable(),
  /** Target: the unit its values are reported in (e.g. "tỷ đồng", "%"). */
  unitOfMeasure: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  atRisk: z.boolean(),
  exceeded: z.boolean(),
  silent: z.boolean(),
  doneDate: z.string().nullable(),
  deadlineInForce: z.string(),
  originalDeadline: z.string(),
  extended: z.boolean(),
  daysToDeadline: z.int().nullable(),
  lastCheckIn: z
    .object({ id: uuid, reportedOn: z.string(), value: z.number().nullable(), percent: z.int().nullable() })
    .nullable(),
  checkInCount: z.int(),
  lastAppraisal: appraisalSummarySchema.nullable(),
  /** Deliverables: the product submitted and not yet judged by an appraisal. */
  productAwaitingAppraisal: z.object({ checkInId: uuid, submittedOn: z.string() }).nullable(),
  openRequests: z.int(),
  escalatedRequests: z.int(),
  /** Support the superior owes on this task: not delivered and due by the day, or marked late. */
  owedSupport: z.int(),
});
export type TaskStatusDto = z.infer<typeof taskStatusSchema>;

/** How many tasks have each status, and each flag (flags count tasks in force only). */
export const statusCountsSchema = z.object({
  total: z.int(),
  byStatus: z.record(z.enum(TASK_STATUSES), z.int()),
  done: z.int(),
  atRisk: z.int(),
  silent: z.int(),
  exceeded: z.int(),
});
export type StatusCountsDto = z.infer<typeof statusCountsSchema>;

export const assignmentStatusSchema = z.object({
  assignmentId: uuid,
  date: z.string(),
  state: z.string(),
  tasks: z.array(taskStatusSchema),
  counts: statusCountsSchema,
});
export type AssignmentStatusDto = z.infer<typeof assignmentStatusSchema>;

const evidenceSchema = z.object({
  id: uuid,
  kind: z.string(),
  fileName: z.string().nullable(),
  size: z.number().nullable(),
  mediaType: z.string().nullable(),
  url: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  title: z.string().nullable(),
});

const person = z.object({ id: uuid, displayName: z.string() }).nullable();

/** One event of a task's history; `at` orders events of the same day. */
export const timelineEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('check_in'),
    date: z.string(),
    at: z.string(),
    checkIn: z.object({
      id: uuid,
      value: z.number().nullable(),
      percent: z.int().nullable(),
      narrative: z.string().nullable(),
      submitsProduct: z.boolean(),
      /** The entry this one corrects, and the one that corrected this one (then it is no longer in force). */
      correctsId: uuid.nullable(),
      correctionReason: z.string().nullable(),
      correctedById: uuid.nullable(),
      inForce: z.boolean(),
      createdBy: person,
      onBehalfOf: person,
    }),
    evidence: z.array(evidenceSchema),
  }),
  z.object({
    kind: z.literal('appraisal'),
    date: z.string(),
    at: z.string(),
    appraisal: z.object({
      id: uuid,
      kind: z.enum(APPRAISAL_KINDS),
      quarter: z.int().nullable(),
      appraiserUnitName: z.string(),
      findings: z.string().nullable(),
      recommendations: z.string().nullable(),
    }),
    line: z.object({
      progress: z.enum(APPRAISAL_PROGRESS),
      verifiedValue: z.number().nullable(),
      verifiedFraction: z.number().nullable(),
      productDecision: z.enum(PRODUCT_DECISIONS).nullable(),
      decisionReason: z.string().nullable(),
      acceptedCheckInId: uuid.nullable(),
      exceeded: z.boolean(),
      findings: z.string().nullable(),
      recommendation: z.string().nullable(),
      superseded: z.boolean(),
    }),
  }),
  z.object({
    kind: z.literal('support_request'),
    date: z.string(),
    at: z.string(),
    action: z.enum(['raised', 'answered', 'escalated']),
    request: z.object({
      id: uuid,
      kind: z.string(),
      subject: z.string(),
      state: z.string(),
      routedTo: z.string(),
      routedToUnitName: z.string(),
      responseDue: z.string(),
      response: z.string().nullable(),
      resolved: z.boolean().nullable(),
    }),
  }),
  z.object({
    kind: z.literal('adjustment'),
    date: z.string(),
    at: z.string(),
    action: z.enum(['requested', 'decided']),
    adjustment: z.object({
      id: uuid,
      change: z.record(z.string(), z.unknown()),
      reason: z.string(),
      state: z.string(),
      decisionNote: z.string().nullable(),
    }),
  }),
  z.object({
    kind: z.literal('support_commitment'),
    date: z.string(),
    at: z.string(),
    commitment: z.object({
      id: uuid,
      kind: z.string(),
      description: z.string(),
      dueOn: z.string().nullable(),
    }),
    state: z.string(),
    deliveredOn: z.string().nullable(),
    note: z.string().nullable(),
  }),
]);
export type TimelineEventDto = z.infer<typeof timelineEventSchema>;

/** The task page: the task with its values in force and history, its assignment, status and timeline. */
export const taskPageSchema = z.object({
  task: taskSchema,
  assignment: z.object({
    id: uuid,
    state: z.string(),
    cycle: z.object({ id: uuid, name: z.string(), startsOn: z.string(), endsOn: z.string() }),
    assigningUnit: z.object({ id: uuid, name: z.string() }),
    assigneeUnit: z.object({ id: uuid, name: z.string(), code: z.string() }),
    headPostTitle: z.string(),
    headName: z.string().nullable(),
    documentNumber: z.string().nullable(),
    documentDate: z.string().nullable(),
  }),
  date: z.string(),
  /** Null while the assignment is a draft (no deadlines in force yet). */
  status: taskStatusSchema.nullable(),
  timeline: z.array(timelineEventSchema),
});
export type TaskPageDto = z.infer<typeof taskPageSchema>;

export const overviewQuery = z.strictObject({ assigningUnitId: uuid, date: isoDate.optional() });

export const overviewRowSchema = z.object({
  assignmentId: uuid,
  state: z.string(),
  assigneeUnit: z.object({ id: uuid, name: z.string(), code: z.string() }),
  headPostTitle: z.string(),
  headName: z.string().nullable(),
  documentNumber: z.string().nullable(),
  counts: statusCountsSchema,
  overdue: z.int(),
  dueSoon: z.int(),
  openRequests: z.int(),
  escalatedRequests: z.int(),
  owedSupport: z.int(),
  lastAppraisedOn: z.string().nullable(),
});

/** Every head under an assigning unit in a cycle, with counts; sorted by unit name (Vietnamese order). */
export const overviewSchema = z.object({
  cycleId: uuid,
  assigningUnit: z.object({ id: uuid, name: z.string() }),
  date: z.string(),
  rows: z.array(overviewRowSchema),
  totals: statusCountsSchema.extend({
    overdue: z.int(),
    dueSoon: z.int(),
    openRequests: z.int(),
    escalatedRequests: z.int(),
    owedSupport: z.int(),
  }),
});
export type OverviewDto = z.infer<typeof overviewSchema>;

export const myTasksQuery = z.strictObject({ date: isoDate.optional(), cycleId: uuid.optional() });

/** The head's board: every task of their committed assignments, open ones first by deadline. */
export const myTasksSchema = z.object({
  date: z.string(),
  tasks: z.array(
    taskStatusSchema.extend({
      assignment: z.object({
        id: uuid,
        state: z.string(),
        cycleId: uuid,
        cycleName: z.string(),
        assigneeUnit: z.object({ id: uuid, name: z.string() }),
        documentNumber: z.string().nullable(),
      }),
      supportOwed: z.array(
        z.object({
          id: uuid,
          kind: z.string(),
          description: z.string(),
          dueOn: z.string().nullable(),
          state: z.string(),
        }),
      ),
    }),
  ),
  counts: statusCountsSchema,
});
export type MyTasksDto = z.infer<typeof myTasksSchema>;
