import type { RefObject } from 'react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate, formatNumber, formatPoints } from '../../../../lib/format.ts';
import type { MySheetsDto, ScoringHead, ScoringTask } from '../../api/sheets.ts';
import { decimalText, points2 } from '../shared/points.ts';
import { ScoreCell } from './score-cell.tsx';
import styles from './scoring.module.css';
import { bonusKey, criterionKey, pointsText, type SheetDraft, scoreKey, sheetSums } from './sheet-model.ts';

type Props = {
  data: MySheetsDto;
  head: ScoringHead;
  draft: SheetDraft;
  problems: Record<string, string>;
  readOnly: boolean;
  onChange: (changes: Record<string, string>) => void;
  commentRef: RefObject<{ focus: () => void } | null>;
};

/** The facts behind a task's proposal, in a few words. */
function TaskFacts({ task }: { task: ScoringTask }) {
  const { t, lang } = useI18n();
  const f = task.facts;
  const parts: string[] = [
    t('sheet.completion', { percent: formatNumber(Math.round(f.completionPercent * 10) / 10, lang) }),
  ];
  if (f.done) parts.push(f.late ? t('sheet.doneLate') : t('sheet.doneOnTime'));
  else parts.push(f.overdue ? t('sheet.overdue') : t('sheet.notDone'));
  if (f.exceeded) parts.push(t('sheet.exceeded'));
  if (f.finalActual !== null) parts.push(t('sheet.actual', { value: decimalText(f.finalActual, lang) }));
  if (!f.verified) parts.push(t('sheet.unverified'));
  parts.push(t('sheet.deadline', { date: formatDate(f.deadline) }));
  return (
    <div className={`${styles.taskFacts} ${f.late || f.overdue ? styles.late : ''}`}>
      {parts.join(' · ')}
      {f.latePenalized ? ` · ${t('sheet.latePenalized')}` : ''}
    </div>
  );
}

/**
 * One head's dense sheet: every task with its weight and the system's proposal beside the
 * score and bonus inputs, then the general criteria, with live sums. Cells are numbered by
 * column so that Enter moves down.
 */
export function SheetTable({ data, head, draft, problems, readOnly, onChange, commentRef }: Props) {
  const { t, lang } = useI18n();
  const live = head.tasks.filter((x) => !x.cancelled);
  const sums = sheetSums(head, data, draft);
  const proposalSum = live.reduce((s, x) => s + Math.round(x.proposal * 100), 0) / 100;
  const error = (key: string) => draft.serverErrors[key] ?? problems[key];
  const focusComment = () => commentRef.current?.focus();
  let row = -1;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-sheet>
        <caption className="sr-only">
          {t('sheet.caption', { name: head.head?.fullName ?? head.unit.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.center} style={{ width: 36 }}>
              {t('sheet.colNumber')}
            </th>
            <th scope="col">{t('sheet.colTask')}</th>
            <th scope="col" className={styles.num} style={{ width: 64 }}>
              {t('sheet.colWeight')}
            </th>
            <th scope="col" className={styles.num} style={{ width: 96 }}>
              {t('sheet.colProposal')}
            </th>
            <th scope="col" style={{ width: 92 }}>
              {t('sheet.colScore')}
            </th>
            <th scope="col" style={{ width: 84 }}>
              {t('sheet.colBonus', { max: formatPoints(data.bonusPerTask, lang) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {head.tasks.map((task) => {
            if (task.cancelled)
              return (
                <tr key={task.taskId} className={styles.cancelledRow}>
                  <td className={styles.center}>{task.number}</td>
                  <td>
                    <div className={styles.taskTitle}>{task.title}</div>
                    <div className={styles.taskFacts}>{t('sheet.cancelled')}</div>
                  </td>
                  <td className={styles.num}>{formatPoints(task.weight, lang)}</td>
                  <td colSpan={3}>{t('sheet.notScored')}</td>
                </tr>
              );
            row += 1;
            const r = row;
            const takeProposal = () => onChange({ [scoreKey(task.taskId)]: pointsText(task.proposal, lang) });
            return (
              <tr key={task.taskId} data-testid="sheet-task-row">
                <td className={styles.center}>{task.number}</td>
                <td>
                  <div className={styles.taskTitle} title={task.title}>
                    {task.title}
                  </div>
                  <TaskFacts task={task} />
                </td>
                <td className={styles.num}>{formatPoints(task.weight, lang)}</td>
                <td className={styles.num}>
                  <span className={styles.proposal}>
                    {points2(task.proposal, lang)}
                    {!readOnly && (
                      <button
                        type="button"
                        tabIndex={-1}
                        className={styles.useButton}
                        onClick={takeProposal}
                        aria-label={t('sheet.useProposalFor', { n: task.number })}
                        title={t('sheet.useProposalKey')}
                      >
                        →
                      </button>
                    )}
                  </span>
                </td>
                <td>
                  <ScoreCell
                    id={`score-${task.taskId}`}
                    col="score"
                    row={r}
                    value={draft.values[scoreKey(task.taskId)] ?? ''}
                    error={error(scoreKey(task.taskId))}
                    disabled={readOnly}
                    label={t('sheet.scoreLabel', { n: task.number, max: formatPoints(task.weight, lang) })}
                    onChange={(text) => onChange({ [scoreKey(task.taskId)]: text })}
                    onUseProposal={takeProposal}
                    onPastEnd={focusComment}
                  />
                </td>
                <td>
                  <ScoreCell
                    id={`bonus-${task.taskId}`}
                    col="bonus"
                    row={r}
                    value={draft.values[bonusKey(task.taskId)] ?? ''}
                    error={error(bonusKey(task.taskId))}
                    disabled={readOnly}
                    placeholder="0"
                    label={t('sheet.bonusLabel', {
                      n: task.number,
                      max: formatPoints(data.bonusPerTask, lang),
                    })}
                    onChange={(text) => onChange({ [bonusKey(task.taskId)]: text })}
                  />
                </td>
              </tr>
            );
          })}
          <tr className={styles.totalRow}>
            <td />
            <td>{t('sheet.tasksTotal')}</td>
            <td className={styles.num}>{formatPoints(sums.weights, lang)}</td>
            <td className={styles.num}>{points2(proposalSum, lang)}</td>
            <td className={styles.num} data-testid="sheet-task-sum">
              {points2(sums.tasks, lang)}
            </td>
            <td className={styles.num}>{points2(sums.bonus, lang)}</td>
          </tr>
          <tr className={styles.sectionRow}>
            <td />
            <td colSpan={5}>{t('sheet.criteriaTitle')}</td>
          </tr>
          {data.criteria.map((c) => {
            row += 1;
            const r = row;
            return (
              <tr key={c.key}>
                <td />
                <td>{c.label[lang]}</td>
                <td className={styles.num}>{formatPoints(c.max, lang)}</td>
                <td />
                <td>
                  <ScoreCell
                    id={`criterion-${c.key}`}
                    col="score"
                    row={r}
                    value={draft.values[criterionKey(c.key)] ?? ''}
                    error={error(criterionKey(c.key))}
                    disabled={readOnly}
                    label={t('sheet.criterionLabel', {
                      label: c.label[lang],
                      max: formatPoints(c.max, lang),
                    })}
                    onChange={(text) => onChange({ [criterionKey(c.key)]: text })}
                    onPastEnd={focusComment}
                  />
                </td>
                <td />
              </tr>
            );
          })}
          <tr className={styles.totalRow}>
            <td />
            <td>{t('sheet.criteriaTotal')}</td>
            <td className={styles.num}>{formatPoints(sums.criteriaMax, lang)}</td>
            <td />
            <td className={styles.num}>{points2(sums.criteria, lang)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
