/**
 * The tasks a council scores for one head, each with the facts fixed on the day scoring
 * opens and the system's proposal (SPEC §4 items 3-4): what members see beside each score.
 */
import type { Queryable } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { loadAppraisalLines, loadCheckIns } from '../../db/repositories/execution.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import {
  completionPercent,
  computeTaskFacts,
  proposeTaskScore,
  type TaskFacts,
  type TaskProposal,
} from '../../domain/scoring/task-facts.ts';
import { toScoringTask } from '../evaluation/scoring-inputs.ts';
import { type ScoredItem, toPoints } from './score-input.ts';

export interface ScoringItem extends ScoredItem {
  title: string;
  kind: 'target' | 'deliverable';
  facts: TaskFacts;
  proposal: TaskProposal;
}

/** Every task of the assignment (cancelled ones flagged) with its facts and proposal on `asOf`. */
export async function scoringItems(
  q: Queryable,
  assignment: { id: string; headPostId: string },
  asOf: IsoDate,
  policy: ScoringPolicy,
): Promise<ScoringItem[]> {
  // The same conversion as scoringTasks(), loaded once so titles and kinds come along.
  const loaded = await loadTasks(q, assignment.id);
  const ids = loaded.map((t) => t.task.id);
  const checkIns = await loadCheckIns(q, ids);
  const lines = await loadAppraisalLines(q, ids);
  return loaded.map((t, i) => {
    const facts = computeTaskFacts(toScoringTask(t, assignment.headPostId, checkIns, lines, asOf), asOf);
    return {
      taskId: t.task.id,
      number: i + 1,
      title: t.task.title,
      kind: t.task.kind as 'target' | 'deliverable',
      weight: facts.weight,
      cancelled: facts.cancelled,
      facts,
      proposal: proposeTaskScore(facts, policy),
    };
  });
}

/** A scoring item as the API shows it (points, completion in percent). */
export function presentScoringItem(item: ScoringItem) {
  const f = item.facts;
  return {
    taskId: item.taskId,
    number: item.number,
    title: item.title,
    kind: item.kind,
    weight: toPoints(item.weight),
    cancelled: item.cancelled,
    proposal: toPoints(item.proposal.proposal),
    facts: {
      completionPercent: toPoints(completionPercent(f)),
      done: f.done,
      onTime: f.onTime,
      late: f.late,
      latePenalized: item.proposal.latePenalized,
      overdue: f.overdue,
      exceeded: f.exceeded,
      finalActual: f.finalActual,
      verified: f.verified,
      fraction: f.fraction,
      deadline: f.deadline,
      originalDeadline: f.originalDeadline,
      doneDate: f.doneDate,
    },
  };
}
