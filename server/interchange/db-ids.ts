import { createHash } from 'node:crypto';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';

/**
 * Document ids as database ids. The database keys every row by a UUID: an id that is
 * already a UUID (lowercase, as exports write them) is kept, any other id ("u-nguyet-duc")
 * becomes a name-based UUID (version 5) of its collection and text, so the same readable
 * id names the same row in every import and a file imported twice is recognised.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// a fixed namespace for the project's name-based ids
const NAMESPACE = Buffer.from('6d616e64-6174-4565-a963-79636c650001'.replace(/-/g, ''), 'hex');

export type Collection =
  | 'cycles'
  | 'units'
  | 'people'
  | 'posts'
  | 'assignments'
  | 'tasks'
  | 'checkIns'
  | 'appraisals'
  | 'councils'
  | 'deductions'
  | 'disqualifyingEvents';

function format(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A name-based UUID (RFC 9562 version 5) in the project's namespace. */
export function nameUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}

/** The database id of a document id in `collection`. */
export function databaseId(collection: Collection, id: string): string {
  return UUID.test(id) ? id : nameUuid(`${collection}:${id}`);
}

/**
 * The id of the `index`-th line of an appraisal. Lines have no order column: their ids
 * begin with the index, so that ordering by id gives them back in document order.
 */
export function appraisalItemId(appraisalId: string, index: number, taskId: string): string {
  const bytes = createHash('sha1').update(`appraisal-item:${appraisalId}:${taskId}`).digest().subarray(0, 16);
  bytes.writeUInt32BE(index, 0);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}

/** The document with every id and reference replaced by its database id; nothing else changes. */
export function toDatabaseIds(doc: CycleDocument): CycleDocument {
  // each id is hashed once, however often it is referred to
  const cache = new Map<string, string>();
  const mapper = (collection: Collection) => (id: string) => {
    const key = `${collection}:${id}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = databaseId(collection, id);
      cache.set(key, value);
    }
    return value;
  };
  const unit = mapper('units');
  const unitOrNull = (id: string | null) => (id === null ? null : unit(id));
  const person = mapper('people');
  const post = mapper('posts');
  const task = mapper('tasks');
  const assignment = mapper('assignments');
  const checkIn = mapper('checkIns');
  const council = mapper('councils');
  const cycle = mapper('cycles');
  const mapped: CycleDocument = {
    ...doc,
    cycle: { ...doc.cycle, id: cycle(doc.cycle.id), ownerUnitId: unit(doc.cycle.ownerUnitId) },
    units: doc.units.map((u) => ({ ...u, id: unit(u.id), parentId: unitOrNull(u.parentId) })),
    people: doc.people.map((p) => ({ ...p, id: person(p.id) })),
    posts: doc.posts.map((p) => ({ ...p, id: post(p.id), unitId: unit(p.unitId) })),
    terms: doc.terms.map((t) => ({ ...t, postId: post(t.postId), personId: person(t.personId) })),
    assignments: doc.assignments.map((a) => ({
      ...a,
      id: assignment(a.id),
      assigningUnitId: unit(a.assigningUnitId),
      assigneeUnitId: unit(a.assigneeUnitId),
      headPostId: post(a.headPostId),
      headPersonId: person(a.headPersonId),
      tasks: a.tasks.map((t) => ({
        ...t,
        id: task(t.id),
        leadUnitId: unitOrNull(t.leadUnitId),
        coordinatingUnitIds: t.coordinatingUnitIds.map(unit),
        parentTaskId: t.parentTaskId === null ? null : task(t.parentTaskId),
        support: t.support.map((s) => ({ ...s, providerUnitId: unitOrNull(s.providerUnitId) })),
      })),
    })),
    checkIns: doc.checkIns.map((c) => ({
      ...c,
      id: checkIn(c.id),
      taskId: task(c.taskId),
      correctsId: c.correctsId === null ? null : checkIn(c.correctsId),
    })),
    appraisals: doc.appraisals.map((a) => ({
      ...a,
      id: mapper('appraisals')(a.id),
      assignmentId: assignment(a.assignmentId),
      appraiserUnitId: unit(a.appraiserUnitId),
      items: a.items.map((i) => ({
        ...i,
        taskId: task(i.taskId),
        acceptedCheckInId: i.acceptedCheckInId === null ? null : checkIn(i.acceptedCheckInId),
      })),
    })),
    councils: doc.councils.map((c) => ({
      ...c,
      id: council(c.id),
      assigningUnitId: unit(c.assigningUnitId),
      members: c.members.map((m) => ({ ...m, personId: person(m.personId), unitIds: m.unitIds.map(unit) })),
    })),
    scores: doc.scores.map((s) => ({
      ...s,
      councilId: council(s.councilId),
      memberPersonId: person(s.memberPersonId),
      assignmentId: assignment(s.assignmentId),
      tasks: s.tasks.map((t) => ({ ...t, taskId: task(t.taskId) })),
    })),
    deductions: doc.deductions.map((d) => ({
      ...d,
      id: mapper('deductions')(d.id),
      assignmentId: assignment(d.assignmentId),
    })),
    disqualifyingEvents: doc.disqualifyingEvents.map((e) => ({
      ...e,
      id: mapper('disqualifyingEvents')(e.id),
      assignmentId: assignment(e.assignmentId),
    })),
  };
  if (doc.subordinateResults)
    mapped.subordinateResults = doc.subordinateResults.map((s) => ({ ...s, unitId: unit(s.unitId) }));
  if (doc.previousResults)
    mapped.previousResults = doc.previousResults.map((p) => ({
      ...p,
      personId: person(p.personId),
      cycleId: cycle(p.cycleId),
    }));
  return mapped;
}
