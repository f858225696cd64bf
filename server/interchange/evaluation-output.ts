import type { Locale } from '../../contracts/errors.ts';
import type { InterchangeAssignment } from '../../contracts/interchange/cycle-format.ts';
import type { Classification, Condition, Level, TaskCounts } from '../domain/scoring/classify.ts';
import type { HeadEvaluation } from '../domain/scoring/evaluate.ts';
import {
  formatHundredths,
  parseHundredths,
  type Rational,
  ratToString,
  roundHalfUpToHundredths,
} from '../domain/scoring/exact.ts';
import { renderExplanation } from '../domain/scoring/explanation-text.ts';
import { completionPercent } from '../domain/scoring/task-facts.ts';
import type { DocumentIndex } from './document-index.ts';

/**
 * The output of `mandate evaluate`, format "mandate.evaluation/1". Amounts shown are
 * decimal strings with 2 decimals ("89.50"), rounded half up; each has its exact value
 * beside it as "n/d" where rounding could hide something. Condition params in the
 * structured explanation keep the domain's convention: scores and shares in integer
 * hundredths, counts as plain integers.
 */

export const EVALUATION_FORMAT = 'mandate.evaluation/1' as const;

/** Points shown with 2 decimals, e.g. "89.50". */
export type PointsText = string;

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

export interface TaskOutput {
  taskId: string;
  position: number;
  kind: 'target' | 'deliverable';
  title: string;
  weight: PointsText;
  /** The score the rules propose to the members (SPEC §4 item 4). */
  proposal: PointsText;
  latePenalized: boolean;
  /** The members' aggregate; null when nobody scored the task. */
  score: PointsText | null;
  scoreExact: string | null;
  bonus: PointsText | null;
  bonusExact: string | null;
  memberCount: number;
  spread: PointsText;
  spreadFlagged: boolean;
  facts: {
    done: boolean;
    onTime: boolean;
    late: boolean;
    overdue: boolean;
    exceeded: boolean;
    doneDate: string | null;
    doneDateSource: 'check_in' | 'appraisal' | null;
    deadline: string;
    originalDeadline: string;
    extended: boolean;
    finalActual: string | null;
    finalActualSource: 'appraisal' | 'check_in' | null;
    verified: boolean;
    fraction: string | null;
    completionPercent: PointsText;
  };
}

export interface HeadOutput {
  assignmentId: string;
  documentNumber: string | null;
  assigningUnitId: string;
  unit: UnitRef;
  head: { personId: string; name: string };
  post: { id: string; title: string };
  asOf: string;
  provisional: boolean;
  total: PointsText;
  totalExact: string;
  level: Level;
  breakdown: {
    general: PointsText;
    tasks: PointsText;
    bonusBeforeCap: PointsText;
    bonus: PointsText;
    bonusCapped: boolean;
    deductions: PointsText;
    clamped: 'low' | 'high' | null;
    /** R / Σ weights of the tasks counted in a quarter; "1" for the annual result. */
    taskScale: string;
    exact: { general: string; tasks: string; bonus: string; deductions: string; unclamped: string };
  };
  explanation: {
    /** Headline and deciding conditions as sentences in the chosen locale. */
    text: string[];
    decisive: Condition[];
    checks: Classification['checks'];
    counts: TaskCounts;
    cappedBySubUnitRule: { from: Level; units: UnitRef[] } | null;
  };
  tasks: TaskOutput[];
  cancelledTaskIds: string[];
  criteria: {
    key: string;
    score: PointsText | null;
    scoreExact: string | null;
    memberCount: number;
    spread: PointsText;
    spreadFlagged: boolean;
  }[];
  deductions: { id: string; points: PointsText; reason: string }[];
  disqualifyingEvents: { id: string; kind: string; note: string | null }[];
  recusedMembers: { personId: string; name: string }[];
  missing: { kind: 'task' | 'criterion'; id: string }[];
  complete: boolean;
  spreadFlags: { kind: 'task' | 'criterion'; id: string; spread: PointsText }[];
}

const pts = (h: number): PointsText => formatHundredths(h);
const shown = (x: Rational): PointsText => pts(roundHalfUpToHundredths(x));
const maybe = (x: Rational | null) => (x === null ? null : shown(x));
const exact = (x: Rational | null) => (x === null ? null : ratToString(x));

export function unitRef(index: DocumentIndex, id: string): UnitRef {
  const u = index.units.get(id);
  return { id, code: u?.code ?? id, name: u?.name ?? id };
}

/** The explanation's text with unit ids replaced by their names, so the sentences read well. */
function explanationText(index: DocumentIndex, c: Classification, locale: Locale): string[] {
  const named = (cond: Condition): Condition =>
    cond.code === 'no_sub_unit_not_completed' && Array.isArray(cond.params.unitIds)
      ? {
          ...cond,
          params: { ...cond.params, unitIds: cond.params.unitIds.map((id) => unitRef(index, id).name) },
        }
      : cond;
  return renderExplanation({ ...c, decisive: c.decisive.map(named) }, locale);
}

export function headOutput(
  index: DocumentIndex,
  assignment: InterchangeAssignment,
  e: HeadEvaluation,
  asOf: string,
  locale: Locale,
): HeadOutput {
  const t = e.total;
  const c = e.classification;
  const byId = new Map(assignment.tasks.map((task) => [task.id, task]));
  const personName = (id: string) => index.people.get(id)?.fullName ?? id;
  return {
    assignmentId: assignment.id,
    documentNumber: assignment.documentNumber,
    assigningUnitId: assignment.assigningUnitId,
    unit: unitRef(index, assignment.assigneeUnitId),
    head: { personId: assignment.headPersonId, name: personName(assignment.headPersonId) },
    post: { id: assignment.headPostId, title: index.posts.get(assignment.headPostId)?.title ?? '' },
    asOf,
    provisional: e.provisional,
    total: pts(t.rounded),
    totalExact: ratToString(t.exact),
    level: c.level,
    breakdown: {
      general: shown(t.general),
      tasks: shown(t.tasks),
      bonusBeforeCap: shown(t.bonusBeforeCap),
      bonus: shown(t.bonus),
      bonusCapped: t.bonusCapped,
      deductions: shown(t.deductions),
      clamped: t.clamped,
      taskScale: ratToString(e.taskScale),
      exact: {
        general: ratToString(t.general),
        tasks: ratToString(t.tasks),
        bonus: ratToString(t.bonus),
        deductions: ratToString(t.deductions),
        unclamped: ratToString(t.unclamped),
      },
    },
    explanation: {
      text: explanationText(index, c, locale),
      decisive: c.decisive,
      checks: c.checks,
      counts: c.counts,
      cappedBySubUnitRule: c.cappedBySubUnitRule
        ? {
            from: c.cappedBySubUnitRule.from,
            units: c.cappedBySubUnitRule.unitIds.map((id) => unitRef(index, id)),
          }
        : null,
    },
    tasks: e.tasks.map(({ facts: f, proposal: p, aggregate: a }) => {
      const task = byId.get(f.taskId)!;
      return {
        taskId: f.taskId,
        position: task.position,
        kind: f.kind,
        title: task.title,
        weight: pts(f.weight),
        proposal: pts(p.proposal),
        latePenalized: p.latePenalized,
        score: maybe(a.score),
        scoreExact: exact(a.score),
        bonus: maybe(a.bonus),
        bonusExact: exact(a.bonus),
        memberCount: a.memberCount,
        spread: pts(a.spread),
        spreadFlagged: a.spreadFlagged,
        facts: {
          done: f.done,
          onTime: f.onTime,
          late: f.late,
          overdue: f.overdue,
          exceeded: f.exceeded,
          doneDate: f.doneDate,
          doneDateSource: f.doneDateSource,
          deadline: f.deadline,
          originalDeadline: f.originalDeadline,
          extended: f.extended,
          finalActual: f.finalActual,
          finalActualSource: f.finalActualSource,
          verified: f.verified,
          fraction: f.fraction,
          completionPercent: pts(completionPercent(f)),
        },
      };
    }),
    cancelledTaskIds: e.cancelledTaskIds,
    criteria: e.criteria.map((x) => ({
      key: x.key,
      score: maybe(x.score),
      scoreExact: exact(x.score),
      memberCount: x.memberCount,
      spread: pts(x.spread),
      spreadFlagged: x.spreadFlagged,
    })),
    deductions: index.doc.deductions
      .filter((d) => d.assignmentId === assignment.id)
      .map((d) => ({ id: d.id, points: pts(parseHundredths(d.points)), reason: d.reason })),
    disqualifyingEvents: index.doc.disqualifyingEvents
      .filter((d) => d.assignmentId === assignment.id)
      .map((d) => ({ id: d.id, kind: d.kind, note: d.note })),
    recusedMembers: e.recusedMemberIds.map((id) => ({ personId: id, name: personName(id) })),
    missing: e.missing,
    complete: e.complete,
    spreadFlags: e.spreadFlags.map((f) => ({ kind: f.kind, id: f.id, spread: pts(f.spread) })),
  };
}
