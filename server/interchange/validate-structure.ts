import type { InterchangeTask } from '../../contracts/interchange/cycle-format.ts';
import { cmp, parseDecimal, parseHundredths } from '../domain/scoring/exact.ts';
import { validatePolicy } from '../domain/scoring/policy.ts';
import { type DocumentIndex, isEvaluated, isInSubtree, overlaps } from './document-index.ts';
import type { IssueCollector } from './issues.ts';
import { policyFieldPath, toScoringPolicy } from './policy.ts';
import { cancelledOn, valueOn } from './task-values.ts';

/**
 * Cross-reference checks of a document's structure: the cycle, its policy, the
 * organisation (units, people, posts, terms) and the assignments with their tasks.
 * Every problem is collected; nothing stops at the first one.
 */

/** Reports each id (or other key) met a second time in a list. */
export function checkUnique<T>(
  issues: IssueCollector,
  items: readonly T[],
  keyOf: (t: T) => string,
  path: (i: number) => string,
  code = 'duplicate_id',
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else issues.add(path(i), code, { value: k, first: path(first) });
  });
}

/** Reports a reference that names no record of the given kind. */
export function checkRef(
  issues: IssueCollector,
  map: ReadonlyMap<string, unknown>,
  id: string | null,
  path: string,
  target: string,
): boolean {
  if (id === null) return true;
  if (map.has(id)) return true;
  issues.add(path, 'unknown_reference', { value: id, target });
  return false;
}

export function validateStructure(index: DocumentIndex, issues: IssueCollector): void {
  const { doc } = index;
  const { cycle } = doc;
  checkRef(issues, index.units, cycle.ownerUnitId, 'cycle.ownerUnitId', 'units');
  if (cycle.endsOn <= cycle.startsOn)
    issues.add('cycle.endsOn', 'ends_before_start', { start: cycle.startsOn });
  for (const e of validatePolicy(toScoringPolicy(doc.policy))) {
    const params = flatParams(e.params);
    // the domain counts points in hundredths; the document writes points
    for (const k of ['resultsPart', 'generalPart'])
      if (typeof params[k] === 'number') params[k] = params[k] / 100;
    issues.add(policyFieldPath(e.field), `policy_${e.code}`, params);
  }

  checkUnique(
    issues,
    doc.units,
    (u) => u.id,
    (i) => `units[${i}].id`,
  );
  checkUnique(
    issues,
    doc.units,
    (u) => u.code,
    (i) => `units[${i}].code`,
    'duplicate_code',
  );
  doc.units.forEach((u, i) => {
    const path = `units[${i}].parentId`;
    if (u.parentId === u.id) issues.add(path, 'parent_loop', { value: u.id });
    else if (checkRef(issues, index.units, u.parentId, path, 'units') && u.parentId !== null) {
      // a loop further up: walking the parents comes back to this unit
      let current = index.units.get(u.parentId)?.parentId ?? null;
      for (let steps = 0; current !== null && steps < doc.units.length; steps++) {
        if (current === u.id) {
          issues.add(path, 'parent_loop', { value: u.id });
          break;
        }
        current = index.units.get(current)?.parentId ?? null;
      }
    }
  });
  checkUnique(
    issues,
    doc.people,
    (p) => p.id,
    (i) => `people[${i}].id`,
  );
  checkUnique(
    issues,
    doc.posts,
    (p) => p.id,
    (i) => `posts[${i}].id`,
  );
  for (const [i, p] of doc.posts.entries())
    checkRef(issues, index.units, p.unitId, `posts[${i}].unitId`, 'units');
  const termsOfPost = new Map<string, number[]>();
  doc.terms.forEach((t, i) => {
    checkRef(issues, index.posts, t.postId, `terms[${i}].postId`, 'posts');
    checkRef(issues, index.people, t.personId, `terms[${i}].personId`, 'people');
    if (t.endOn !== null && t.endOn < t.startOn)
      issues.add(`terms[${i}].endOn`, 'ends_before_start', { start: t.startOn });
    const earlier = termsOfPost.get(t.postId) ?? [];
    const clash = earlier.find((j) => overlaps(doc.terms[j], t.startOn, t.endOn ?? '9999-12-31'));
    if (clash !== undefined) issues.add(`terms[${i}]`, 'term_overlap', { other: `terms[${clash}]` });
    termsOfPost.set(t.postId, [...earlier, i]);
  });
  validateAssignments(index, issues);
}

function flatParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    out[k] = typeof v === 'number' ? v : Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

function validateAssignments(index: DocumentIndex, issues: IssueCollector): void {
  const { doc } = index;
  const owner = doc.cycle.ownerUnitId;
  checkUnique(
    issues,
    doc.assignments,
    (a) => a.id,
    (i) => `assignments[${i}].id`,
  );
  const seenTasks = new Map<string, string>();
  doc.assignments.forEach((a, i) => {
    a.tasks.forEach((t, j) => {
      const path = `assignments[${i}].tasks[${j}].id`;
      const first = seenTasks.get(t.id);
      if (first) issues.add(path, 'duplicate_id', { value: t.id, first });
      else seenTasks.set(t.id, path);
    });
  });
  checkUnique(
    issues,
    doc.assignments,
    (a) => `${a.assigneeUnitId}|${a.headPostId}`,
    (i) => `assignments[${i}].headPostId`,
    'duplicate_assignment',
  );

  doc.assignments.forEach((a, i) => {
    const at = `assignments[${i}]`;
    const assigningOk = checkRef(issues, index.units, a.assigningUnitId, `${at}.assigningUnitId`, 'units');
    const assigneeOk = checkRef(issues, index.units, a.assigneeUnitId, `${at}.assigneeUnitId`, 'units');
    if (assigningOk && index.units.has(owner) && !isInSubtree(index, a.assigningUnitId, owner)) {
      issues.add(`${at}.assigningUnitId`, 'outside_cycle_owner', { value: a.assigningUnitId, owner });
    }
    if (
      assigningOk &&
      assigneeOk &&
      (a.assigneeUnitId === a.assigningUnitId || !isInSubtree(index, a.assigneeUnitId, a.assigningUnitId))
    ) {
      issues.add(`${at}.assigneeUnitId`, 'assignee_not_under_assigner', { value: a.assigneeUnitId });
    }
    if (checkRef(issues, index.posts, a.headPostId, `${at}.headPostId`, 'posts')) {
      const post = index.posts.get(a.headPostId)!;
      if (!post.isHead) issues.add(`${at}.headPostId`, 'post_not_head', { value: a.headPostId });
      if (assigneeOk && index.units.has(post.unitId) && !isInSubtree(index, post.unitId, a.assigneeUnitId)) {
        issues.add(`${at}.headPostId`, 'head_post_not_in_unit', { value: a.headPostId });
      }
    }
    if (checkRef(issues, index.people, a.headPersonId, `${at}.headPersonId`, 'people')) {
      const holds = doc.terms.some(
        (t) =>
          t.postId === a.headPostId &&
          t.personId === a.headPersonId &&
          overlaps(t, doc.cycle.startsOn, doc.cycle.endsOn),
      );
      if (!holds) issues.add(`${at}.headPersonId`, 'head_not_holding_post', { value: a.headPersonId });
    }
    if (isEvaluated(a)) {
      if (!a.documentNumber?.trim()) issues.add(`${at}.documentNumber`, 'required_when_issued');
      if (!a.documentDate) issues.add(`${at}.documentDate`, 'required_when_issued');
    }
    checkUnique(
      issues,
      a.tasks,
      (t) => String(t.position),
      (j) => `${at}.tasks[${j}].position`,
      'duplicate_position',
    );
    for (const [j, t] of a.tasks.entries())
      validateTask(index, issues, t, `${at}.tasks[${j}]`, isEvaluated(a), a.id);
    if (isEvaluated(a)) checkWeights(index, issues, a.tasks, at, a.documentDate ?? index.doc.cycle.startsOn);
  });
}

function validateTask(
  index: DocumentIndex,
  issues: IssueCollector,
  t: InterchangeTask,
  at: string,
  issued: boolean,
  assignmentId: string,
): void {
  const { cycle } = index.doc;
  if (issued) {
    if (t.weight === null) issues.add(`${at}.weight`, 'required_when_issued');
    if (t.deadline === null) issues.add(`${at}.deadline`, 'required_when_issued');
    if (t.kind === 'target' && t.targetValue === null)
      issues.add(`${at}.targetValue`, 'required_when_issued');
    if (t.kind === 'target' && t.direction === null) issues.add(`${at}.direction`, 'required_when_issued');
    if (t.deadline !== null && (t.deadline < cycle.startsOn || t.deadline > cycle.endsOn)) {
      issues.add(`${at}.deadline`, 'deadline_outside_cycle', { start: cycle.startsOn, end: cycle.endsOn });
    }
  }
  checkRef(issues, index.units, t.leadUnitId, `${at}.leadUnitId`, 'units');
  for (const [k, u] of t.coordinatingUnitIds.entries()) {
    checkRef(issues, index.units, u, `${at}.coordinatingUnitIds[${k}]`, 'units');
  }
  for (const [k, s] of t.support.entries()) {
    checkRef(issues, index.units, s.providerUnitId, `${at}.support[${k}].providerUnitId`, 'units');
  }
  if (
    checkRef(issues, index.tasks, t.parentTaskId, `${at}.parentTaskId`, 'tasks') &&
    t.parentTaskId !== null
  ) {
    if (index.tasks.get(t.parentTaskId)!.assignment.id === assignmentId) {
      issues.add(`${at}.parentTaskId`, 'parent_task_same_assignment', { value: t.parentTaskId });
    }
  }
  checkHistory(issues, t, at);
}

/** Each field's changes chain up: from = the previous to, and the last to is the value in force. */
function checkHistory(issues: IssueCollector, t: InterchangeTask, at: string): void {
  const last = new Map<string, string | number>();
  let previousDate = '';
  t.history.forEach((c, k) => {
    const path = `${at}.history[${k}]`;
    if (c.approvedOn < previousDate) issues.add(`${path}.approvedOn`, 'history_out_of_order');
    previousDate = c.approvedOn;
    if (c.field === 'targetValue' && t.kind !== 'target') {
      issues.add(`${path}.field`, 'not_for_deliverable');
      return;
    }
    const before = last.get(c.field);
    if (before !== undefined && !same(before, c.from)) {
      issues.add(`${path}.from`, 'history_mismatch', { expected: String(before) });
    }
    last.set(c.field, c.to);
  });
  const current: Record<string, string | number | null> = {
    deadline: t.deadline,
    weight: t.weight,
    targetValue: t.kind === 'target' ? t.targetValue : null,
  };
  for (const [field, value] of last) {
    if (!same(value, current[field])) {
      const k = t.history.findLastIndex((c) => c.field === field);
      issues.add(`${at}.history[${k}].to`, 'history_not_in_force', { field, value: String(current[field]) });
    }
  }
}

/** Equal values: decimal strings compare by value ("12" = "12.0"), the rest as they are. */
function same(a: string | number | null, b: string | number | null): boolean {
  const decimal = /^-?\d+(\.\d+)?$/;
  if (typeof a === 'string' && typeof b === 'string' && decimal.test(a) && decimal.test(b)) {
    return cmp(parseDecimal(a), parseDecimal(b)) === 0;
  }
  return a === b;
}

/**
 * The weights of the tasks not cancelled add up to R now, and also as issued and after
 * each approval: an evaluation fixed on an earlier day reads the values in force then.
 */
function checkWeights(
  index: DocumentIndex,
  issues: IssueCollector,
  tasks: readonly InterchangeTask[],
  at: string,
  issuedOn: string,
): void {
  if (tasks.some((t) => t.cancellation === null && t.weight === null)) return;
  const expected = parseHundredths(index.doc.policy.params.resultsPart);
  const sumOn = (date: string) =>
    tasks
      .filter((t) => !cancelledOn(t, date))
      .reduce((s, t) => s + parseHundredths(valueOn(t, 'weight', date) ?? 0), 0);
  const current = tasks
    .filter((t) => t.cancellation === null)
    .reduce((s, t) => s + parseHundredths(t.weight as number), 0);
  const params = (actual: number) => ({
    expected: index.doc.policy.params.resultsPart,
    actual: actual / 100,
  });
  if (current !== expected) {
    issues.add(`${at}.tasks`, 'weights_must_sum_to_results_part', params(current));
    return;
  }
  const dates = tasks.flatMap((t) => [
    ...t.history.filter((c) => c.field === 'weight').map((c) => c.approvedOn),
    ...(t.cancellation ? [t.cancellation.approvedOn] : []),
  ]);
  // '' reads every value as issued: no change is approved on or before it
  for (const date of ['', ...new Set(dates)].sort()) {
    const sum = sumOn(date);
    if (sum !== expected) {
      issues.add(`${at}.tasks`, 'weights_must_sum_on', { ...params(sum), date: date || issuedOn });
      return;
    }
  }
}
