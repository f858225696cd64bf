import { z } from 'zod';
import { isoDate, LIMITS, uuid } from './common.ts';
import { TASK_KINDS } from './tasks.ts';

export const APPRAISAL_KINDS = ['quarterly', 'ad_hoc'] as const;
export const APPRAISAL_PROGRESS = ['on_track', 'at_risk', 'late'] as const;
export const PRODUCT_DECISIONS = ['accepted', 'returned', 'rejected'] as const;
export const APPRAISAL_LIMITS = { items: 500, text: LIMITS.text } as const;

const text = (max: number) => z.string().trim().max(max);
const note = text(APPRAISAL_LIMITS.text).nullish();

/** A share of the expected product, 0..1 with at most 4 decimals (0,3333 = a third). */
export const fraction = z
  .number()
  .min(0)
  .max(1)
  .refine((v) => Math.abs(Math.round(v * 10_000) - v * 10_000) < 1e-6, { message: 'at most 4 decimals' });

export const appraisalItemInput = z.strictObject({
  taskId: uuid,
  progress: z.enum(APPRAISAL_PROGRESS),
  /** Targets: the value the agency verified. */
  verifiedValue: z.number().finite().min(-1e12).max(1e12).nullish(),
  /** Deliverables: share of the product verified; an accepted product is whole (1). */
  verifiedFraction: fraction.nullish(),
  productDecision: z.enum(PRODUCT_DECISIONS).nullish(),
  decisionReason: note,
  /** Accepted deliverables: the check-in that carried the product (default: the latest in force submitting it). */
  acceptedCheckInId: uuid.nullish(),
  exceeded: z.boolean().nullish(),
  findings: note,
  recommendation: note,
});

export const recordAppraisalBody = z.strictObject({
  kind: z.enum(APPRAISAL_KINDS),
  quarter: z.int().min(1).max(4).nullish(),
  appraisedOn: isoDate,
  findings: note,
  recommendations: note,
  items: z.array(appraisalItemInput).min(1).max(APPRAISAL_LIMITS.items),
});
export type RecordAppraisalBody = z.infer<typeof recordAppraisalBody>;

export const appraisalItemSchema = z.object({
  id: uuid,
  taskId: uuid,
  taskNumber: z.int(),
  taskTitle: z.string(),
  taskKind: z.enum(TASK_KINDS),
  unitOfMeasure: z.string().nullable(),
  progress: z.enum(APPRAISAL_PROGRESS),
  verifiedValue: z.number().nullable(),
  verifiedFraction: z.number().nullable(),
  productDecision: z.enum(PRODUCT_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  acceptedCheckInId: uuid.nullable(),
  exceeded: z.boolean(),
  findings: z.string().nullable(),
  recommendation: z.string().nullable(),
  /** A later appraisal of the same task superseded this line. */
  superseded: z.boolean(),
});

export const appraisalSchema = z.object({
  id: uuid,
  assignmentId: uuid,
  kind: z.enum(APPRAISAL_KINDS),
  quarter: z.int().nullable(),
  appraisedOn: z.string(),
  appraiserUnit: z.object({ id: uuid, name: z.string() }),
  findings: z.string().nullable(),
  recommendations: z.string().nullable(),
  createdBy: z.object({ id: uuid, displayName: z.string() }),
  createdAt: z.string(),
  items: z.array(appraisalItemSchema),
});
export type AppraisalDto = z.infer<typeof appraisalSchema>;

export const appraisalListSchema = z.object({ items: z.array(appraisalSchema) });

const worklistTask = z.object({ taskId: uuid, number: z.int(), title: z.string() });

export const worklistEntrySchema = z.object({
  assignmentId: uuid,
  cycleId: uuid,
  cycleName: z.string(),
  state: z.string(),
  assigneeUnit: z.object({ id: uuid, name: z.string() }),
  headName: z.string().nullable(),
  documentNumber: z.string().nullable(),
  /** Deliverables whose product was submitted and has not been judged since. */
  productsAwaiting: z.array(worklistTask.extend({ checkInId: uuid, submittedOn: z.string() })),
  /** Open tasks judged at risk by the last appraisal, or past their deadline. */
  atRiskOrOverdue: z.array(worklistTask.extend({ status: z.string(), atRisk: z.boolean() })),
  /** Tasks in force that no appraisal has looked at yet. */
  neverAppraised: z.array(worklistTask),
  lastAppraisedOn: z.string().nullable(),
  /** Quarters of the cycle begun by the date asked about with no quarterly appraisal. */
  quartersNotAppraised: z.array(z.int()),
});

export const worklistSchema = z.object({ date: z.string(), items: z.array(worklistEntrySchema) });
export type WorklistDto = z.infer<typeof worklistSchema>;
