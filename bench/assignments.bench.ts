import ExcelJS from 'exceljs';
import { systemClock } from '../server/clock.ts';
import type { Database } from '../server/db/client.ts';
import { buildTaskWorkbook } from '../server/documents/excel/build-task-workbook.ts';
import { generateLargeTaskList } from '../server/documents/excel/large-workbook.ts';
import { createAssignment } from '../server/services/assignments/create-assignment.ts';
import { getAssignment } from '../server/services/assignments/get-assignment.ts';
import { issueAssignment } from '../server/services/assignments/lifecycle-actions.ts';
import { importTasks } from '../server/services/assignments/task-workbooks.ts';
import { systemContext } from '../server/services/context.ts';
import { createUnit } from '../server/services/units/create-unit.ts';
import { actorOf, contextFor, makeCycle, makeHead, makeUser } from '../test/factories.ts';

const time = async <T>(fn: () => Promise<T>) => {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
};

/**
 * Imports and issues an n-task workbook (product-only policy: weights spread
 * to add up to 100), next to ExcelJS alone reading the same file, in the same run.
 */
export async function benchImportAndIssue(database: Database, n = 10_000) {
  const sys = systemContext(database.db, systemClock);
  const root = await createUnit(sys, {
    kind: 'province',
    code: 'BENCH',
    name: 'Tỉnh thử',
    parentId: null,
    openedOn: '2020-01-01',
  });
  const district = await createUnit(sys, {
    kind: 'district',
    code: 'BENCH-YL',
    name: 'Huyện thử',
    parentId: root.id,
    openedOn: '2020-01-01',
  });
  const commune = await createUnit(sys, {
    kind: 'commune',
    code: 'BENCH-XA',
    name: 'Xã thử',
    parentId: district.id,
    openedOn: '2020-01-01',
  });
  await makeHead(database.db, commune.id);
  const assigner = await makeUser(database.db, { role: 'assigner', unitId: district.id });
  const ctx = contextFor(database.db, await actorOf(database.db, assigner.user.id));
  const cycle = await makeCycle(database.db, root.id, 'product-only');
  const draft = await createAssignment(ctx, {
    cycleId: cycle.id,
    assigningUnitId: district.id,
    assigneeUnitId: commune.id,
  });

  const tasks = generateLargeTaskList(n).map((t, i) => ({
    ...t,
    // Hundredths spread so the weights add up to exactly 100 points.
    weight: (Math.floor(10_000 / n) + (i < 10_000 % n ? 1 : 0)) / 100,
    deadline: `2022-${String((i % 12) + 1).padStart(2, '0')}-28`,
    leadUnitCode: commune.code,
    coordinatingUnitCodes: i % 2 === 0 ? [district.code] : [],
    supportCommitments: t.supportCommitments.map((s) => ({ ...s, dueOn: s.dueOn ?? '2022-06-30' })),
  }));
  const bytes = await buildTaskWorkbook({ tasks });

  const excel = await time(async () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
  const imported = await time(() =>
    importTasks(ctx, draft.id, bytes, { version: draft.version, mode: 'replace' }),
  );
  const issued = await time(() =>
    issueAssignment(ctx, draft.id, {
      version: imported.value.assignment.version,
      documentNumber: '99-QĐ/HU',
      documentDate: '2022-01-10',
      signerName: 'Người ký',
    }),
  );
  const check = await getAssignment(ctx, draft.id);

  console.log(
    `\n## Import and issue a ${n.toLocaleString('en')}-task workbook (${database.kind}; ${(bytes.length / 1e6).toFixed(1)} MB)`,
  );
  console.log('| step | ms | ratio to ExcelJS load |');
  console.log('|---|---:|---:|');
  console.log(`| baseline: ExcelJS reads the workbook | ${excel.ms.toFixed(0)} | 1.00× |`);
  console.log(
    `| import (validate every row, resolve units, write tasks + audit) | ${imported.ms.toFixed(0)} | ${(imported.ms / excel.ms).toFixed(2)}× |`,
  );
  console.log(
    `| issue (issuing rules over every task, state change + audit) | ${issued.ms.toFixed(0)} | ${(issued.ms / excel.ms).toFixed(2)}× |`,
  );
  console.log(
    `| import + issue | ${(imported.ms + issued.ms).toFixed(0)} | ${((imported.ms + issued.ms) / excel.ms).toFixed(2)}× |`,
  );
  console.log(`state after: ${check.state}, tasks: ${check.tasks.length}`);
}
