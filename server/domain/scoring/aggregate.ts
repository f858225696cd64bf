import { DomainError } from './errors.ts';
import { fromHundredths, type Hundredths, mean, parseHundredths, type Rational } from './exact.ts';
import type { AggregateMethod, ScoringPolicy } from './policy.ts';

/** A council member with the units they belong to (for recusal). */
export interface CouncilMember {
  personId: string;
  unitIds: readonly string[];
}

/** The head being evaluated and the unit they lead. */
export interface HeadRef {
  personId: string;
  unitId: string;
}

export interface MemberTaskScore {
  taskId: string;
  score: Hundredths;
  bonus?: Hundredths;
}

export interface MemberCriterionScore {
  key: string;
  score: Hundredths;
}

/** Everything one member scored for one head. */
export interface MemberScoreSheet {
  member: CouncilMember;
  tasks: readonly MemberTaskScore[];
  criteria: readonly MemberCriterionScore[];
}

/** The part of a task the council needs (TaskFacts fits). */
export interface ScoredTaskRef {
  taskId: string;
  weight: Hundredths;
  cancelled: boolean;
}

/** A member is recused when they are the head or belong to the head's unit. */
export function isRecused(member: CouncilMember, head: HeadRef): boolean {
  return member.personId === head.personId || member.unitIds.includes(head.unitId);
}

function inRange(value: unknown, hi: Hundredths, code: string, params: Record<string, unknown>): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > hi) {
    throw new DomainError(code, { ...params, value, min: 0, max: hi });
  }
}

/**
 * Checks one member's sheet as it is entered: refuses a recused member, unknown or
 * cancelled tasks, duplicates, and scores outside [0, weight], [0, bonusPerTask], [0, max].
 */
export function checkMemberScores(
  sheet: MemberScoreSheet,
  head: HeadRef,
  tasks: readonly ScoredTaskRef[],
  policy: ScoringPolicy,
): void {
  if (isRecused(sheet.member, head)) {
    throw new DomainError('member_recused', { memberId: sheet.member.personId, headId: head.personId });
  }
  const byId = new Map(tasks.map((t) => [t.taskId, t]));
  const seen = new Set<string>();
  for (const s of sheet.tasks) {
    const task = byId.get(s.taskId);
    if (!task) throw new DomainError('unknown_task', { taskId: s.taskId });
    if (task.cancelled) throw new DomainError('task_cancelled', { taskId: s.taskId });
    if (seen.has(s.taskId)) throw new DomainError('duplicate_score', { taskId: s.taskId });
    seen.add(s.taskId);
    inRange(s.score, task.weight, 'score_out_of_range', { taskId: s.taskId });
    inRange(s.bonus ?? 0, policy.bonusPerTask, 'bonus_out_of_range', { taskId: s.taskId });
  }
  const criteria = new Map(policy.generalCriteria.map((c) => [c.key, c]));
  const seenKeys = new Set<string>();
  for (const s of sheet.criteria) {
    const criterion = criteria.get(s.key);
    if (!criterion) throw new DomainError('unknown_criterion', { key: s.key });
    if (seenKeys.has(s.key)) throw new DomainError('duplicate_score', { key: s.key });
    seenKeys.add(s.key);
    inRange(s.score, criterion.max, 'criterion_score_out_of_range', { key: s.key });
  }
}

/**
 * Aggregates members' scores exactly: mean, median (mean of the two middle values for an
 * even count), or a trimmed mean dropping one highest and one lowest from `trimmedMin`
 * members up (a plain mean below that). Null when nobody scored.
 */
export function aggregateValues(
  values: readonly Hundredths[],
  method: AggregateMethod,
  trimmedMin = 5,
): Rational | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const exact = sorted.map(fromHundredths);
  if (method === 'median') {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? exact[mid] : mean([exact[mid - 1], exact[mid]]);
  }
  if (method === 'trimmed_mean' && sorted.length >= trimmedMin) return mean(exact.slice(1, -1));
  return mean(exact);
}

/** Whether max − min of members' scores exceeds the policy's percent of the item maximum. */
export function spreadExceeds(spread: Hundredths, itemMax: Hundredths, thresholdPercent: number): boolean {
  return BigInt(spread) * 10000n > BigInt(parseHundredths(thresholdPercent)) * BigInt(itemMax);
}

export interface ItemAggregate {
  score: Rational | null;
  memberCount: number;
  /** max − min of the members' scores (0 for fewer than two members). */
  spread: Hundredths;
  spreadFlagged: boolean;
}

export interface TaskAggregate extends ItemAggregate {
  taskId: string;
  bonus: Rational | null;
}

export interface CriterionAggregate extends ItemAggregate {
  key: string;
}

export interface CouncilAggregates {
  tasks: TaskAggregate[];
  criteria: CriterionAggregate[];
  /** Members whose sheets were left out because they are recused. */
  recusedMemberIds: string[];
  /** Items nobody scored; they count as 0 in the total, and the evaluation is incomplete. */
  missing: { kind: 'task' | 'criterion'; id: string }[];
}

function item(values: Hundredths[], itemMax: Hundredths, policy: ScoringPolicy): ItemAggregate {
  const spread = values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
  return {
    score: aggregateValues(values, policy.aggregate, policy.trimmedMeanMinMembers),
    memberCount: values.length,
    spread,
    spreadFlagged: spreadExceeds(spread, itemMax, policy.spreadThresholdPercent),
  };
}

/**
 * Aggregates the council's sheets for one head: per task score and bonus, per general
 * criterion score. Recused members' sheets are excluded (and named); cancelled tasks are
 * skipped; any other invalid score throws, as it should have been refused at entry.
 */
export function aggregateCouncil(
  sheets: readonly MemberScoreSheet[],
  head: HeadRef,
  tasks: readonly ScoredTaskRef[],
  policy: ScoringPolicy,
): CouncilAggregates {
  const active = tasks.filter((t) => !t.cancelled);
  const cancelled = new Set(tasks.filter((t) => t.cancelled).map((t) => t.taskId));
  const recusedMemberIds: string[] = [];
  const counted: MemberScoreSheet[] = [];
  const members = new Set<string>();
  for (const sheet of sheets) {
    if (members.has(sheet.member.personId)) {
      throw new DomainError('duplicate_member', { memberId: sheet.member.personId });
    }
    members.add(sheet.member.personId);
    if (isRecused(sheet.member, head)) {
      recusedMemberIds.push(sheet.member.personId);
      continue;
    }
    const live = { ...sheet, tasks: sheet.tasks.filter((s) => !cancelled.has(s.taskId)) };
    checkMemberScores(live, head, active, policy);
    counted.push(live);
  }

  const missing: CouncilAggregates['missing'] = [];
  const taskAggregates = active.map((task): TaskAggregate => {
    const entries = counted.flatMap((s) => s.tasks.filter((t) => t.taskId === task.taskId));
    if (entries.length === 0) missing.push({ kind: 'task', id: task.taskId });
    return {
      taskId: task.taskId,
      ...item(
        entries.map((e) => e.score),
        task.weight,
        policy,
      ),
      // the same members and the same aggregate give the task's bonus (no bonus = 0)
      bonus: aggregateValues(
        entries.map((e) => e.bonus ?? 0),
        policy.aggregate,
        policy.trimmedMeanMinMembers,
      ),
    };
  });
  const criterionAggregates = policy.generalCriteria.map((c): CriterionAggregate => {
    const values = counted.flatMap((s) => s.criteria.filter((x) => x.key === c.key).map((x) => x.score));
    if (values.length === 0) missing.push({ kind: 'criterion', id: c.key });
    return { key: c.key, ...item(values, c.max, policy) };
  });
  return { tasks: taskAggregates, criteria: criterionAggregates, recusedMemberIds, missing };
}
