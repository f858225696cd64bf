import { z } from 'zod';
import { ASSIGNMENT_STATES, POLICY_PRESETS } from '../assignments.ts';
import { DIRECTIONS, ROLLUP_METHODS, SUPPORT_KINDS, TASK_TAGS } from '../tasks.ts';
import {
  date,
  decimalString,
  key,
  INTERCHANGE_LIMITS as L,
  level,
  list,
  percent,
  points,
  pointsIn,
  recordId,
  requiredText,
  text,
} from './primitives.ts';

/**
 * The cycle interchange format, version "mandate.cycle/1": one evaluation cycle with
 * its organisation, assignments, execution records and council scores, as one JSON
 * document. Documented field by field in docs/interchange/README.md; the JSON Schema in
 * docs/interchange/ is generated from this file. Every field is present (null when it
 * has no value) except the two optional result lists at the end, so that an export
 * reads back exactly.
 */

export const CYCLE_FORMAT = 'mandate.cycle/1' as const;

const localized = z
  .strictObject({ vi: requiredText(L.name), en: requiredText(L.name) })
  .meta({ id: 'LocalizedText' });

export const policyParamsSchema = z
  .strictObject({
    label: localized,
    resultsPart: pointsIn(0.01, 100),
    generalCriteria: z.array(z.strictObject({ key, label: localized, max: pointsIn(0.01, 100) })).max(20),
    latePenaltyPercent: percent,
    bonusPerTask: points,
    bonusCap: points,
    aggregate: z.enum(['mean', 'median', 'trimmed_mean']),
    trimmedMeanMinMembers: z.int().min(3).max(100),
    bands: z.strictObject({
      excellent: pointsIn(0.01, 100),
      good: pointsIn(0.01, 100),
      completed: pointsIn(0.01, 100),
    }),
    excellentMinExceededPercent: percent,
    completedMaxLatePercent: percent,
    excellentQuotaPercentOfGood: percent,
    subUnitRule: z.boolean(),
    appealDays: z.int().min(0).max(365),
    dueSoonDays: z.int().min(0).max(365),
    silentDays: z.int().min(1).max(365),
    spreadThresholdPercent: percent,
  })
  .meta({ id: 'PolicyParams' });

const cycle = z
  .strictObject({
    id: recordId,
    name: requiredText(L.name),
    kind: z.enum(['year', 'term']),
    startsOn: date,
    endsOn: date,
    ownerUnitId: recordId,
  })
  .meta({ id: 'Cycle' });

const policy = z
  .strictObject({
    preset: z.enum(POLICY_PRESETS),
    version: z.int().min(1),
    params: policyParamsSchema,
  })
  .meta({ id: 'Policy' });

const unit = z
  .strictObject({
    id: recordId,
    code: requiredText(L.code),
    name: requiredText(L.name),
    kind: key,
    parentId: recordId.nullable(),
  })
  .meta({ id: 'Unit' });

const person = z.strictObject({ id: recordId, fullName: requiredText(L.name) }).meta({ id: 'Person' });

const post = z
  .strictObject({
    id: recordId,
    unitId: recordId,
    title: requiredText(L.name),
    isHead: z.boolean(),
  })
  .meta({ id: 'Post' });

const term = z
  .strictObject({
    postId: recordId,
    personId: recordId,
    startOn: date,
    endOn: date.nullable(),
  })
  .meta({ id: 'Term' });

const support = z
  .strictObject({
    kind: z.enum(SUPPORT_KINDS),
    description: requiredText(L.text),
    dueOn: date.nullable(),
    providerUnitId: recordId.nullable(),
    state: z.enum(['due', 'delivered', 'late']),
    deliveredOn: date.nullable(),
  })
  .meta({ id: 'SupportCommitment' });

const change = z
  .discriminatedUnion('field', [
    z.strictObject({
      field: z.literal('deadline'),
      from: date,
      to: date,
      approvedOn: date,
      reason: text(L.text).nullable(),
    }),
    z.strictObject({
      field: z.literal('weight'),
      from: points,
      to: points,
      approvedOn: date,
      reason: text(L.text).nullable(),
    }),
    z.strictObject({
      field: z.literal('targetValue'),
      from: decimalString,
      to: decimalString,
      approvedOn: date,
      reason: text(L.text).nullable(),
    }),
  ])
  .meta({ id: 'ApprovedChange' });

const taskCommon = {
  id: recordId,
  position: z.int().min(1),
  title: requiredText(L.title),
  /** Weight in force (after approved changes); null only in a draft. */
  weight: points.nullable(),
  /** Deadline in force (an approved extension moves it); null only in a draft. */
  deadline: date.nullable(),
  tags: z.array(z.enum(TASK_TAGS)).max(TASK_TAGS.length),
  leadUnitId: recordId.nullable(),
  coordinatingUnitIds: z.array(recordId).max(100),
  parentTaskId: recordId.nullable(),
  support: z.array(support).max(50),
  /** Approved changes, oldest first; the first change of a field keeps its value as issued. */
  history: z.array(change).max(1000),
  cancellation: z.strictObject({ approvedOn: date, reason: requiredText(L.text) }).nullable(),
};

const task = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('target'),
      ...taskCommon,
      metric: text(L.title).nullable(),
      unitOfMeasure: text(100).nullable(),
      baseline: decimalString.nullable(),
      targetValue: decimalString.nullable(),
      direction: z.enum(DIRECTIONS).nullable(),
      rollup: z.enum(ROLLUP_METHODS).nullable(),
    }),
    z.strictObject({
      kind: z.literal('deliverable'),
      ...taskCommon,
      expectedProduct: text(L.text).nullable(),
      acceptanceCriteria: text(L.text).nullable(),
    }),
  ])
  .meta({ id: 'Task' });

const assignment = z
  .strictObject({
    id: recordId,
    assigningUnitId: recordId,
    assigneeUnitId: recordId,
    headPostId: recordId,
    headPersonId: recordId,
    state: z.enum(ASSIGNMENT_STATES),
    title: text(L.name).nullable(),
    bottleneck: text(L.text).nullable(),
    documentNumber: text(50).nullable(),
    documentDate: date.nullable(),
    signerName: text(L.name).nullable(),
    signerTitle: text(L.name).nullable(),
    tasks: z.array(task).max(20_000),
  })
  .meta({ id: 'Assignment' });

const evidence = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('file'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      fileName: requiredText(255),
      mediaType: requiredText(255),
      sizeBytes: z.int().min(0),
    }),
    z.strictObject({ kind: z.literal('link'), url: z.url().max(2000), title: text(L.name).nullable() }),
    z.strictObject({
      kind: z.literal('document'),
      documentNumber: requiredText(100),
      documentDate: date.nullable(),
      title: text(L.name).nullable(),
    }),
  ])
  .meta({ id: 'Evidence' });

const checkIn = z
  .strictObject({
    id: recordId,
    taskId: recordId,
    reportedOn: date,
    /** Target: the value reached. */
    value: decimalString.nullable(),
    /** Deliverable: percent of the product done. */
    percent: z.int().min(0).max(100).nullable(),
    narrative: text(L.text).nullable(),
    submitsProduct: z.boolean(),
    correctsId: recordId.nullable(),
    correctionReason: text(L.text).nullable(),
    evidence: z.array(evidence).max(100),
  })
  .meta({ id: 'CheckIn' });

const appraisalItem = z
  .strictObject({
    taskId: recordId,
    verifiedValue: decimalString.nullable(),
    verifiedFraction: decimalString.nullable(),
    progress: z.enum(['on_track', 'at_risk', 'late', 'done']),
    productDecision: z.enum(['accepted', 'returned', 'rejected']).nullable(),
    acceptedCheckInId: recordId.nullable(),
    exceeded: z.boolean(),
    findings: text(L.text).nullable(),
  })
  .meta({ id: 'AppraisalItem' });

const appraisal = z
  .strictObject({
    id: recordId,
    assignmentId: recordId,
    kind: z.enum(['quarterly', 'ad_hoc']),
    quarter: z.int().min(1).max(40).nullable(),
    appraisedOn: date,
    appraiserUnitId: recordId,
    findings: text(L.text).nullable(),
    recommendations: text(L.text).nullable(),
    items: z.array(appraisalItem).min(1).max(20_000),
  })
  .meta({ id: 'Appraisal' });

const council = z
  .strictObject({
    id: recordId,
    assigningUnitId: recordId,
    name: requiredText(L.name),
    members: z
      .array(
        z.strictObject({
          personId: recordId,
          role: z.enum(['chair', 'member']),
          /** Units the member belongs to beyond the posts this file shows them holding. */
          unitIds: z.array(recordId).max(100),
        }),
      )
      .min(1)
      .max(200),
    scoringOpensOn: date,
    scoringClosesOn: date,
  })
  .meta({ id: 'Council' });

const scoreSheet = z
  .strictObject({
    councilId: recordId,
    memberPersonId: recordId,
    assignmentId: recordId,
    tasks: z.array(z.strictObject({ taskId: recordId, score: points, bonus: points })).max(20_000),
    criteria: z.array(z.strictObject({ key, score: points })).max(20),
    comment: text(L.text).nullable(),
  })
  .meta({ id: 'ScoreSheet' });

const deduction = z
  .strictObject({
    id: recordId,
    assignmentId: recordId,
    points: pointsIn(0.01, 100),
    reason: requiredText(L.text),
    decidedOn: date.nullable(),
  })
  .meta({ id: 'Deduction' });

const disqualifyingEvent = z
  .strictObject({
    id: recordId,
    assignmentId: recordId,
    kind: key,
    occurredOn: date.nullable(),
    note: text(L.text).nullable(),
  })
  .meta({ id: 'DisqualifyingEvent' });

const subordinateResult = z
  .strictObject({
    unitId: recordId,
    headName: text(L.name).nullable(),
    level,
  })
  .meta({ id: 'SubordinateResult' });

const previousResult = z
  .strictObject({
    personId: recordId,
    cycleId: recordId,
    cycleName: text(L.name).nullable(),
    level,
  })
  .meta({ id: 'PreviousResult' });

export const cycleDocumentSchema = z
  .strictObject({
    format: z.literal(CYCLE_FORMAT),
    exportedAt: z.iso.datetime({ offset: true }),
    cycle,
    policy,
    units: list(unit),
    people: list(person),
    posts: list(post),
    terms: list(term),
    assignments: list(assignment),
    checkIns: list(checkIn),
    appraisals: list(appraisal),
    councils: list(council),
    scores: list(scoreSheet),
    deductions: list(deduction),
    disqualifyingEvents: list(disqualifyingEvent),
    /** Levels of heads of units directly under a head in this file, evaluated elsewhere. */
    subordinateResults: list(subordinateResult).optional(),
    /** Final levels of the preceding cycle, for the two-excellent recommendation. */
    previousResults: list(previousResult).optional(),
  })
  .meta({
    title: 'Mandate cycle interchange (mandate.cycle/1)',
    description:
      'One evaluation cycle: organisation, assignments and tasks, check-ins, appraisals, council scores, deductions and disqualifying events. See docs/interchange/README.md.',
  });

export type CycleDocument = z.infer<typeof cycleDocumentSchema>;
export type PolicyParams = z.infer<typeof policyParamsSchema>;
export type InterchangeUnit = CycleDocument['units'][number];
export type InterchangeAssignment = CycleDocument['assignments'][number];
export type InterchangeTask = InterchangeAssignment['tasks'][number];
export type InterchangeCheckIn = CycleDocument['checkIns'][number];
export type InterchangeAppraisal = CycleDocument['appraisals'][number];
export type InterchangeCouncil = CycleDocument['councils'][number];
export type InterchangeScoreSheet = CycleDocument['scores'][number];
