import type { AssignmentDto, TaskDto } from '../../../../../contracts/assignments.ts';
import type { DraftTaskInput } from '../../../../../contracts/tasks.ts';

type Task = TaskDto;
export type TaskKind = Task['kind'];
export type TaskTag = Task['tags'][number];
export type SupportKind = Task['supportCommitments'][number]['kind'];
export type UnitRef = { id: string; name: string };

/** One support commitment as edited (the key survives reordering and removal). */
export type SupportRow = { key: string; kind: SupportKind | null; description: string; dueOn: string | null };

/** One task as edited in a draft; `savedIndex` is its place in the last saved list (problems refer to it). */
export type DraftRow = {
  key: string;
  id?: string;
  savedIndex: number | null;
  childCount: number;
  kind: TaskKind;
  title: string;
  weight: number | null;
  deadline: string | null;
  tags: TaskTag[];
  leadUnit: UnitRef | null;
  coordinatingUnits: UnitRef[];
  metric: string;
  unitOfMeasure: string;
  baseline: number | null;
  targetValue: number | null;
  direction: Task['direction'];
  rollup: Task['rollup'];
  expectedProduct: string;
  acceptanceCriteria: string;
  supportCommitments: SupportRow[];
  parentTask: { id: string; title: string; assignmentId: string } | null;
};

let counter = 0;
/** A key for a row or support line that has no id yet. */
export const newKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** The rows of the editor from the saved assignment. */
export function rowsFromAssignment(a: AssignmentDto): DraftRow[] {
  return a.tasks.map((t, i) => ({
    key: t.id,
    id: t.id,
    savedIndex: i,
    childCount: t.children.length,
    kind: t.kind,
    title: t.title,
    weight: t.weight,
    deadline: t.deadline,
    tags: [...t.tags],
    leadUnit: t.leadUnit ? { id: t.leadUnit.id, name: t.leadUnit.name } : null,
    coordinatingUnits: t.coordinatingUnits.map((u) => ({ id: u.id, name: u.name })),
    metric: t.metric ?? '',
    unitOfMeasure: t.unitOfMeasure ?? '',
    baseline: t.baseline,
    targetValue: t.targetValue,
    direction: t.direction,
    rollup: t.rollup,
    expectedProduct: t.expectedProduct ?? '',
    acceptanceCriteria: t.acceptanceCriteria ?? '',
    supportCommitments: t.supportCommitments.map((s) => ({
      key: s.id,
      kind: s.kind,
      description: s.description,
      dueOn: s.dueOn,
    })),
    parentTask: t.parentTask,
  }));
}

/** A new, empty row: a target led by the assignee unit. */
export function emptyRow(leadUnit: UnitRef): DraftRow {
  return {
    key: newKey('task'),
    savedIndex: null,
    childCount: 0,
    kind: 'target',
    title: '',
    weight: null,
    deadline: null,
    tags: [],
    leadUnit,
    coordinatingUnits: [],
    metric: '',
    unitOfMeasure: '',
    baseline: null,
    targetValue: null,
    direction: 'at_least',
    rollup: null,
    expectedProduct: '',
    acceptanceCriteria: '',
    supportCommitments: [],
    parentTask: null,
  };
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());

/** The task list as the API saves it; fields of the other kind are left out so nothing hidden is kept. */
export function rowsToInput(rows: DraftRow[]): DraftTaskInput[] {
  return rows.map((r) => {
    const target = r.kind === 'target';
    return {
      ...(r.id ? { id: r.id } : {}),
      kind: r.kind,
      title: r.title.trim(),
      weight: r.weight,
      deadline: r.deadline,
      tags: r.tags,
      leadUnitId: r.leadUnit?.id ?? null,
      coordinatingUnitIds: r.coordinatingUnits.map((u) => u.id),
      metric: target ? text(r.metric) : null,
      unitOfMeasure: target ? text(r.unitOfMeasure) : null,
      baseline: target ? r.baseline : null,
      targetValue: target ? r.targetValue : null,
      direction: target ? r.direction : null,
      rollup: target ? r.rollup : null,
      expectedProduct: target ? null : text(r.expectedProduct),
      acceptanceCriteria: target ? null : text(r.acceptanceCriteria),
      supportCommitments: r.supportCommitments.map((s) => ({
        kind: s.kind ?? 'resources',
        description: s.description.trim(),
        dueOn: s.dueOn,
      })),
      parentTaskId: target ? (r.parentTask?.id ?? null) : null,
    };
  });
}

/** Messages for one task, by field ("weight", "supportCommitments.0.description"...). */
export type FieldMessages = Record<string, string[]>;

/** Where a field's messages are shown: fields kept in the expanded detail panel. */
export const DETAIL_FIELDS = [
  'metric',
  'unitOfMeasure',
  'baseline',
  'targetValue',
  'direction',
  'rollup',
  'expectedProduct',
  'acceptanceCriteria',
  'coordinatingUnitIds',
  'supportCommitments',
  'parentTaskId',
  'headPostId',
];

/** True when a field is edited in the detail panel rather than the row itself. */
export function isDetailField(field: string): boolean {
  return DETAIL_FIELDS.some((f) => field === f || field.startsWith(`${f}.`));
}

/** The message without its "Nhiệm vụ 3 — " prefix, for showing it next to the task it names. */
export function withoutTaskPrefix(message: string): string {
  return message.replace(/^(Nhiệm vụ|Task) \d+ — /, '');
}

/** Adds a message to a task's field messages. */
export function pushMessage(map: Map<string, FieldMessages>, rowKey: string, field: string, message: string) {
  const forRow = map.get(rowKey) ?? {};
  forRow[field] = [...(forRow[field] ?? []), message];
  map.set(rowKey, forRow);
}

/** A row's messages for one field, for one support line's field, or all of the detail panel's. */
export function messagesFor(messages: FieldMessages | undefined, field: string): string[] {
  return messages?.[field] ?? [];
}
