import {
  type AnyPgColumn,
  bigint,
  boolean,
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
import { assignments, supportCommitments, tasks } from './assignments.ts';
import { users } from './auth.ts';
import { units } from './org.ts';

/**
 * A progress report on a task (báo cáo tiến độ). Never edited: a correction is a
 * new row pointing at the one it replaces (`corrects_id`).
 */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    /** Target: the current value reported. */
    value: numeric('value'),
    /** Deliverable: percent of the product done, 0..100. */
    percent: integer('percent'),
    narrative: text('narrative'),
    /** The head submits the product with this report (deliverables). */
    submitsProduct: boolean('submits_product').notNull().default(false),
    correctsId: uuid('corrects_id').references((): AnyPgColumn => checkIns.id),
    correctionReason: text('correction_reason'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    onBehalfOf: uuid('on_behalf_of').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('check_ins_task_idx').on(t.taskId, t.reportedOn),
    index('check_ins_assignment_idx').on(t.assignmentId),
    uniqueIndex('check_ins_corrects_uq').on(t.correctsId),
  ],
);

/** Stored file contents, addressed by their SHA-256; the bytes live in the storage. */
export const blobs = pgTable('blobs', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Evidence attached to a check-in: a file, a link, or a document by number. */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    checkInId: uuid('check_in_id')
      .notNull()
      .references(() => checkIns.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    sha256: text('sha256').references(() => blobs.sha256),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    url: text('url'),
    documentNumber: text('document_number'),
    documentDate: date('document_date', { mode: 'string' }),
    title: text('title'),
  },
  (t) => [index('evidence_check_in_idx').on(t.checkInId), index('evidence_sha_idx').on(t.sha256)],
);

/** A head's obstacle, request for direction, proposal or resource request on a task. */
export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The unit that must answer: the assigning unit, or a functional agency (supporter). */
    routedToUnitId: uuid('routed_to_unit_id')
      .notNull()
      .references(() => units.id),
    routedTo: text('routed_to').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    responseDue: date('response_due', { mode: 'string' }).notNull(),
    state: text('state').notNull().default('open'),
    response: text('response'),
    resolved: boolean('resolved'),
    respondedOn: date('responded_on', { mode: 'string' }),
    respondedBy: uuid('responded_by').references(() => users.id),
    escalatedOn: date('escalated_on', { mode: 'string' }),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    onBehalfOf: uuid('on_behalf_of').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_requests_task_idx').on(t.taskId),
    index('support_requests_assignment_idx').on(t.assignmentId),
    index('support_requests_routed_idx').on(t.routedToUnitId, t.state),
  ],
);

/** A functional agency's quarterly or ad hoc appraisal of one head's tasks (kiểm tra, thẩm định). */
export const appraisals = pgTable(
  'appraisals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    kind: text('kind').notNull(),
    /** Quarter number (1-4) for a quarterly appraisal. */
    quarter: integer('quarter'),
    appraisedOn: date('appraised_on', { mode: 'string' }).notNull(),
    appraiserUnitId: uuid('appraiser_unit_id')
      .notNull()
      .references(() => units.id),
    findings: text('findings'),
    recommendations: text('recommendations'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appraisals_assignment_idx').on(t.assignmentId, t.appraisedOn)],
);

/** One task's line in an appraisal. */
export const appraisalItems = pgTable(
  'appraisal_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appraisalId: uuid('appraisal_id')
      .notNull()
      .references(() => appraisals.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    /** Target: the value the agency verified. */
    verifiedValue: numeric('verified_value'),
    /** Deliverable: share of the expected product verified, 0..1. */
    verifiedFraction: numeric('verified_fraction'),
    progress: text('progress').notNull(),
    /** Deliverable: accepted, returned or rejected; null when no product was judged. */
    productDecision: text('product_decision'),
    decisionReason: text('decision_reason'),
    /** The check-in that carried the accepted product. */
    acceptedCheckInId: uuid('accepted_check_in_id').references(() => checkIns.id),
    exceeded: boolean('exceeded').notNull().default(false),
    findings: text('findings'),
    recommendation: text('recommendation'),
  },
  (t) => [
    uniqueIndex('appraisal_items_appraisal_task_uq').on(t.appraisalId, t.taskId),
    index('appraisal_items_task_idx').on(t.taskId),
  ],
);

/** Each state a support commitment was given (due, delivered, late), newest last. */
export const supportDeliveries = pgTable(
  'support_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => supportCommitments.id),
    state: text('state').notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_deliveries_commitment_idx').on(t.commitmentId)],
);

/** An in-app notification; `key` makes each one unique, so no sweep sends twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    emailError: text('email_error'),
  },
  (t) => [
    uniqueIndex('notifications_user_key_uq').on(t.userId, t.key),
    index('notifications_user_unread_idx').on(t.userId, t.readAt),
  ],
);

/** A run of the reminder sweep, for the operators. */
export const sweepRuns = pgTable('sweep_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  day: date('day', { mode: 'string' }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  created: integer('created').notNull().default(0),
  emailed: integer('emailed').notNull().default(0),
});

/** An urging notice (văn bản đôn đốc) the assigner sends to a head. */
export const urgingNotices = pgTable(
  'urging_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    documentNumber: text('document_number').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title'),
    body: text('body').notNull(),
    taskIds: uuid('task_ids').array().notNull(),
    respondBy: date('respond_by', { mode: 'string' }),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('urging_notices_assignment_idx').on(t.assignmentId)],
);
