import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import { recordCheckIn } from '../server/services/check-ins/record-check-in.ts';
import { LocalFileStorage } from '../server/storage/local-file-storage.ts';
import { clockAt, makeCommittedAssignment } from '../test/fixtures/committed-assignment.ts';

const throughput = async (n: number, writers: number, write: (i: number) => Promise<unknown>) => {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < n) await write(next++);
    }),
  );
  return n / ((performance.now() - t0) / 1000);
};

/**
 * Check-ins per second through the use case (authorization, rules, evidence metadata,
 * the state check and the audit event, one transaction each) next to plain single-row
 * inserts into the same table, in the same run, with one writer and with several.
 */
export async function benchCheckIns(database: Database, n = Number(process.env.BENCH_CHECKINS || 1000)) {
  const writers = database.kind === 'postgres' ? 8 : 1;
  // One head per writer: a head's reports serialize on their assignment, different heads' do not.
  const heads: { f: Awaited<ReturnType<typeof makeCommittedAssignment>>; taskIds: string[] }[] = [];
  for (let w = 0; w < writers; w++) {
    const f = await makeCommittedAssignment(database.db, { clock: clockAt('2022-06-30') });
    const taskIds = Object.values(f.tasks)
      .filter((t) => t.kind === 'target')
      .map((t) => t.id);
    heads.push({ f, taskIds });
  }
  const storage = new LocalFileStorage(`/tmp/mandate-bench-files-${Date.now()}`);
  const pick = (i: number) => {
    const h = heads[i % heads.length]!;
    return { ...h, taskId: h.taskIds[Math.floor(i / heads.length) % h.taskIds.length]! };
  };
  const viaService = (i: number) =>
    recordCheckIn(pick(i).f.ctx.head, storage, pick(i).taskId, {
      reportedOn: '2022-06-30',
      value: 10 + (i % 50) / 10,
      narrative: `Báo cáo số ${i}`,
      links: [{ url: `https://vinhphuc.gov.vn/bao-cao/${i}` }],
      documents: [{ number: `${i + 1}/BC-UBND`, date: '2022-06-30', title: 'Báo cáo tiến độ' }],
    });
  const plain = (i: number) => {
    const { f, taskId } = pick(i);
    return database.db.execute(
      sql`insert into check_ins (task_id, assignment_id, reported_on, value, narrative, created_by)
          values (${taskId}, ${f.assignment.id}, '2022-06-30', ${10 + (i % 50) / 10}, ${`Dòng ${i}`}, ${f.p.headA.user.id})`,
    );
  };
  await viaService(0);
  const rows: [string, number, number][] = [];
  for (const w of [1, writers]) {
    const plainRate = await throughput(n, w, plain);
    const serviceRate = await throughput(n, w, viaService);
    rows.push([`${w} writer${w > 1 ? 's' : ''}`, serviceRate, plainRate]);
    if (w === writers) break;
  }
  console.log(`\n## Check-ins per second (${database.kind}, ${n} each)`);
  console.log('| writers | check-in with evidence metadata + audit /s | plain insert /s | ratio |');
  console.log('|---|---:|---:|---:|');
  for (const [label, service, base] of rows) {
    console.log(
      `| ${label} | ${service.toFixed(0)} | ${base.toFixed(0)} | ${(base / service).toFixed(1)}× slower |`,
    );
  }
}
