import { cmp, ONE, parseDecimal, parseHundredths, ZERO } from '../domain/scoring/exact.ts';
import { type DocumentIndex, isEvaluated, memberUnitIds } from './document-index.ts';
import type { IssueCollector } from './issues.ts';
import { checkRef, checkUnique } from './validate-structure.ts';

/**
 * Cross-reference checks of the records kept during and after the cycle: check-ins,
 * appraisals, councils, score sheets, deductions, disqualifying events and results given
 * from outside the document. A recused member's sheet is not an error: it is reported as
 * a note and left out of the evaluation.
 */

/** Checks a reference to an assignment that must be evaluated (not a draft). */
function checkAssignment(index: DocumentIndex, issues: IssueCollector, id: string, path: string): boolean {
  if (!checkRef(issues, index.assignments, id, path, 'assignments')) return false;
  if (!isEvaluated(index.assignments.get(id)!.assignment)) {
    issues.add(path, 'assignment_is_draft', { value: id });
    return false;
  }
  return true;
}

export function validateRecords(index: DocumentIndex, issues: IssueCollector, notes: IssueCollector): void {
  validateCheckIns(index, issues);
  validateAppraisals(index, issues);
  validateCouncils(index, issues);
  validateScores(index, issues, notes);
  const { doc } = index;
  checkUnique(
    issues,
    doc.deductions,
    (d) => d.id,
    (i) => `deductions[${i}].id`,
  );
  for (const [i, d] of doc.deductions.entries()) {
    checkAssignment(index, issues, d.assignmentId, `deductions[${i}].assignmentId`);
  }
  checkUnique(
    issues,
    doc.disqualifyingEvents,
    (e) => e.id,
    (i) => `disqualifyingEvents[${i}].id`,
  );
  for (const [i, e] of doc.disqualifyingEvents.entries()) {
    checkAssignment(index, issues, e.assignmentId, `disqualifyingEvents[${i}].assignmentId`);
  }
  const subs = doc.subordinateResults ?? [];
  checkUnique(
    issues,
    subs,
    (s) => s.unitId,
    (i) => `subordinateResults[${i}].unitId`,
    'duplicate_result',
  );
  subs.forEach((s, i) => {
    const path = `subordinateResults[${i}].unitId`;
    if (!checkRef(issues, index.units, s.unitId, path, 'units')) return;
    if (doc.assignments.some((a) => a.assigneeUnitId === s.unitId && isEvaluated(a))) {
      issues.add(path, 'result_computed_here', { value: s.unitId });
    }
  });
  const previous = doc.previousResults ?? [];
  checkUnique(
    issues,
    previous,
    (p) => p.personId,
    (i) => `previousResults[${i}].personId`,
    'duplicate_result',
  );
  previous.forEach((p, i) => {
    checkRef(issues, index.people, p.personId, `previousResults[${i}].personId`, 'people');
    if (p.cycleId === doc.cycle.id)
      issues.add(`previousResults[${i}].cycleId`, 'same_cycle', { value: p.cycleId });
  });
}

function validateCheckIns(index: DocumentIndex, issues: IssueCollector): void {
  const { checkIns } = index.doc;
  checkUnique(
    issues,
    checkIns,
    (c) => c.id,
    (i) => `checkIns[${i}].id`,
  );
  const correctedBy = new Map<string, number>();
  checkIns.forEach((c, i) => {
    if (c.correctsId === null) return;
    const first = correctedBy.get(c.correctsId);
    if (first === undefined) correctedBy.set(c.correctsId, i);
    else
      issues.add(`checkIns[${i}].correctsId`, 'already_corrected', {
        value: c.correctsId,
        first: `checkIns[${first}]`,
      });
  });
  checkIns.forEach((c, i) => {
    const at = `checkIns[${i}]`;
    if (!checkRef(issues, index.tasks, c.taskId, `${at}.taskId`, 'tasks')) return;
    const { task, assignment } = index.tasks.get(c.taskId)!;
    if (!isEvaluated(assignment)) issues.add(`${at}.taskId`, 'assignment_is_draft', { value: assignment.id });
    if (task.kind === 'target') {
      if (c.percent !== null) issues.add(`${at}.percent`, 'not_for_target');
      if (c.submitsProduct) issues.add(`${at}.submitsProduct`, 'not_for_target');
    } else if (c.value !== null) issues.add(`${at}.value`, 'not_for_deliverable');
    if (
      c.correctsId !== null &&
      checkRef(issues, index.checkIns, c.correctsId, `${at}.correctsId`, 'checkIns')
    ) {
      const corrected = index.checkIns.get(c.correctsId)!;
      // the list is in entry order, so a correction comes after what it corrects (no loops)
      if (corrected.index >= i)
        issues.add(`${at}.correctsId`, 'correction_before_entry', { value: c.correctsId });
      if (corrected.checkIn.taskId !== c.taskId) {
        issues.add(`${at}.correctsId`, 'correction_other_task', { value: c.correctsId });
      }
    }
  });
}

function validateAppraisals(index: DocumentIndex, issues: IssueCollector): void {
  const { appraisals } = index.doc;
  checkUnique(
    issues,
    appraisals,
    (a) => a.id,
    (i) => `appraisals[${i}].id`,
  );
  appraisals.forEach((a, i) => {
    const at = `appraisals[${i}]`;
    checkRef(issues, index.units, a.appraiserUnitId, `${at}.appraiserUnitId`, 'units');
    if (a.kind === 'quarterly' && a.quarter === null) issues.add(`${at}.quarter`, 'quarter_required');
    if (a.kind === 'ad_hoc' && a.quarter !== null) issues.add(`${at}.quarter`, 'quarter_not_allowed');
    const assignmentOk = checkAssignment(index, issues, a.assignmentId, `${at}.assignmentId`);
    checkUnique(
      issues,
      a.items,
      (x) => x.taskId,
      (k) => `${at}.items[${k}].taskId`,
      'duplicate_task',
    );
    a.items.forEach((item, k) => {
      const it = `${at}.items[${k}]`;
      if (!checkRef(issues, index.tasks, item.taskId, `${it}.taskId`, 'tasks')) return;
      const { task, assignment } = index.tasks.get(item.taskId)!;
      if (assignmentOk && assignment.id !== a.assignmentId) {
        issues.add(`${it}.taskId`, 'task_not_in_assignment', {
          value: item.taskId,
          assignmentId: a.assignmentId,
        });
      }
      if (task.kind === 'target') {
        for (const field of ['verifiedFraction', 'productDecision', 'acceptedCheckInId'] as const) {
          if (item[field] !== null) issues.add(`${it}.${field}`, 'not_for_target');
        }
        if (item.exceeded) issues.add(`${it}.exceeded`, 'not_for_target');
        return;
      }
      if (item.verifiedValue !== null) issues.add(`${it}.verifiedValue`, 'not_for_deliverable');
      const accepted = item.productDecision === 'accepted';
      if (item.verifiedFraction !== null) {
        const f = parseDecimal(item.verifiedFraction);
        if (cmp(f, ZERO) < 0 || cmp(f, ONE) > 0)
          issues.add(`${it}.verifiedFraction`, 'fraction_out_of_range');
        else if (accepted && cmp(f, ONE) !== 0)
          issues.add(`${it}.verifiedFraction`, 'accepted_fraction_not_one');
      }
      if (item.exceeded && !accepted) issues.add(`${it}.exceeded`, 'exceeded_requires_acceptance');
      if (item.acceptedCheckInId === null) return;
      if (!accepted) issues.add(`${it}.acceptedCheckInId`, 'check_in_requires_acceptance');
      if (checkRef(issues, index.checkIns, item.acceptedCheckInId, `${it}.acceptedCheckInId`, 'checkIns')) {
        const { checkIn } = index.checkIns.get(item.acceptedCheckInId)!;
        if (checkIn.taskId !== item.taskId || !checkIn.submitsProduct) {
          issues.add(`${it}.acceptedCheckInId`, 'not_a_product_check_in', { value: item.acceptedCheckInId });
        } else if (checkIn.reportedOn > a.appraisedOn) {
          issues.add(`${it}.acceptedCheckInId`, 'check_in_after_appraisal', {
            reportedOn: checkIn.reportedOn,
          });
        }
      }
    });
  });
}

function validateCouncils(index: DocumentIndex, issues: IssueCollector): void {
  const { councils } = index.doc;
  checkUnique(
    issues,
    councils,
    (c) => c.id,
    (i) => `councils[${i}].id`,
  );
  checkUnique(
    issues,
    councils,
    (c) => c.assigningUnitId,
    (i) => `councils[${i}].assigningUnitId`,
    'duplicate_council',
  );
  councils.forEach((c, i) => {
    const at = `councils[${i}]`;
    checkRef(issues, index.units, c.assigningUnitId, `${at}.assigningUnitId`, 'units');
    if (c.scoringClosesOn < c.scoringOpensOn) {
      issues.add(`${at}.scoringClosesOn`, 'ends_before_start', { start: c.scoringOpensOn });
    }
    checkUnique(
      issues,
      c.members,
      (m) => m.personId,
      (k) => `${at}.members[${k}].personId`,
      'duplicate_member',
    );
    const chairs = c.members.filter((m) => m.role === 'chair').length;
    if (chairs !== 1) issues.add(`${at}.members`, 'one_chair_required', { count: chairs });
    c.members.forEach((m, k) => {
      checkRef(issues, index.people, m.personId, `${at}.members[${k}].personId`, 'people');
      for (const [n, u] of m.unitIds.entries()) {
        checkRef(issues, index.units, u, `${at}.members[${k}].unitIds[${n}]`, 'units');
      }
    });
  });
}

function validateScores(index: DocumentIndex, issues: IssueCollector, notes: IssueCollector): void {
  const { doc } = index;
  const criteria = new Map(doc.policy.params.generalCriteria.map((c) => [c.key, c]));
  const bonusPerTask = parseHundredths(doc.policy.params.bonusPerTask);
  checkUnique(
    issues,
    doc.scores,
    (s) => `${s.councilId}|${s.memberPersonId}|${s.assignmentId}`,
    (i) => `scores[${i}]`,
    'duplicate_sheet',
  );
  doc.scores.forEach((s, i) => {
    const at = `scores[${i}]`;
    const councilOk = checkRef(issues, index.councils, s.councilId, `${at}.councilId`, 'councils');
    const council = councilOk ? index.councils.get(s.councilId)!.council : null;
    const member = council?.members.find((m) => m.personId === s.memberPersonId);
    if (
      checkRef(issues, index.people, s.memberPersonId, `${at}.memberPersonId`, 'people') &&
      council &&
      !member
    ) {
      issues.add(`${at}.memberPersonId`, 'not_a_member', { value: s.memberPersonId, councilId: s.councilId });
    }
    if (!checkAssignment(index, issues, s.assignmentId, `${at}.assignmentId`)) return;
    const { assignment } = index.assignments.get(s.assignmentId)!;
    if (council && council.assigningUnitId !== assignment.assigningUnitId) {
      issues.add(`${at}.assignmentId`, 'council_not_for_cohort', {
        value: s.assignmentId,
        councilId: s.councilId,
      });
    }
    if (member) {
      const units = memberUnitIds(index, member.personId, member.unitIds);
      if (member.personId === assignment.headPersonId || units.includes(assignment.assigneeUnitId)) {
        notes.add(at, 'member_recused', { member: s.memberPersonId, assignmentId: s.assignmentId });
      }
    }
    checkUnique(
      issues,
      s.tasks,
      (t) => t.taskId,
      (k) => `${at}.tasks[${k}].taskId`,
      'duplicate_task',
    );
    s.tasks.forEach((t, k) => {
      const it = `${at}.tasks[${k}]`;
      if (!checkRef(issues, index.tasks, t.taskId, `${it}.taskId`, 'tasks')) return;
      const entry = index.tasks.get(t.taskId)!;
      if (entry.assignment.id !== assignment.id) {
        issues.add(`${it}.taskId`, 'task_not_in_assignment', {
          value: t.taskId,
          assignmentId: assignment.id,
        });
        return;
      }
      const weight = entry.task.weight;
      if (weight !== null && parseHundredths(t.score) > parseHundredths(weight)) {
        issues.add(`${it}.score`, 'score_above_weight', { value: t.score, max: weight });
      }
      if (parseHundredths(t.bonus) > bonusPerTask) {
        issues.add(`${it}.bonus`, 'bonus_above_cap', { value: t.bonus, max: doc.policy.params.bonusPerTask });
      }
    });
    checkUnique(
      issues,
      s.criteria,
      (c) => c.key,
      (k) => `${at}.criteria[${k}].key`,
      'duplicate_criterion',
    );
    s.criteria.forEach((c, k) => {
      const criterion = criteria.get(c.key);
      if (!criterion) issues.add(`${at}.criteria[${k}].key`, 'unknown_criterion', { value: c.key });
      else if (parseHundredths(c.score) > parseHundredths(criterion.max)) {
        issues.add(`${at}.criteria[${k}].score`, 'criterion_score_above_max', {
          value: c.score,
          max: criterion.max,
        });
      }
    });
  });
}
