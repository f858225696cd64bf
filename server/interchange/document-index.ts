import type {
  CycleDocument,
  InterchangeAssignment,
  InterchangeCheckIn,
  InterchangeCouncil,
  InterchangeTask,
  InterchangeUnit,
} from '../../contracts/interchange/cycle-format.ts';

/**
 * Lookups over one cycle document, shared by validation and evaluation. When an id is
 * repeated the first record wins here; validation reports the repeat.
 */

export interface TaskEntry {
  task: InterchangeTask;
  assignment: InterchangeAssignment;
  assignmentIndex: number;
  taskIndex: number;
}

export interface AppraisalLine {
  date: string;
  item: CycleDocument['appraisals'][number]['items'][number];
}

export interface DocumentIndex {
  doc: CycleDocument;
  units: Map<string, InterchangeUnit>;
  people: Map<string, CycleDocument['people'][number]>;
  posts: Map<string, CycleDocument['posts'][number]>;
  assignments: Map<string, { assignment: InterchangeAssignment; index: number }>;
  tasks: Map<string, TaskEntry>;
  checkIns: Map<string, { checkIn: InterchangeCheckIn; index: number }>;
  councils: Map<string, { council: InterchangeCouncil; index: number }>;
  /** Records grouped once, in document order, so that a country-sized file stays linear. */
  checkInsByTask: Map<string, InterchangeCheckIn[]>;
  /** The entry that corrects each corrected check-in. */
  correctionOf: Map<string, InterchangeCheckIn>;
  appraisalLinesByTask: Map<string, AppraisalLine[]>;
  scoresByAssignment: Map<string, CycleDocument['scores']>;
  termsByPerson: Map<string, CycleDocument['terms']>;
}

/** The first record of each key, with its position. */
function byId<T, V>(
  items: readonly T[],
  id: (t: T) => string,
  value: (t: T, i: number) => V,
): Map<string, V> {
  const map = new Map<string, V>();
  for (const [i, item] of items.entries()) {
    if (!map.has(id(item))) map.set(id(item), value(item, i));
  }
  return map;
}

/** Every record of each key, in document order. */
function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(keyOf(item));
    if (list) list.push(item);
    else map.set(keyOf(item), [item]);
  }
  return map;
}

const self = <T>(t: T) => t;

export function indexDocument(doc: CycleDocument): DocumentIndex {
  const tasks = new Map<string, TaskEntry>();
  for (const [assignmentIndex, assignment] of doc.assignments.entries()) {
    for (const [taskIndex, task] of assignment.tasks.entries()) {
      if (!tasks.has(task.id)) tasks.set(task.id, { task, assignment, assignmentIndex, taskIndex });
    }
  }
  const corrections = doc.checkIns.filter((c) => c.correctsId !== null);
  return {
    doc,
    units: byId(doc.units, (u) => u.id, self),
    people: byId(doc.people, (p) => p.id, self),
    posts: byId(doc.posts, (p) => p.id, self),
    assignments: byId(
      doc.assignments,
      (a) => a.id,
      (assignment, index) => ({ assignment, index }),
    ),
    tasks,
    checkIns: byId(
      doc.checkIns,
      (c) => c.id,
      (checkIn, index) => ({ checkIn, index }),
    ),
    councils: byId(
      doc.councils,
      (c) => c.id,
      (council, index) => ({ council, index }),
    ),
    checkInsByTask: groupBy(doc.checkIns, (c) => c.taskId),
    correctionOf: byId(corrections, (c) => c.correctsId as string, self),
    appraisalLinesByTask: groupBy(
      doc.appraisals.flatMap((a) => a.items.map((item) => ({ date: a.appraisedOn, item }))),
      (line) => line.item.taskId,
    ),
    scoresByAssignment: groupBy(doc.scores, (s) => s.assignmentId),
    termsByPerson: groupBy(doc.terms, (t) => t.personId),
  };
}

/** The unit and its ancestors within the document, nearest first; stops at a loop. */
export function ancestorsOrSelf(index: DocumentIndex, unitId: string): string[] {
  const chain: string[] = [];
  let current: string | null = unitId;
  while (current !== null && index.units.has(current) && !chain.includes(current)) {
    chain.push(current);
    current = index.units.get(current)?.parentId ?? null;
  }
  return chain;
}

/** Whether `unitId` is `rootId` or lies under it. */
export const isInSubtree = (index: DocumentIndex, unitId: string, rootId: string): boolean =>
  ancestorsOrSelf(index, unitId).includes(rootId);

/** Whether a dated term (end inclusive, open when null) overlaps [from, to]. */
export const overlaps = (
  term: { startOn: string; endOn: string | null },
  from: string,
  to: string,
): boolean => term.startOn <= to && (term.endOn === null || term.endOn >= from);

/**
 * The units a council member belongs to, for recusal: the units of the posts they held
 * during the cycle and the units named on the member, each with its ancestors. A member
 * then "belongs to the head's unit" when that unit is in this list, i.e. when the member
 * works in the head's unit or anywhere under it.
 */
export function memberUnitIds(index: DocumentIndex, personId: string, extra: readonly string[]): string[] {
  const { startsOn, endsOn } = index.doc.cycle;
  const own = (index.termsByPerson.get(personId) ?? [])
    .filter((t) => overlaps(t, startsOn, endsOn))
    .map((t) => index.posts.get(t.postId)?.unitId)
    .filter((id): id is string => id !== undefined);
  return [...new Set([...own, ...extra].flatMap((id) => ancestorsOrSelf(index, id)))];
}

/** Assignments that are evaluated: every one past its draft. */
export const isEvaluated = (a: InterchangeAssignment): boolean => a.state !== 'draft';
