import type { CycleDocument } from '../contracts/interchange/cycle-format.ts';
import { systemClock } from '../server/clock.ts';
import type { Database } from '../server/db/client.ts';
import { councils } from '../server/db/schema/index.ts';
import { QD366_POLICY } from '../server/domain/scoring/policy.ts';
import { evaluateCycle } from '../server/interchange/evaluate-cycle.ts';
import { importCycle } from '../server/interchange/import-cycle.ts';
import { fromScoringPolicy } from '../server/interchange/policy.ts';
import { checkIn, FULL_CRITERIA, sheet, targetTask } from '../server/interchange/test-document.ts';
import { systemContext } from '../server/services/context.ts';
import { computeCohort } from '../server/services/evaluation/compute-cohort.ts';
import { loadCouncilContext } from '../server/services/evaluation/council-access.ts';
import { loadCohort } from '../server/services/evaluation/load-cohort.ts';

const TASKS = 25;
const MEMBERS = 5;
const WEIGHT = 7000 / TASKS / 100; // 2.8 points each, R = 70

/**
 * A national-shaped cycle: `provinces` assigning bodies, each with a cohort of `heads`
 * commune heads (25 targets each, reported and met, some beaten) and a council of five.
 */
export function nationalCycle(provinces: number, heads: number): CycleDocument {
  const doc: CycleDocument = {
    format: 'mandate.cycle/1',
    exportedAt: '2026-01-20T09:00:00+07:00',
    cycle: {
      id: 'cy',
      name: 'Năm 2025',
      kind: 'year',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      ownerUnitId: 'vn',
    },
    policy: fromScoringPolicy('qd366', QD366_POLICY),
    units: [{ id: 'vn', code: 'VN', name: 'Toàn quốc', kind: 'country', parentId: null }],
    people: [],
    posts: [],
    terms: [],
    assignments: [],
    checkIns: [],
    appraisals: [],
    councils: [],
    scores: [],
    deductions: [],
    disqualifyingEvents: [],
  };
  for (let p = 0; p < provinces; p++) {
    const prov = `p${p}`;
    doc.units.push({ id: prov, code: `P${p}`, name: `Tỉnh ${p}`, kind: 'province', parentId: 'vn' });
    doc.units.push({
      id: `${prov}-tu`,
      code: `P${p}-TU`,
      name: `Tỉnh ủy ${p}`,
      kind: 'party_committee',
      parentId: prov,
    });
    const members = Array.from({ length: MEMBERS }, (_, m) => `${prov}-m${m}`);
    for (const [m, id] of members.entries()) {
      doc.people.push({ id, fullName: `Ủy viên ${m} tỉnh ${p}` });
      doc.posts.push({
        id: `${id}-post`,
        unitId: `${prov}-tu`,
        title: `Ủy viên Ban Thường vụ ${m}`,
        isHead: m === 0,
      });
      doc.terms.push({ postId: `${id}-post`, personId: id, startOn: '2020-10-15', endOn: null });
    }
    doc.councils.push({
      id: `${prov}-c`,
      assigningUnitId: prov,
      name: `Hội đồng tỉnh ${p}`,
      members: members.map((personId, m) => ({ personId, role: m === 0 ? 'chair' : 'member', unitIds: [] })),
      scoringOpensOn: '2026-01-10',
      scoringClosesOn: '2026-01-20',
    });
    for (let h = 0; h < heads; h++) {
      const key = `${prov}-x${h}`;
      doc.units.push({
        id: key,
        code: key.toUpperCase(),
        name: `Xã ${h} tỉnh ${p}`,
        kind: 'commune',
        parentId: prov,
      });
      doc.people.push({ id: `${key}-h`, fullName: `Bí thư xã ${h} tỉnh ${p}` });
      doc.posts.push({ id: `${key}-post`, unitId: key, title: 'Bí thư Đảng ủy xã', isHead: true });
      doc.terms.push({ postId: `${key}-post`, personId: `${key}-h`, startOn: '2020-10-15', endOn: null });
      const tasks = Array.from({ length: TASKS }, (_, t) =>
        targetTask(`${key}-t${t}`, WEIGHT, { position: t + 1 }),
      );
      doc.assignments.push({
        id: `${key}-a`,
        assigningUnitId: prov,
        assigneeUnitId: key,
        headPostId: `${key}-post`,
        headPersonId: `${key}-h`,
        state: 'self_assessed',
        title: null,
        bottleneck: null,
        documentNumber: `${h + 1}-QĐ/TU`,
        documentDate: '2025-03-01',
        signerName: 'Bí thư Tỉnh ủy',
        signerTitle: null,
        tasks,
      });
      const marks: Record<string, number> = {};
      for (const [t, task] of tasks.entries()) {
        const value = (h + t) % 4 === 0 ? '120' : '100';
        doc.checkIns.push(checkIn(`${task.id}-c`, task.id, '2025-11-30', { value }));
        marks[task.id] = (h + t) % 7 === 0 ? 2.5 : WEIGHT;
      }
      for (const m of members) doc.scores.push(sheet(m, `${key}-a`, marks, FULL_CRITERIA, `${prov}-c`));
    }
  }
  return doc;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Evaluates a national-size cycle from the database (load every cohort, then the rules)
 * next to the pure domain on the same cohorts already in memory, and next to the
 * interchange evaluation of the same document — in the same run.
 */
export async function benchEvaluation(database: Database) {
  const provinces = Number(process.env.BENCH_PROVINCES || 34);
  const heads = Number(process.env.BENCH_HEADS || 100);
  const doc = nationalCycle(provinces, heads);
  const ctx = systemContext(database.db, systemClock);
  let t0 = performance.now();
  await importCycle(ctx, doc);
  const importMs = performance.now() - t0;

  const rows = await database.db.select().from(councils);
  const loaded = [];
  t0 = performance.now();
  let dbHeads = 0;
  for (const council of rows) {
    const c = await loadCouncilContext(ctx, database.db, council.id);
    const cohort = await loadCohort(
      database.db,
      {
        cycleId: council.cycleId,
        assigningUnitId: council.assigningUnitId,
        councilId: council.id,
        asOf: council.opensOn,
        headsOn: council.opensOn,
        quarter: 0,
      },
      c.policy,
    );
    dbHeads += computeCohort(cohort, c.policy, null).entries.length;
    loaded.push({ cohort, policy: c.policy });
  }
  const fromDbMs = performance.now() - t0;

  t0 = performance.now();
  for (const { cohort, policy } of loaded) computeCohort(cohort, policy, null);
  const pureMs = performance.now() - t0;

  t0 = performance.now();
  const fileHeads = evaluateCycle(doc).heads.length;
  const fileMs = performance.now() - t0;

  console.log(
    `\n## Evaluating a national-size cycle (${database.kind}: ${provinces} cohorts × ${heads} heads × ${TASKS} tasks × ${MEMBERS} members)`,
  );
  console.log('| step | heads | time | vs pure domain |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| import the cycle (interchange, one transaction) | ${provinces * heads} | ${seconds(importMs)} | |`,
  );
  console.log(
    `| evaluate from the database (load + rules, every cohort) | ${dbHeads} | ${seconds(fromDbMs)} | ${(fromDbMs / pureMs).toFixed(1)}× |`,
  );
  console.log(`| pure domain on the same cohorts in memory | ${dbHeads} | ${seconds(pureMs)} | 1.0× |`);
  console.log(
    `| interchange evaluation of the same document | ${fileHeads} | ${seconds(fileMs)} | ${(fileMs / pureMs).toFixed(1)}× |`,
  );
}
