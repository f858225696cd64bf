import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { posts, units } from './org.ts';

/** An evaluation cycle (kỳ đánh giá): a year with quarters, or a term, owned by an assigning unit. */
export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cycles_owner_idx').on(t.ownerUnitId)],
);

/** Every version of a cycle's scoring policy; the highest version is in force. */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    version: integer('version').notNull(),
    preset: text('preset').notNull(),
    params: jsonb('params').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('policy_versions_cycle_version_uq').on(t.cycleId, t.version)],
);

/** The decision giving one head a set of tasks for a cycle (văn bản giao nhiệm vụ). */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    assigningUnitId: uuid('assigning_unit_id')
      .notNull()
      .references(() => units.id),
    assigneeUnitId: uuid('assignee_unit_id')
      .notNull()
      .references(() => units.id),
    headPostId: uuid('head_post_id')
      .notNull()
      .references(() => posts.id),
    state: text('state').notNull().default('draft'),
    title: text('title'),
    bottleneck: text('bottleneck'),
    registrationNote: text('registration_note'),
    documentNumber: text('document_number'),
    documentDate: date('document_date', { mode: 'string' }),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    returnReason: text('return_reason'),
    proposedChanges: jsonb('proposed_changes'),
    registeredBy: uuid('registered_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    committedBy: uuid('committed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assignments_cycle_assignee_post_uq').on(t.cycleId, t.assigneeUnitId, t.headPostId),
    index('assignments_assigning_idx').on(t.cycleId, t.assigningUnitId),
    index('assignments_assignee_idx').on(t.assigneeUnitId),
  ],
);

/** A task of an assignment: a target (chỉ tiêu) or a deliverable (nhiệm vụ with a product). Weights in hundredths. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    weight: integer('weight'),
    deadline: date('deadline', { mode: 'string' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    leadUnitId: uuid('lead_unit_id').references(() => units.id),
    coordinatingUnitIds: uuid('coordinating_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    metric: text('metric'),
    unitOfMeasure: text('unit_of_measure'),
    baseline: numeric('baseline'),
    targetValue: numeric('target_value'),
    direction: text('direction'),
    rollup: text('rollup'),
    expectedProduct: text('expected_product'),
    acceptanceCriteria: text('acceptance_criteria'),
    parentTaskId: uuid('parent_task_id').references((): AnyPgColumn => tasks.id),
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    cancellationReason: text('cancellation_reason'),
    cancellationAdjustmentId: uuid('cancellation_adjustment_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('tasks_assignment_idx').on(t.assignmentId, t.position),
    index('tasks_parent_idx').on(t.parentTaskId),
  ],
);

/** What the superior commits to give for a task (không khoán trắng). */
export const supportCommitments = pgTable(
  'support_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    state: text('state').notNull().default('due'),
    /** The functional agency that owes it; null = the assigning body itself. */
    providerUnitId: uuid('provider_unit_id').references(() => units.id),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('support_commitments_task_idx').on(t.taskId)],
);

/** A requested change of target, deadline or weight, or a cancellation; decided by the assigner. */
export const adjustments = pgTable(
  'adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    change: jsonb('change').notNull(),
    proposedRebalance: jsonb('proposed_rebalance'),
    appliedRebalance: jsonb('applied_rebalance'),
    reason: text('reason').notNull(),
    state: text('state').notNull().default('pending'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('adjustments_assignment_idx').on(t.assignmentId)],
);

/** The history of a task's values: each approved change keeps the earlier value. */
export const taskChanges = pgTable(
  'task_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    adjustmentId: uuid('adjustment_id')
      .notNull()
      .references(() => adjustments.id),
    field: text('field').notNull(),
    fromValue: jsonb('from_value'),
    toValue: jsonb('to_value'),
    approvedOn: date('approved_on', { mode: 'string' }).notNull(),
    /** Insertion order: several changes approved on one day keep their order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('task_changes_task_idx').on(t.taskId)],
);
