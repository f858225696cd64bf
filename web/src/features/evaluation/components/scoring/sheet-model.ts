import type { SaveSheetInput } from '../../../../../../contracts/councils.ts';
import type { Locale } from '../../../../../../contracts/errors.ts';
import type { Translate } from '../../../../i18n/i18n.tsx';
import { formatPoints } from '../../../../lib/format.ts';
import type { MySheetsDto, ScoringHead } from '../../api/sheets.ts';
import { scoreProblem } from '../report/score-rules.ts';

/** A cell of the sheet: a task's score or bonus, or a general criterion's score. */
export const scoreKey = (taskId: string) => `t:${taskId}:score`;
export const bonusKey = (taskId: string) => `t:${taskId}:bonus`;
export const criterionKey = (key: string) => `c:${key}`;

/** One head's sheet as typed: the text of each cell, kept until saved. */
export type SheetDraft = {
  values: Record<string, string>;
  comment: string;
  /** Bumped on every edit; equal to savedRev once the server has this exact text. */
  rev: number;
  savedRev: number;
  saving: boolean;
  savedAt: number | null;
  /** Wrong cells left out of the last save (still typed, still to fix). */
  keptBack: number;
  /** Messages from the API, by cell. */
  serverErrors: Record<string, string>;
  /** The last refusal that is not about one cell (conflict, window closed…). */
  failure: { message: string; conflict: boolean } | null;
};

/** Points in the UI language's way, without grouping (8,5 / 8.5). */
export function pointsText(value: number, lang: Locale): string {
  const s = String(value);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** Typed text → points: null when empty, 'invalid' when it is not a number. Comma or dot both mean decimals. */
export function parsePoints(text: string | undefined): number | null | 'invalid' {
  const s = (text ?? '').trim().replace(',', '.');
  if (!s) return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return 'invalid';
  return Number(s);
}

/** The draft of a head as the server last saved it. */
export function draftFromSheet(head: ScoringHead, lang: Locale): SheetDraft {
  const values: Record<string, string> = {};
  for (const s of head.sheet?.tasks ?? []) {
    values[scoreKey(s.taskId)] = pointsText(s.score, lang);
    if (s.bonus) values[bonusKey(s.taskId)] = pointsText(s.bonus, lang);
  }
  for (const c of head.sheet?.criteria ?? []) values[criterionKey(c.key)] = pointsText(c.score, lang);
  return {
    values,
    comment: head.sheet?.comment ?? '',
    rev: 0,
    savedRev: 0,
    saving: false,
    savedAt: null,
    keptBack: 0,
    serverErrors: {},
    failure: null,
  };
}

/** The problem of every cell that has one, checked as the server will (range, decimals). */
export function cellProblems(
  head: ScoringHead,
  data: MySheetsDto,
  d: SheetDraft,
  t: Translate,
  lang: Locale,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const check = (key: string, max: number) => {
    const v = parsePoints(d.values[key]);
    const p = v === 'invalid' ? t('score.notNumber') : scoreProblem(v, max, t, formatPoints(max, lang));
    if (p) problems[key] = p;
  };
  for (const task of head.tasks) {
    if (task.cancelled) continue;
    check(scoreKey(task.taskId), task.weight);
    check(bonusKey(task.taskId), data.bonusPerTask);
    const bonus = parsePoints(d.values[bonusKey(task.taskId)]);
    if (typeof bonus === 'number' && bonus > 0 && parsePoints(d.values[scoreKey(task.taskId)]) === null)
      problems[scoreKey(task.taskId)] ??= t('score.scoreBeforeBonus');
  }
  for (const c of data.criteria) check(criterionKey(c.key), c.max);
  return problems;
}

/** Items still unscored (tasks not cancelled, and criteria). */
export function unscoredCount(head: ScoringHead, data: MySheetsDto, d: SheetDraft): number {
  const tasks = head.tasks.filter((x) => !x.cancelled && parsePoints(d.values[scoreKey(x.taskId)]) === null);
  const criteria = data.criteria.filter((c) => parsePoints(d.values[criterionKey(c.key)]) === null);
  return tasks.length + criteria.length;
}

/** The body to save and, by position, which cell each entry came from (to place the API's field errors). */
export function sheetBody(
  head: ScoringHead,
  data: MySheetsDto,
  d: SheetDraft,
  version: number,
  finished?: boolean,
  /** Cells with a problem: left out, so that the rest of the sheet is saved meanwhile. */
  skip: ReadonlySet<string> = new Set(),
): { body: SaveSheetInput; taskIds: string[]; criterionKeys: string[] } {
  const num = (key: string) => {
    if (skip.has(key)) return null;
    const v = parsePoints(d.values[key]);
    return typeof v === 'number' ? v : null;
  };
  const tasks = head.tasks
    .filter((x) => !x.cancelled && num(scoreKey(x.taskId)) !== null)
    .map((x) => ({ taskId: x.taskId, score: num(scoreKey(x.taskId))!, bonus: num(bonusKey(x.taskId)) }));
  const criteria = data.criteria
    .filter((c) => num(criterionKey(c.key)) !== null)
    .map((c) => ({ key: c.key, score: num(criterionKey(c.key))! }));
  return {
    body: {
      version,
      tasks,
      criteria,
      comment: d.comment.trim() || null,
      ...(finished === undefined ? {} : { finished }),
    },
    taskIds: tasks.map((x) => x.taskId),
    criterionKeys: criteria.map((c) => c.key),
  };
}

/** The API's field names (tasks.3.score, criteria.1.score) → the sheet's cells. */
export function cellOfField(field: string, taskIds: string[], criterionKeys: string[]): string | null {
  const m = /^(tasks|criteria)\.(\d+)\.(\w+)$/.exec(field);
  if (!m) return null;
  const i = Number(m[2]);
  if (m[1] === 'tasks') {
    const id = taskIds[i];
    if (!id) return null;
    return m[3] === 'bonus' ? bonusKey(id) : scoreKey(id);
  }
  const key = criterionKeys[i];
  return key ? criterionKey(key) : null;
}

/** Sums of the typed points: tasks, bonuses, criteria (exact hundredths). */
export function sheetSums(head: ScoringHead, data: MySheetsDto, d: SheetDraft) {
  const h = (key: string) => {
    const v = parsePoints(d.values[key]);
    return typeof v === 'number' && v >= 0 ? Math.round(v * 100) : 0;
  };
  const live = head.tasks.filter((x) => !x.cancelled);
  const tasks = live.reduce((s, x) => s + h(scoreKey(x.taskId)), 0) / 100;
  const bonus = live.reduce((s, x) => s + h(bonusKey(x.taskId)), 0) / 100;
  const criteria = data.criteria.reduce((s, c) => s + h(criterionKey(c.key)), 0) / 100;
  const weights = live.reduce((s, x) => s + Math.round(x.weight * 100), 0) / 100;
  const criteriaMax = data.criteria.reduce((s, c) => s + Math.round(c.max * 100), 0) / 100;
  return {
    tasks,
    bonus,
    criteria,
    weights,
    criteriaMax,
    total: (Math.round(tasks * 100) + Math.round(bonus * 100) + Math.round(criteria * 100)) / 100,
  };
}
