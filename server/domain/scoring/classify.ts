import { type Hundredths, parseHundredths, percentShare, shareAtLeast, shareAtMost } from './exact.ts';
import type { ScoringPolicy } from './policy.ts';
import type { IsoDate, TaskFacts } from './task-facts.ts';

/** Classification levels, best first. */
export type Level = 'excellent' | 'good' | 'completed' | 'not_completed';
export const LEVELS: readonly Level[] = ['excellent', 'good', 'completed', 'not_completed'];

/** Rank for comparisons: higher is better. */
export const levelRank = (level: Level): number => LEVELS.length - 1 - LEVELS.indexOf(level);

export type ConditionCode =
  | 'total_at_least'
  | 'all_tasks_done_on_time'
  | 'exceeded_share_at_least'
  | 'all_tasks_done'
  | 'late_share_at_most'
  | 'no_disqualifying_event'
  | 'no_sub_unit_not_completed';

/**
 * One checked condition. Param conventions, so the UI can localize: scores and shares
 * are integer hundredths (of a point, of a percent), counts are plain integers.
 */
export interface Condition {
  code: ConditionCode;
  met: boolean;
  params: Record<string, number | string | string[]>;
}

export interface LevelCheck {
  level: Exclude<Level, 'not_completed'>;
  met: boolean;
  conditions: Condition[];
}

/** A recorded event that forces "not completed" (discipline, corruption in the unit...). */
export interface DisqualifyingEvent {
  kind: string;
  date?: IsoDate;
  note?: string;
}

/** The level of a head of a unit directly under the evaluated head's unit. */
export interface SubordinateResult {
  unitId: string;
  headPersonId?: string;
  level: Level;
}

export interface TaskCounts {
  tasks: number;
  done: number;
  onTime: number;
  late: number;
  exceeded: number;
}

/** The proposed level and why: `decisive` holds the condition(s) that decided it. */
export interface Classification {
  level: Level;
  total: Hundredths;
  counts: TaskCounts;
  /** Excellent: its met conditions; lower: the failed conditions of the level just above. */
  decisive: Condition[];
  checks: LevelCheck[];
  /** Set when the sub-unit rule lowered the level. */
  cappedBySubUnitRule: { from: Level; unitIds: string[] } | null;
}

/** Counts the tasks that are not cancelled. */
export function countTasks(facts: readonly TaskFacts[]): TaskCounts {
  const live = facts.filter((f) => !f.cancelled);
  return {
    tasks: live.length,
    done: live.filter((f) => f.done).length,
    onTime: live.filter((f) => f.onTime).length,
    late: live.filter((f) => f.late).length,
    exceeded: live.filter((f) => f.exceeded).length,
  };
}

const pct = (percent: number): Hundredths => parseHundredths(percent);

function levelChecks(total: Hundredths, c: TaskCounts, policy: ScoringPolicy): LevelCheck[] {
  const totalAtLeast = (min: Hundredths): Condition => ({
    code: 'total_at_least',
    met: total >= min,
    params: { total, min },
  });
  const onTime: Condition = {
    code: 'all_tasks_done_on_time',
    met: c.onTime === c.tasks,
    params: { tasks: c.tasks, notOnTime: c.tasks - c.onTime },
  };
  const exceeded: Condition = {
    code: 'exceeded_share_at_least',
    met: shareAtLeast(c.exceeded, c.tasks, policy.excellentMinExceededPercent),
    params: {
      exceeded: c.exceeded,
      tasks: c.tasks,
      share: percentShare(c.exceeded, c.tasks),
      minShare: pct(policy.excellentMinExceededPercent),
    },
  };
  const allDone: Condition = {
    code: 'all_tasks_done',
    met: c.done === c.tasks,
    params: { tasks: c.tasks, notDone: c.tasks - c.done },
  };
  const late: Condition = {
    code: 'late_share_at_most',
    met: shareAtMost(c.late, c.tasks, policy.completedMaxLatePercent),
    params: {
      late: c.late,
      tasks: c.tasks,
      share: percentShare(c.late, c.tasks),
      maxShare: pct(policy.completedMaxLatePercent),
    },
  };
  const check = (level: LevelCheck['level'], conditions: Condition[]): LevelCheck => ({
    level,
    met: conditions.every((x) => x.met),
    conditions,
  });
  return [
    check('excellent', [totalAtLeast(policy.bands.excellent), onTime, exceeded]),
    check('good', [totalAtLeast(policy.bands.good), onTime]),
    check('completed', [totalAtLeast(policy.bands.completed), allDone, late]),
  ];
}

/** Picks the first level whose conditions all hold and names the conditions that decided it. */
function decide(checks: LevelCheck[]): Pick<Classification, 'level' | 'decisive'> {
  const index = checks.findIndex((c) => c.met);
  if (index === 0) return { level: checks[0].level, decisive: checks[0].conditions };
  const above = checks[index === -1 ? checks.length - 1 : index - 1];
  return {
    level: index === -1 ? 'not_completed' : checks[index].level,
    decisive: above.conditions.filter((c) => !c.met),
  };
}

export interface ClassifyInput {
  /** The rounded total (SPEC §4 item 7). */
  total: Hundredths;
  facts: readonly TaskFacts[];
  disqualifyingEvents?: readonly DisqualifyingEvent[];
  /** Results of heads of units directly under this head's unit, same cycle. */
  subordinates?: readonly SubordinateResult[];
}

/** Classifies a head from the top level down; a disqualifying event always gives not_completed. */
export function classifyHead(input: ClassifyInput, policy: ScoringPolicy): Classification {
  const counts = countTasks(input.facts);
  const checks = levelChecks(input.total, counts, policy);
  const events = input.disqualifyingEvents ?? [];
  if (events.length > 0) {
    const condition: Condition = {
      code: 'no_disqualifying_event',
      met: false,
      params: { count: events.length, kinds: [...new Set(events.map((e) => e.kind))] },
    };
    // the event outranks every level, so it is a failed condition of each of them
    for (const check of checks) {
      check.conditions.push(condition);
      check.met = false;
    }
    return {
      level: 'not_completed',
      total: input.total,
      counts,
      decisive: [condition],
      checks,
      cappedBySubUnitRule: null,
    };
  }
  const base: Classification = {
    ...decide(checks),
    total: input.total,
    counts,
    checks,
    cappedBySubUnitRule: null,
  };
  return applySubUnitRule(base, input.subordinates ?? [], policy);
}

/**
 * Sub-unit rule: with the rule on, a head cannot be above "good" while the head of a unit
 * directly under theirs is "not completed" in the same cycle. Returns a new classification.
 */
export function applySubUnitRule(
  classification: Classification,
  subordinates: readonly SubordinateResult[],
  policy: ScoringPolicy,
): Classification {
  if (!policy.subUnitRule) return classification;
  const failing = subordinates.filter((s) => s.level === 'not_completed').map((s) => s.unitId);
  const condition: Condition = {
    code: 'no_sub_unit_not_completed',
    met: failing.length === 0,
    params: { unitIds: failing },
  };
  // the rule is a condition of every level above "good"
  const checks = classification.checks.map((check) => {
    if (levelRank(check.level) <= levelRank('good')) return check;
    const conditions = [...check.conditions.filter((c) => c.code !== condition.code), condition];
    return { ...check, met: conditions.every((c) => c.met), conditions };
  });
  const disqualified = classification.decisive.some((c) => c.code === 'no_disqualifying_event');
  if (disqualified) return { ...classification, checks };
  // applying the rule again (fresh subordinate results) starts from the level before it
  const from = classification.cappedBySubUnitRule?.from ?? classification.level;
  const capped = !condition.met && levelRank(from) > levelRank('good');
  return {
    ...classification,
    ...decide(checks),
    checks,
    cappedBySubUnitRule: capped ? { from, unitIds: failing } : null,
  };
}
