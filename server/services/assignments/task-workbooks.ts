import { and, inArray, isNull } from 'drizzle-orm';
import { type DraftTaskInput, TASK_LIMITS } from '../../../contracts/tasks.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { units } from '../../db/schema/index.ts';
import { buildTaskWorkbook } from '../../documents/excel/build-task-workbook.ts';
import { parseTaskWorkbook } from '../../documents/excel/parse-task-workbook.ts';
import { TASK_COLUMNS } from '../../documents/excel/task-workbook-columns.ts';
import type { WorkbookError } from '../../documents/excel/workbook-errors.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { getAssignment } from './get-assignment.ts';
import { loadAssignmentContext } from './load-context.ts';
import { saveTasks } from './save-tasks.ts';

/** Import limits: a task list typed by hand, or a national-size export. */
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: TASK_LIMITS.tasksPerAssignment };

const columnOf = (key: string) => {
  const i = TASK_COLUMNS.findIndex((c) => c.key === key);
  return { letter: i >= 0 ? String.fromCharCode(65 + i) : null, header: i >= 0 ? TASK_COLUMNS[i].vi : null };
};

/** The tasks of an assignment as a workbook (units by code) that imports back unchanged. */
export async function exportTasks(ctx: ServiceContext, assignmentId: string) {
  const d = await getAssignment(ctx, assignmentId);
  const code = (id: string | null) => (id ? (d.units.get(id)?.code ?? null) : null);
  const buffer = await buildTaskWorkbook({
    title: `Danh mục chỉ tiêu, nhiệm vụ ${d.cycle.name.toLowerCase()} — ${d.assigneeUnit.name}`,
    // Cancelled tasks are history, not part of the list in force.
    tasks: d.tasks
      .filter(({ task }) => !task.cancelledOn)
      .map(({ task, support }) => ({
        kind: task.kind as 'target' | 'deliverable',
        title: task.title,
        weight: task.weight === null ? null : task.weight / 100,
        deadline: task.deadline,
        tags: task.tags as DraftTaskInput['tags'],
        leadUnitCode: code(task.leadUnitId),
        coordinatingUnitCodes: task.coordinatingUnitIds.map(code).filter((c): c is string => !!c),
        metric: task.metric,
        unitOfMeasure: task.unitOfMeasure,
        baseline: task.baseline === null ? null : Number(task.baseline),
        targetValue: task.targetValue === null ? null : Number(task.targetValue),
        direction: task.direction as DraftTaskInput['direction'],
        rollup: task.rollup as DraftTaskInput['rollup'],
        expectedProduct: task.expectedProduct,
        acceptanceCriteria: task.acceptanceCriteria,
        supportCommitments: support.map((s) => ({
          kind: s.kind as DraftTaskInput['supportCommitments'][number]['kind'],
          description: s.description,
          dueOn: s.dueOn,
        })),
      })),
  });
  return { buffer, fileName: `nhiem-vu-${d.assigneeUnit.code}.xlsx` };
}

/**
 * Imports a workbook into a draft: every row is validated and every unit code
 * resolved (any open unit: coordinating agencies may sit outside the caller's tree) first; if anything is wrong nothing is
 * written and every problem is reported with its sheet, row and column.
 * `replace` swaps the task list (a row keeps the id — and the cascade link — of
 * the task at the same position with the same title), `append` adds to it.
 */
export async function importTasks(
  ctx: ServiceContext,
  assignmentId: string,
  bytes: Uint8Array,
  opts: { version: number; mode: 'replace' | 'append' },
) {
  await loadAssignmentContext(ctx, ctx.db, assignmentId);
  const parsed = await parseTaskWorkbook(bytes, IMPORT_LIMITS);
  if (!parsed.ok)
    throw new AppError('workbook_invalid', { count: parsed.errors.length, workbookErrors: parsed.errors });
  const codes = [
    ...new Set(
      parsed.tasks
        .flatMap((t) => [t.leadUnitCode, ...t.coordinatingUnitCodes])
        .filter((c): c is string => !!c),
    ),
  ];
  const found = codes.length
    ? await ctx.db
        .select({ id: units.id, code: units.code })
        .from(units)
        .where(and(inArray(units.code, codes), isNull(units.closedOn)))
    : [];
  const idOf = new Map(found.map((u) => [u.code, u.id]));
  const errors: WorkbookError[] = [];
  for (const t of parsed.tasks) {
    const check = (key: string, value: string | null) => {
      if (value && !idOf.has(value)) {
        const { letter, header } = columnOf(key);
        errors.push({
          sheet: 'Nhiệm vụ',
          row: t.row,
          column: letter,
          header,
          code: 'unknown_unit',
          params: { value },
        });
      }
    };
    check('leadUnitCode', t.leadUnitCode);
    for (const c of t.coordinatingUnitCodes) check('coordinatingUnitCodes', c);
  }
  if (errors.length) throw new AppError('workbook_invalid', { count: errors.length, workbookErrors: errors });

  const existing = await loadTasks(ctx.db, assignmentId);
  const keepFrom = (i: number, title: string) => {
    const old = opts.mode === 'replace' ? existing[i] : undefined;
    return old && old.task.title === title
      ? { id: old.task.id, parentTaskId: old.task.parentTaskId }
      : { parentTaskId: null };
  };
  const imported: DraftTaskInput[] = parsed.tasks.map(
    ({ row: _row, leadUnitCode, coordinatingUnitCodes, ...t }, i) => ({
      ...t,
      leadUnitId: leadUnitCode ? idOf.get(leadUnitCode)! : null,
      coordinatingUnitIds: coordinatingUnitCodes.map((c) => idOf.get(c)!),
      ...keepFrom(i, t.title),
    }),
  );
  const current: DraftTaskInput[] =
    opts.mode === 'append'
      ? existing.map(({ task, support }) => ({
          id: task.id,
          kind: task.kind as DraftTaskInput['kind'],
          title: task.title,
          weight: task.weight === null ? null : task.weight / 100,
          deadline: task.deadline,
          tags: task.tags as DraftTaskInput['tags'],
          leadUnitId: task.leadUnitId,
          coordinatingUnitIds: task.coordinatingUnitIds,
          metric: task.metric,
          unitOfMeasure: task.unitOfMeasure,
          baseline: task.baseline === null ? null : Number(task.baseline),
          targetValue: task.targetValue === null ? null : Number(task.targetValue),
          direction: task.direction as DraftTaskInput['direction'],
          rollup: task.rollup as DraftTaskInput['rollup'],
          expectedProduct: task.expectedProduct,
          acceptanceCriteria: task.acceptanceCriteria,
          supportCommitments: support.map((s) => ({
            kind: s.kind as DraftTaskInput['supportCommitments'][number]['kind'],
            description: s.description,
            dueOn: s.dueOn,
          })),
          parentTaskId: task.parentTaskId,
        }))
      : [];
  const row = await saveTasks(
    ctx,
    assignmentId,
    { version: opts.version, tasks: [...current, ...imported] },
    'assignment.import_tasks',
  );
  return { assignment: row, imported: imported.length };
}
