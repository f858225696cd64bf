import { z } from 'zod';
import { isoDate, LIMITS, uuid, version } from './common.ts';

/** Kinds of support request (vướng mắc, xin ý kiến chỉ đạo, đề xuất/hiến kế, đề nghị nguồn lực). */
export const SUPPORT_REQUEST_KINDS = ['obstacle', 'direction', 'proposal', 'resource'] as const;
export type SupportRequestKind = (typeof SUPPORT_REQUEST_KINDS)[number];
/** Where a request goes: the assigning body itself, or a functional agency. */
export const SUPPORT_ROUTES = ['assigner', 'agency'] as const;
export type SupportRoute = (typeof SUPPORT_ROUTES)[number];
export const SUPPORT_REQUEST_STATES = ['open', 'answered', 'withdrawn'] as const;
export type SupportRequestState = (typeof SUPPORT_REQUEST_STATES)[number];
/** What a support commitment stands at: still owed, given on time, or late (given late or not given). */
export const COMMITMENT_STATES = ['due', 'delivered', 'late'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
/** Why a commitment appears among the support owed and not delivered. */
export const OWED_REASONS = ['overdue', 'not_delivered', 'delivered_late'] as const;
export type OwedReason = (typeof OWED_REASONS)[number];

export const SUPPORT_LIMITS = {
  subject: 200,
  body: 5000,
  response: 5000,
  note: LIMITS.text,
  /** Days the responder has when the head names no deadline. */
  defaultResponseDays: 10,
  /** The latest response deadline a head may ask for, in days after raising. */
  maxResponseDays: 60,
} as const;

const text = (max: number) => z.string().trim().max(max);

export const raiseSupportRequestBody = z.strictObject({
  taskId: uuid,
  kind: z.enum(SUPPORT_REQUEST_KINDS),
  subject: text(SUPPORT_LIMITS.subject).min(1),
  body: text(SUPPORT_LIMITS.body).min(1),
  routedTo: z.enum(SUPPORT_ROUTES),
  /** Required when routed to an agency, refused otherwise (checked by the rules, naming the field). */
  agencyUnitId: uuid.nullish(),
  responseDue: isoDate.nullish(),
});
export type RaiseSupportRequestInput = z.infer<typeof raiseSupportRequestBody>;

export const respondSupportRequestBody = z.strictObject({
  version,
  response: text(SUPPORT_LIMITS.response).min(1),
  resolved: z.boolean(),
});
export const withdrawSupportRequestBody = z.strictObject({
  version,
  reason: text(SUPPORT_LIMITS.note).nullish(),
});

export const recordCommitmentStateBody = z.strictObject({
  version,
  state: z.enum(COMMITMENT_STATES),
  deliveredOn: isoDate.nullish(),
  note: text(SUPPORT_LIMITS.note).nullish(),
});
export type RecordCommitmentStateInput = z.infer<typeof recordCommitmentStateBody>;

export const setCommitmentProviderBody = z.strictObject({
  version,
  providerUnitId: uuid.nullable(),
});

export const SUPPORT_BOXES = ['inbox', 'raised'] as const;
export const SUPPORT_STATE_FILTERS = ['open', 'answered', 'withdrawn', 'all'] as const;
export const listSupportRequestsQuery = z.strictObject({
  box: z.enum(SUPPORT_BOXES).default('inbox'),
  state: z.enum(SUPPORT_STATE_FILTERS).default('all'),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(LIMITS.pageSize),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListSupportRequestsQuery = z.infer<typeof listSupportRequestsQuery>;
export const supportDateQuery = z.strictObject({ date: isoDate.optional() });

const unitName = z.object({ id: uuid, name: z.string() });

export const supportRequestSchema = z.object({
  id: uuid,
  assignmentId: uuid,
  task: z.object({ id: uuid, title: z.string() }),
  assigneeUnit: unitName,
  kind: z.enum(SUPPORT_REQUEST_KINDS),
  subject: z.string(),
  body: z.string(),
  routedTo: z.enum(SUPPORT_ROUTES),
  routedToUnit: unitName,
  raisedOn: z.string(),
  responseDue: z.string(),
  /** Days left until the response is due (negative: overdue); null once the request is closed. */
  daysToResponseDue: z.int().nullable(),
  state: z.enum(SUPPORT_REQUEST_STATES),
  /** Unanswered past its deadline, so the assigner may answer it (SPEC §6: escalation to the assigner). */
  escalated: z.boolean(),
  escalatedOn: z.string().nullable(),
  response: z.string().nullable(),
  resolved: z.boolean().nullable(),
  respondedOn: z.string().nullable(),
  respondedByName: z.string().nullable(),
  raisedByName: z.string(),
  /** Set when a delegate raised it on the head's behalf: the head's name. */
  onBehalfOfName: z.string().nullable(),
  version: z.int(),
  abilities: z.object({ respond: z.boolean(), withdraw: z.boolean() }),
});
export type SupportRequestDto = z.infer<typeof supportRequestSchema>;

export const supportRequestListSchema = z.object({
  box: z.enum(SUPPORT_BOXES),
  today: z.string(),
  total: z.int(),
  items: z.array(supportRequestSchema),
});

export const commitmentSchema = z.object({
  id: uuid,
  taskId: uuid,
  kind: z.string(),
  description: z.string(),
  dueOn: z.string().nullable(),
  state: z.enum(COMMITMENT_STATES),
  deliveredOn: z.string().nullable(),
  /** Who owes it: the named functional agency, or the assigning body when none is named. */
  provider: z.object({ unitId: uuid, name: z.string(), isAssigningBody: z.boolean() }),
  /** Where it stands on the ledger's date (owed reasons, or delivered / pending). */
  standing: z.enum(['pending', 'delivered', ...OWED_REASONS]),
  version: z.int(),
  history: z.array(
    z.object({
      state: z.enum(COMMITMENT_STATES),
      deliveredOn: z.string().nullable(),
      note: z.string().nullable(),
      recordedByName: z.string(),
      recordedAt: z.string(),
    }),
  ),
  abilities: z.object({ record: z.boolean(), setProvider: z.boolean() }),
});
export type CommitmentDto = z.infer<typeof commitmentSchema>;

export const owedEntrySchema = z.object({
  commitmentId: uuid,
  taskId: uuid,
  taskTitle: z.string(),
  description: z.string(),
  providerName: z.string(),
  dueOn: z.string(),
  deliveredOn: z.string().nullable(),
  reason: z.enum(OWED_REASONS),
  /** Days past the due date: until delivery when delivered late, else until the ledger's date. */
  daysLate: z.int(),
});

export const assignmentSupportSchema = z.object({
  assignmentId: uuid,
  date: z.string(),
  tasks: z.array(
    z.object({
      id: uuid,
      title: z.string(),
      position: z.int(),
      cancelled: z.boolean(),
      commitments: z.array(commitmentSchema),
      requests: z.array(supportRequestSchema),
    }),
  ),
  owedNotDelivered: z.array(owedEntrySchema),
  abilities: z.object({ raiseRequest: z.boolean() }),
});
export type AssignmentSupportDto = z.infer<typeof assignmentSupportSchema>;

export const commitmentWriteResult = z.object({
  id: uuid,
  state: z.enum(COMMITMENT_STATES),
  deliveredOn: z.string().nullable(),
  providerUnitId: uuid.nullable(),
  version: z.int(),
});

/** A functional agency that answers support requests. */
export const supportAgencyListSchema = z.object({
  items: z.array(z.object({ id: uuid, code: z.string(), name: z.string() })),
});
export type SupportAgencyDto = z.infer<typeof supportAgencyListSchema>['items'][number];
