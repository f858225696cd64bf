import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useReducer, useRef } from 'react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { type MySheetsDto, mySheetsKey, type ScoringHead, useSaveSheet } from '../../api/sheets.ts';
import {
  cellOfField,
  cellProblems,
  draftFromSheet,
  type SheetDraft,
  sheetBody,
  unscoredCount,
} from './sheet-model.ts';

export type SaveOutcome = 'saved' | 'partial' | 'invalid' | 'incomplete' | 'failed' | 'busy';

/**
 * Every head's sheet as typed, kept across head switches until the server has it. Saves
 * one head at a time (a save in flight is never overlapped: versions stay in order), and
 * maps the API's field errors back onto the cells.
 */
export function useSheetDrafts(councilId: string, data: MySheetsDto) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const save = useSaveSheet(councilId);
  const store = useRef(new Map<string, SheetDraft>());
  const [, rerender] = useReducer((x: number) => x + 1, 0);

  const get = useCallback(
    (head: ScoringHead): SheetDraft => {
      let d = store.current.get(head.assignmentId);
      if (!d) {
        d = draftFromSheet(head, lang);
        store.current.set(head.assignmentId, d);
      }
      return d;
    },
    [lang],
  );

  const update = useCallback(
    (head: ScoringHead, fn: (d: SheetDraft) => SheetDraft) => {
      store.current.set(head.assignmentId, fn(get(head)));
      rerender();
    },
    [get],
  );

  /** Types into cells (several at once for "use the proposals"). */
  const setValues = useCallback(
    (head: ScoringHead, changes: Record<string, string>) =>
      update(head, (d) => {
        const serverErrors = { ...d.serverErrors };
        for (const key of Object.keys(changes)) delete serverErrors[key];
        return { ...d, values: { ...d.values, ...changes }, rev: d.rev + 1, serverErrors };
      }),
    [update],
  );

  const setComment = useCallback(
    (head: ScoringHead, comment: string) => update(head, (d) => ({ ...d, comment, rev: d.rev + 1 })),
    [update],
  );

  const saveHead = useCallback(
    async (head: ScoringHead, finished?: boolean): Promise<SaveOutcome> => {
      const d = get(head);
      if (d.saving) return 'busy';
      const problems = new Set(Object.keys(cellProblems(head, data, d, t, lang)));
      if (finished && problems.size) return 'invalid';
      if (finished && unscoredCount(head, data, d) > 0) return 'incomplete';
      const latest = queryClient.getQueryData<MySheetsDto>(mySheetsKey(councilId));
      const version = latest?.heads.find((h) => h.assignmentId === head.assignmentId)?.sheet?.version ?? 0;
      // Wrong cells stay on screen, marked; every other number is saved meanwhile.
      const { body, taskIds, criterionKeys } = sheetBody(head, data, d, version, finished, problems);
      const rev = d.rev;
      update(head, (x) => ({ ...x, saving: true }));
      try {
        await save.mutateAsync({ assignmentId: head.assignmentId, body });
        update(head, (x) => ({
          ...x,
          saving: false,
          savedRev: rev,
          savedAt: Date.now(),
          keptBack: problems.size,
          serverErrors: {},
          failure: null,
        }));
        return 'saved';
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError('internal', 0, String(e));
        const serverErrors: Record<string, string> = {};
        let placed = false;
        for (const f of error.fields) {
          const cell = cellOfField(f.field, taskIds, criterionKeys);
          if (cell) {
            serverErrors[cell] = error.message;
            placed = true;
          }
        }
        update(head, (x) => ({
          ...x,
          saving: false,
          serverErrors,
          failure:
            placed && !error.isConflict ? null : { message: error.message, conflict: error.isConflict },
        }));
        return 'failed';
      }
    },
    [councilId, data, get, lang, queryClient, save, t, update],
  );

  /** Drops a head's typed text and takes the server's sheet again (after a 409). */
  const reload = useCallback(
    async (head: ScoringHead) => {
      await queryClient.refetchQueries({ queryKey: mySheetsKey(councilId), exact: true });
      const latest = queryClient.getQueryData<MySheetsDto>(mySheetsKey(councilId));
      const h = latest?.heads.find((x) => x.assignmentId === head.assignmentId) ?? head;
      store.current.set(head.assignmentId, draftFromSheet(h, lang));
      rerender();
    },
    [councilId, lang, queryClient],
  );

  // Typed text the server does not have: unsaved edits, or cells kept back because they are wrong.
  const anyDirty = [...store.current.values()].some((d) => d.rev !== d.savedRev || d.keptBack > 0);
  return { get, setValues, setComment, saveHead, reload, anyDirty };
}
