import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assignments, cycles } from './assignments.ts';
import { users } from './auth.ts';
import { people, units } from './org.ts';

/** The head's annual report (tự đánh giá): pre-filled from the data, locked once submitted. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    state: text('state').notNull().default('draft'),
    /** Per task: { taskId, explanation, selfScore (hundredths) }. */
    taskEntries: jsonb('task_entries').notNull(),
    /** Per general criterion: { key, selfScore (hundredths) }. */
    criterionEntries: jsonb('criterion_entries').notNull(),
    summary: text('summary'),
    obstacles: text('obstacles'),
    directionRequests: text('direction_requests'),
    proposals: text('proposals'),
    /** The data the report was pre-filled from, frozen at submission. */
    snapshot: jsonb('snapshot'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('self_assessments_assignment_uq').on(t.assignmentId)],
);

/** The advisory council (hội đồng tư vấn) of one cohort: the heads one unit assigns in a cycle. */
export const councils = pgTable(
  'councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    assigningUnitId: uuid('assigning_unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    /** First day of scoring; task facts are fixed as of this day. */
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    /** Last day of scoring (inclusive). */
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** Set when the chair closes the window early, or by finalization. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    finalizedBy: uuid('finalized_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('councils_cycle_unit_uq').on(t.cycleId, t.assigningUnitId)],
);

/** A member of a council; the chair is a member too. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The account the member scores with. */
    userId: uuid('user_id').references(() => users.id),
    role: text('role').notNull().default('member'),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('council_members_person_uq').on(t.councilId, t.personId),
    index('council_members_user_idx').on(t.userId),
  ],
);

/** One member's scores for one head (phiếu chấm điểm). Scores in hundredths. */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    /** [{ taskId, score, bonus }] in hundredths. */
    taskScores: jsonb('task_scores').notNull(),
    /** [{ key, score }] in hundredths. */
    criterionScores: jsonb('criterion_scores').notNull(),
    comment: text('comment'),
    /** The member marked the sheet finished (the chair sees it). */
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('score_sheets_member_assignment_uq').on(t.councilId, t.memberId, t.assignmentId),
    index('score_sheets_assignment_idx').on(t.assignmentId),
  ],
);

/** A recorded penalty (e.g. discipline) deducted from a head's total, in hundredths. */
export const deductions = pgTable(
  'deductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    points: integer('points').notNull(),
    reason: text('reason').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deductions_assignment_idx').on(t.assignmentId)],
);

/** An event that rules out any level above "not completed" (discipline, corruption in the unit). */
export const disqualifyingEvents = pgTable(
  'disqualifying_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    kind: text('kind').notNull(),
    note: text('note').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('disqualifying_events_assignment_idx').on(t.assignmentId)],
);

/**
 * A head's evaluation: annual (one per assignment) or quarterly (provisional).
 * The proposal is recomputed until finalization; the decision then locks it.
 */
export const evaluationResults = pgTable(
  'evaluation_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    personId: uuid('person_id').references(() => people.id),
    /** 0 = annual, 1-4 = a quarter (provisional). */
    quarter: integer('quarter').notNull().default(0),
    total: integer('total').notNull(),
    proposedLevel: text('proposed_level').notNull(),
    /** The quota proposal moved this head down (the body decides). */
    quotaProposedLevel: text('quota_proposed_level'),
    decidedLevel: text('decided_level'),
    decisionReason: text('decision_reason'),
    /** Which numbers and conditions decided the level (the evaluation record). */
    explanation: jsonb('explanation').notNull(),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    finalizedBy: uuid('finalized_by').references(() => users.id),
    appealUntil: date('appeal_until', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_results_assignment_quarter_uq').on(t.assignmentId, t.quarter)],
);

/** Every earlier decided level of a result (a changed result keeps the earlier one). */
export const evaluationResultHistory = pgTable(
  'evaluation_result_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => evaluationResults.id),
    level: text('level').notNull(),
    total: integer('total').notNull(),
    reason: text('reason'),
    cause: text('cause').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_result_history_result_idx').on(t.resultId)],
);

/** A head's appeal (khiếu nại) against a finalized result, within the policy's days. */
export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => evaluationResults.id),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    state: text('state').notNull().default('open'),
    response: text('response'),
    /** The level after the answer; equal to the earlier one when upheld. */
    newLevel: text('new_level'),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredBy: uuid('answered_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('appeals_result_uq').on(t.resultId)],
);

/** A personnel recommendation (SPEC §4 item 11) and the decision taken on it. */
export const personnelRecommendations = pgTable(
  'personnel_recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => evaluationResults.id),
    personId: uuid('person_id').references(() => people.id),
    kind: text('kind').notNull(),
    basis: jsonb('basis').notNull(),
    state: text('state').notNull().default('open'),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: uuid('decided_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('personnel_recommendations_result_kind_uq').on(t.resultId, t.kind)],
);
