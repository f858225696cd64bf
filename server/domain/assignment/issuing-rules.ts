/**
 * Rules an assignment must pass before it is issued: the four "clear"s of every task
 * (rõ người, rõ việc, rõ thời gian, rõ sản phẩm), known tags and support kinds, a real
 * document number, and task weights adding up exactly to the policy's results part R.
 * Drafts are loose (they come from forms and Excel), so every problem is reported at once.
 */
import { type IsoDate, isIsoDate } from './calendar.ts';
import { isValidDocumentNumber } from './document-number.ts';
import { DomainError } from './errors.ts';
import { type ActorRoleFacts, type AssignmentState, transition } from './lifecycle.ts';
import { DIRECTIONS, type Hundredths, ROLLUP_METHODS, SUPPORT_KINDS, TASK_TAGS } from './task.ts';

/** A support commitment as drafted, possibly incomplete. */
export interface SupportCommitmentDraft {
  kind?: string | null;
  description?: string | null;
  dueDate?: string | null;
}

/** A task as drafted: every field may still be missing. */
export interface TaskDraft {
  kind?: string | null;
  title?: string | null;
  /** Hundredths of a point. */
  weight?: number | null;
  deadline?: string | null;
  leadUnitId?: string | null;
  /** Falls back to the assignment's head post when absent. */
  headPostId?: string | null;
  coordinatingUnitIds?: string[] | null;
  tags?: string[] | null;
  supportCommitments?: SupportCommitmentDraft[] | null;
  metric?: string | null;
  unitOfMeasure?: string | null;
  targetValue?: number | null;
  direction?: string | null;
  baseline?: number | null;
  rollup?: string | null;
  expectedProduct?: string | null;
  acceptanceCriteria?: string | null;
}

/** An assignment as drafted. */
export interface AssignmentDraft {
  documentNumber?: string | null;
  documentDate?: string | null;
  signer?: string | null;
  headPostId?: string | null;
  tasks: TaskDraft[];
}

/** Policy facts the rules need. */
export interface IssuingOptions {
  /** The results part R in hundredths: 7000 for qd366, 10000 for product-only. */
  resultsPart: Hundredths;
  /** When given, every deadline must fall inside the cycle. */
  cycle?: { startDate: IsoDate; endDate: IsoDate };
  /** Require at least one task tagged "bottleneck" (each head names their biggest one). */
  requireBottleneckTask?: boolean;
}

/** One reason an assignment cannot be issued; `field` is relative to the task when `taskIndex` is set. */
export interface IssueProblem {
  taskIndex?: number;
  field: string;
  code: string;
  params: Record<string, unknown>;
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function oneOf(allowed: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && allowed.includes(value);
}

function taskProblems(
  task: TaskDraft,
  draft: AssignmentDraft,
  options: IssuingOptions,
  report: (field: string, code: string, params?: Record<string, unknown>) => void,
): void {
  const require = (field: keyof TaskDraft) => {
    if (isBlank(task[field])) report(field, 'required');
  };
  // rõ việc, rõ người
  require('title');
  require('leadUnitId');
  if (isBlank(task.headPostId) && isBlank(draft.headPostId)) report('headPostId', 'required');
  if (!isBlank(task.leadUnitId) && task.coordinatingUnitIds?.includes(task.leadUnitId as string)) {
    report('coordinatingUnitIds', 'lead_unit_also_coordinating', { unitId: task.leadUnitId });
  }

  if (task.weight === null || task.weight === undefined) report('weight', 'required');
  else if (!Number.isInteger(task.weight) || task.weight <= 0) {
    report('weight', 'weight_not_positive_integer', { value: task.weight });
  }

  // rõ thời gian
  if (isBlank(task.deadline)) report('deadline', 'required');
  else if (!isIsoDate(task.deadline)) report('deadline', 'invalid_date', { value: task.deadline });
  else {
    const deadline = task.deadline;
    const { cycle } = options;
    if (cycle && (deadline < cycle.startDate || deadline > cycle.endDate)) {
      report('deadline', 'deadline_outside_cycle', {
        deadline,
        cycleStart: cycle.startDate,
        cycleEnd: cycle.endDate,
      });
    }
    if (isIsoDate(draft.documentDate) && deadline < draft.documentDate) {
      report('deadline', 'deadline_before_document_date', { deadline, documentDate: draft.documentDate });
    }
  }

  // rõ sản phẩm: what proves completion depends on the kind
  if (isBlank(task.kind)) report('kind', 'required');
  else if (task.kind === 'target') {
    require('metric');
    require('unitOfMeasure');
    if (task.targetValue === null || task.targetValue === undefined) report('targetValue', 'required');
    else if (!isFiniteNumber(task.targetValue))
      report('targetValue', 'invalid_number', { value: task.targetValue });
    if (isBlank(task.direction)) report('direction', 'required');
    else if (!oneOf(DIRECTIONS, task.direction)) {
      report('direction', 'not_one_of', { value: task.direction, allowed: DIRECTIONS });
    }
    if (task.baseline !== null && task.baseline !== undefined && !isFiniteNumber(task.baseline)) {
      report('baseline', 'invalid_number', { value: task.baseline });
    }
    if (task.rollup !== null && task.rollup !== undefined && !oneOf(ROLLUP_METHODS, task.rollup)) {
      report('rollup', 'not_one_of', { value: task.rollup, allowed: ROLLUP_METHODS });
    }
  } else if (task.kind === 'deliverable') {
    require('expectedProduct');
    require('acceptanceCriteria');
  } else report('kind', 'not_one_of', { value: task.kind, allowed: ['target', 'deliverable'] });

  const seen = new Set<string>();
  for (const tag of task.tags ?? []) {
    if (!oneOf(TASK_TAGS, tag)) report('tags', 'not_one_of', { value: tag, allowed: TASK_TAGS });
    else if (seen.has(tag)) report('tags', 'duplicate_tag', { value: tag });
    seen.add(tag);
  }

  (task.supportCommitments ?? []).forEach((support, i) => {
    const at = `supportCommitments.${i}`;
    if (isBlank(support.kind)) report(`${at}.kind`, 'required');
    else if (!oneOf(SUPPORT_KINDS, support.kind)) {
      report(`${at}.kind`, 'not_one_of', { value: support.kind, allowed: SUPPORT_KINDS });
    }
    if (isBlank(support.description)) report(`${at}.description`, 'required');
    if (isBlank(support.dueDate)) report(`${at}.dueDate`, 'required');
    else if (!isIsoDate(support.dueDate)) report(`${at}.dueDate`, 'invalid_date', { value: support.dueDate });
  });
}

/** Every reason the draft cannot be issued (empty when it can), in document then task order. */
export function issuingProblems(draft: AssignmentDraft, options: IssuingOptions): IssueProblem[] {
  const problems: IssueProblem[] = [];
  const report = (field: string, code: string, params: Record<string, unknown> = {}) =>
    problems.push({ field, code, params });

  if (isBlank(draft.documentNumber)) report('documentNumber', 'required');
  else if (!isValidDocumentNumber(draft.documentNumber)) {
    report('documentNumber', 'invalid_document_number', { value: draft.documentNumber });
  }
  if (isBlank(draft.documentDate)) report('documentDate', 'required');
  else if (!isIsoDate(draft.documentDate))
    report('documentDate', 'invalid_date', { value: draft.documentDate });
  if (isBlank(draft.signer)) report('signer', 'required');

  const tasks = draft.tasks ?? [];
  if (tasks.length === 0) report('tasks', 'no_tasks');
  tasks.forEach((task, taskIndex) => {
    taskProblems(task, draft, options, (field, code, params = {}) => {
      problems.push({ taskIndex, field, code, params });
    });
  });

  if (tasks.length > 0) {
    // Integer hundredths make this comparison exact: 69.5 points is 6950, never 69.4999…
    const sum = tasks.reduce((total, task) => total + (isFiniteNumber(task.weight) ? task.weight : 0), 0);
    if (sum !== options.resultsPart) {
      report('tasks', 'weights_sum_mismatch', {
        sum,
        expected: options.resultsPart,
        difference: sum - options.resultsPart,
      });
    }
  }
  if (options.requireBottleneckTask && !tasks.some((task) => task.tags?.includes('bottleneck'))) {
    report('tasks', 'bottleneck_task_missing');
  }
  return problems;
}

/** Throws `assignment_not_issuable` with every problem when the draft cannot be issued. */
export function assertIssuable(draft: AssignmentDraft, options: IssuingOptions): void {
  const problems = issuingProblems(draft, options);
  if (problems.length > 0)
    throw new DomainError('assignment_not_issuable', { count: problems.length, problems });
}

/**
 * Issues a draft: the lifecycle move (state and actor) first, then the issuing rules.
 * Returns the new state, 'issued'.
 */
export function issueAssignment(
  draft: AssignmentDraft & { state: AssignmentState },
  actor: ActorRoleFacts,
  options: IssuingOptions,
): AssignmentState {
  const next = transition(draft, { type: 'issue' }, actor);
  assertIssuable(draft, options);
  return next;
}
