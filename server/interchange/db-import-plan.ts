import { sql } from 'drizzle-orm';
import { type ErrorCode, errorMessage, type Locale } from '../../contracts/errors.ts';
import type { CycleDocument, InterchangeUnit } from '../../contracts/interchange/cycle-format.ts';
import type { Tx } from '../db/client.ts';
import type { InterchangeIssue } from './issues.ts';

/**
 * What an import will write, decided against the stored rows before anything is written.
 * The organisation is shared between cycles: a unit, person or post whose id is already
 * stored is reused when it says the same (code, name and kind; a parent when the document
 * names one; full name; unit, title and head flag), a stored term equal to the document's
 * is reused, and anything else that clashes is a conflict. The cycle and everything that
 * belongs to it must be new: an import never overwrites. Every conflict is reported at
 * once, each with the path of the document's value.
 */

export interface PlannedUnit {
  unit: InterchangeUnit;
  path: string;
  depth: number;
  exists: boolean;
}

export interface ImportPlan {
  units: PlannedUnit[];
  newPeople: CycleDocument['people'];
  newPosts: CycleDocument['posts'];
  newTerms: CycleDocument['terms'];
  reused: { units: number; people: number; posts: number; terms: number };
  /** Each council member's own active account, if they have one (it scores for them). */
  accounts: Map<string, string>;
  newFiles: { sha256: string; sizeBytes: number; mediaType: string }[];
  /** Clashes with the stored rows; the caller refuses the import when there is any. */
  conflicts: InterchangeIssue[];
}

type Row = Record<string, unknown>;

/** Rows of `table` whose `column` is one of `values`, one array parameter whatever the count. */
async function rowsWhere(
  tx: Tx,
  table: string,
  column: string,
  type: string,
  values: readonly string[],
  select: string,
) {
  if (values.length === 0) return [] as Row[];
  const result = await tx.execute(
    sql`select ${sql.raw(select)} from ${sql.raw(table)} where ${sql.raw(column)} = any(${sql.param([...values])}::${sql.raw(type)}[])`,
  );
  return result.rows as Row[];
}

class Conflicts {
  readonly issues: InterchangeIssue[] = [];
  constructor(private readonly locale: Locale) {}
  add(path: string, code: ErrorCode, params: Record<string, string | number>) {
    this.issues.push({ path, code, params, message: errorMessage(code, this.locale, params) });
  }
}

/** Reports each document id of a collection that is already stored. */
async function mustBeNew(
  tx: Tx,
  conflicts: Conflicts,
  table: string,
  items: readonly { id: string; path: string }[],
) {
  const stored = await rowsWhere(
    tx,
    table,
    'id',
    'uuid',
    items.map((i) => i.id),
    'id',
  );
  const taken = new Set(stored.map((r) => String(r.id)));
  for (const item of items)
    if (taken.has(item.id)) conflicts.add(item.path, 'interchange_id_exists', { id: item.id });
}

function compare(
  conflicts: Conflicts,
  path: string,
  id: string,
  pairs: [field: string, stored: unknown, value: unknown][],
) {
  for (const [field, stored, value] of pairs) {
    if (stored !== value)
      conflicts.add(`${path}.${field}`, 'interchange_record_differs', {
        id,
        field,
        existing: String(stored),
        value: String(value),
      });
  }
}

async function planUnits(tx: Tx, doc: CycleDocument, conflicts: Conflicts): Promise<PlannedUnit[]> {
  const stored = new Map(
    (
      await rowsWhere(
        tx,
        'units',
        'id',
        'uuid',
        doc.units.map((u) => u.id),
        'id, code, name, kind, parent_id, path, depth',
      )
    ).map((r) => [String(r.id), r]),
  );
  doc.units.forEach((u, i) => {
    const row = stored.get(u.id);
    if (!row) return;
    const pairs: [string, unknown, unknown][] = [
      ['code', row.code, u.code],
      ['name', row.name, u.name],
      ['kind', row.kind, u.kind],
    ];
    // a unit at the top of the document may sit anywhere in the stored tree
    if (u.parentId !== null) pairs.push(['parentId', row.parent_id, u.parentId]);
    compare(conflicts, `units[${i}]`, u.id, pairs);
  });
  const fresh = doc.units.map((u, i) => ({ u, i })).filter(({ u }) => !stored.has(u.id));
  const codes = await rowsWhere(
    tx,
    'units',
    'code',
    'text',
    fresh.map(({ u }) => u.code),
    'id, code, closed_on',
  );
  for (const { u, i } of fresh) {
    const clash = codes.find((r) => r.code === u.code && r.closed_on === null);
    if (clash)
      conflicts.add(`units[${i}].code`, 'interchange_code_taken', {
        code: u.code,
        existingId: String(clash.id),
      });
  }
  // paths: a stored unit keeps its own; a new one goes under its parent (a new root without one)
  const byId = new Map(doc.units.map((u) => [u.id, u]));
  const placed = new Map<string, { path: string; depth: number }>();
  const place = (id: string): { path: string; depth: number } => {
    const known = placed.get(id);
    if (known) return known;
    const row = stored.get(id);
    const unit = byId.get(id)!;
    const at = row
      ? { path: String(row.path), depth: Number(row.depth) }
      : unit.parentId === null
        ? { path: `/${id}/`, depth: 0 }
        : (() => {
            const parent = place(unit.parentId);
            return { path: `${parent.path}${id}/`, depth: parent.depth + 1 };
          })();
    placed.set(id, at);
    return at;
  };
  return doc.units.map((unit) => ({ unit, ...place(unit.id), exists: stored.has(unit.id) }));
}

async function planPeopleAndPosts(tx: Tx, doc: CycleDocument, conflicts: Conflicts) {
  const people = new Map(
    (
      await rowsWhere(
        tx,
        'people',
        'id',
        'uuid',
        doc.people.map((p) => p.id),
        'id, full_name',
      )
    ).map((r) => [String(r.id), r]),
  );
  doc.people.forEach((p, i) => {
    const row = people.get(p.id);
    if (row) compare(conflicts, `people[${i}]`, p.id, [['fullName', row.full_name, p.fullName]]);
  });
  const posts = new Map(
    (
      await rowsWhere(
        tx,
        'posts',
        'id',
        'uuid',
        doc.posts.map((p) => p.id),
        'id, unit_id, title, is_head',
      )
    ).map((r) => [String(r.id), r]),
  );
  doc.posts.forEach((p, i) => {
    const row = posts.get(p.id);
    if (row)
      compare(conflicts, `posts[${i}]`, p.id, [
        ['unitId', row.unit_id, p.unitId],
        ['title', row.title, p.title],
        ['isHead', row.is_head, p.isHead],
      ]);
  });
  const storedTerms = await rowsWhere(
    tx,
    'post_terms',
    'post_id',
    'uuid',
    [...posts.keys()],
    'post_id, person_id, start_on, end_on',
  );
  const newTerms: CycleDocument['terms'] = [];
  let reusedTerms = 0;
  doc.terms.forEach((t, i) => {
    const own = storedTerms.filter((r) => r.post_id === t.postId);
    const same = own.find(
      (r) => r.person_id === t.personId && r.start_on === t.startOn && (r.end_on ?? null) === t.endOn,
    );
    if (same) {
      reusedTerms++;
      return;
    }
    const end = t.endOn ?? '9999-12-31';
    const clash = own.find(
      (r) => String(r.start_on) <= end && (r.end_on === null || String(r.end_on) >= t.startOn),
    );
    if (clash)
      conflicts.add(`terms[${i}]`, 'interchange_term_overlaps', {
        startOn: String(clash.start_on),
        endOn: clash.end_on === null ? '…' : String(clash.end_on),
      });
    else newTerms.push(t);
  });
  return {
    newPeople: doc.people.filter((p) => !people.has(p.id)),
    newPosts: doc.posts.filter((p) => !posts.has(p.id)),
    newTerms,
    reused: { people: people.size, posts: posts.size, terms: reusedTerms },
  };
}

async function planFiles(tx: Tx, doc: CycleDocument, conflicts: Conflicts) {
  const files = new Map<string, { sha256: string; sizeBytes: number; mediaType: string }>();
  const places: { path: string; sha256: string; sizeBytes: number }[] = [];
  doc.checkIns.forEach((c, i) => {
    c.evidence.forEach((e, k) => {
      if (e.kind !== 'file') return;
      if (!files.has(e.sha256))
        files.set(e.sha256, { sha256: e.sha256, sizeBytes: e.sizeBytes, mediaType: e.mediaType });
      places.push({
        path: `checkIns[${i}].evidence[${k}].sizeBytes`,
        sha256: e.sha256,
        sizeBytes: e.sizeBytes,
      });
    });
  });
  const stored = new Map(
    (await rowsWhere(tx, 'blobs', 'sha256', 'text', [...files.keys()], 'sha256, size_bytes')).map((r) => [
      String(r.sha256),
      Number(r.size_bytes),
    ]),
  );
  for (const p of places) {
    const size = stored.get(p.sha256);
    if (size !== undefined && size !== p.sizeBytes)
      conflicts.add(p.path, 'interchange_file_differs', {
        sha256: p.sha256,
        existing: size,
        value: p.sizeBytes,
      });
  }
  return [...files.values()].filter((f) => !stored.has(f.sha256));
}

/** Each council member's own active account (the oldest), which scores for them as a council formed in the application would. */
async function memberAccounts(tx: Tx, doc: CycleDocument) {
  const personIds = [...new Set(doc.councils.flatMap((c) => c.members.map((m) => m.personId)))];
  const rows = await rowsWhere(
    tx,
    'users',
    'person_id',
    'uuid',
    personIds,
    'id, person_id, is_active, created_at',
  );
  const accounts = new Map<string, string>();
  for (const r of rows
    .filter((r) => r.is_active === true)
    .sort(
      (a, b) => new Date(a.created_at as string).getTime() - new Date(b.created_at as string).getTime(),
    )) {
    if (!accounts.has(String(r.person_id))) accounts.set(String(r.person_id), String(r.id));
  }
  return accounts;
}

/** Decides what is reused and what is written, and lists every clash with the stored rows. */
export async function planImport(tx: Tx, doc: CycleDocument, locale: Locale): Promise<ImportPlan> {
  const conflicts = new Conflicts(locale);
  // Sequential on purpose: every query runs on the transaction's one connection.
  const units = await planUnits(tx, doc, conflicts);
  const org = await planPeopleAndPosts(tx, doc, conflicts);
  await mustBeNew(tx, conflicts, 'cycles', [{ id: doc.cycle.id, path: 'cycle.id' }]);
  await mustBeNew(
    tx,
    conflicts,
    'assignments',
    doc.assignments.map((a, i) => ({ id: a.id, path: `assignments[${i}].id` })),
  );
  await mustBeNew(
    tx,
    conflicts,
    'tasks',
    doc.assignments.flatMap((a, i) =>
      a.tasks.map((t, j) => ({ id: t.id, path: `assignments[${i}].tasks[${j}].id` })),
    ),
  );
  for (const [table, list, name] of [
    ['check_ins', doc.checkIns, 'checkIns'],
    ['appraisals', doc.appraisals, 'appraisals'],
    ['councils', doc.councils, 'councils'],
    ['deductions', doc.deductions, 'deductions'],
    ['disqualifying_events', doc.disqualifyingEvents, 'disqualifyingEvents'],
  ] as const) {
    await mustBeNew(
      tx,
      conflicts,
      table,
      list.map((r, i) => ({ id: r.id, path: `${name}[${i}].id` })),
    );
  }
  const newFiles = await planFiles(tx, doc, conflicts);
  return {
    units,
    newPeople: org.newPeople,
    newPosts: org.newPosts,
    newTerms: org.newTerms,
    reused: { units: units.filter((u) => u.exists).length, ...org.reused },
    accounts: await memberAccounts(tx, doc),
    newFiles,
    conflicts: conflicts.issues,
  };
}
