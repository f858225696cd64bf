import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import type { DraftTaskInput } from '../../../../../contracts/tasks.ts';
import type { ApiError } from '../../../lib/api-client.ts';
import { toHundredths } from '../../../lib/format.ts';
import {
  type DraftRow,
  emptyRow,
  type FieldMessages,
  pushMessage,
  rowsFromAssignment,
  rowsToInput,
  withoutTaskPrefix,
} from './draft-rows.ts';

const snapshot = (rows: DraftRow[]) => JSON.stringify(rowsToInput(rows));

/** A field message from the API no longer needs to name the field by its path: it is shown under it. */
function underField(message: string): string {
  return message.replace(/Trường "[^"]+"/, 'Trường này').replace(/The field "[^"]+"/, 'This field');
}

/**
 * The task list of a draft as edited in the browser: rows, whether they differ from the saved
 * list, the operations on them, and the messages to show next to each task and field (the
 * issuing problems of the last save, and the refusals of a save).
 */
export function useDraftTasks(assignment: AssignmentDto) {
  const [rows, setRows] = useState<DraftRow[]>(() => rowsFromAssignment(assignment));
  const [saved, setSaved] = useState(() => snapshot(rowsFromAssignment(assignment)));
  const [saveErrors, setSaveErrors] = useState<Map<string, FieldMessages>>(() => new Map());
  const dirty = useMemo(() => snapshot(rows) !== saved, [rows, saved]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  /** Starts again from a saved assignment (after a save, an import, or a reload). */
  const reset = useCallback((fresh: AssignmentDto) => {
    const next = rowsFromAssignment(fresh);
    setRows(next);
    setSaved(snapshot(next));
    setSaveErrors(new Map());
  }, []);

  // Someone else's change (or a refetch) replaces the rows, unless the user is in the middle of editing.
  useEffect(() => {
    if (!dirtyRef.current) reset(assignment);
  }, [assignment, reset]);

  const update = useCallback((key: string, patch: Partial<DraftRow>) => {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  }, []);
  const add = useCallback(() => {
    const row = emptyRow({ id: assignment.assigneeUnit.id, name: assignment.assigneeUnit.name });
    setRows((current) => [...current, row]);
    return row.key;
  }, [assignment.assigneeUnit.id, assignment.assigneeUnit.name]);
  const remove = useCallback((key: string) => {
    setRows((current) => current.filter((r) => r.key !== key));
  }, []);
  const move = useCallback((key: string, delta: -1 | 1) => {
    setRows((current) => {
      const from = current.findIndex((r) => r.key === key);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= current.length) return current;
      const next = [...current];
      [next[from], next[to]] = [next[to], next[from]];
      return next;
    });
  }, []);

  const weightTotal = useMemo(() => rows.reduce((s, r) => s + toHundredths(r.weight), 0) / 100, [rows]);

  // Issuing problems name tasks by their place in the saved list; rows remember that place.
  const messages = useMemo(() => {
    const map = new Map<string, FieldMessages>();
    const byIndex = new Map(rows.filter((r) => r.savedIndex !== null).map((r) => [r.savedIndex, r.key]));
    for (const p of assignment.problems) {
      const key = p.taskIndex === undefined ? undefined : byIndex.get(p.taskIndex);
      if (key) pushMessage(map, key, p.field, withoutTaskPrefix(p.message));
    }
    for (const [key, fields] of saveErrors) {
      for (const [field, list] of Object.entries(fields))
        for (const m of list) pushMessage(map, key, field, m);
    }
    return map;
  }, [rows, assignment.problems, saveErrors]);

  /** Maps a refused save's field errors ("tasks.3.title") onto the rows that were sent. */
  const showSaveError = useCallback((error: ApiError, sentKeys: string[]) => {
    const map = new Map<string, FieldMessages>();
    let placed = 0;
    for (const issue of error.fields) {
      const match = /^tasks\.(\d+)\.(.+)$/.exec(issue.field);
      const key = match ? sentKeys[Number(match[1])] : undefined;
      if (!match || !key) continue;
      pushMessage(map, key, match[2], underField(issue.message));
      placed++;
    }
    setSaveErrors(map);
    return placed;
  }, []);

  /** Problems the browser can see before saving (the API would refuse them). */
  const check = useCallback(
    (messagesOf: { title: string; description: string; decimals: string }) => {
      const map = new Map<string, FieldMessages>();
      for (const r of rows) {
        if (!r.title.trim()) pushMessage(map, r.key, 'title', messagesOf.title);
        if (r.weight !== null && Math.abs(Math.round(r.weight * 100) - r.weight * 100) > 1e-6)
          pushMessage(map, r.key, 'weight', messagesOf.decimals);
        r.supportCommitments.forEach((s, i) => {
          if (!s.description.trim())
            pushMessage(map, r.key, `supportCommitments.${i}.description`, messagesOf.description);
        });
      }
      setSaveErrors(map);
      return map.size === 0;
    },
    [rows],
  );

  const toInput = useCallback((): { tasks: DraftTaskInput[]; keys: string[] } => {
    return { tasks: rowsToInput(rows), keys: rows.map((r) => r.key) };
  }, [rows]);

  return {
    rows,
    dirty,
    weightTotal,
    messages,
    update,
    add,
    remove,
    move,
    reset,
    check,
    toInput,
    showSaveError,
  };
}

export type DraftTasks = ReturnType<typeof useDraftTasks>;
