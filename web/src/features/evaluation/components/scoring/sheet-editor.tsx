import { CheckOutlined, RightOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MySheetsDto, ScoringHead } from '../../api/sheets.ts';
import { points2 } from '../shared/points.ts';
import { ToneTag } from '../shared/tone-tag.tsx';
import styles from './scoring.module.css';
import { cellProblems, parsePoints, pointsText, scoreKey, sheetSums, unscoredCount } from './sheet-model.ts';
import { SheetTable } from './sheet-table.tsx';
import type { useSheetDrafts } from './use-sheet-drafts.ts';

type Drafts = ReturnType<typeof useSheetDrafts>;
type Props = {
  data: MySheetsDto;
  head: ScoringHead;
  drafts: Drafts;
  readOnly: boolean;
  onNext: (() => void) | null;
};

const AUTOSAVE_MS = 1500;

/** One head's sheet with its header, shortcuts, comment, autosave and the save / finished actions. */
export function SheetEditor({ data, head, drafts, readOnly, onNext }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const commentRef = useRef<TextAreaRef>(null);
  const d = drafts.get(head);
  const problems = cellProblems(head, data, d, t, lang);
  const problemCount = Object.keys({ ...problems, ...d.serverErrors }).length;
  const unscored = unscoredCount(head, data, d);
  const dirty = d.rev !== d.savedRev;
  const finished = Boolean(head.sheet?.finishedAt);
  const sums = sheetSums(head, data, d);

  // Autosave: a pause in typing saves the head's sheet (wrong cells kept back), unless the server refused.
  useEffect(() => {
    if (readOnly || !dirty || d.saving || d.failure) return;
    const timer = setTimeout(() => void drafts.saveHead(head), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  });

  const fillEmpty = () => {
    const changes: Record<string, string> = {};
    for (const task of head.tasks)
      if (!task.cancelled && parsePoints(d.values[scoreKey(task.taskId)]) === null)
        changes[scoreKey(task.taskId)] = pointsText(task.proposal, lang);
    if (Object.keys(changes).length) drafts.setValues(head, changes);
    message.info(t('sheet.filled', { count: Object.keys(changes).length }));
  };

  const onSave = async () => {
    const outcome = await drafts.saveHead(head);
    if (outcome === 'saved') message.success(t('sheet.saved'));
    if (outcome === 'partial') message.warning(t('sheet.savedPartly', { count: problemCount }));
  };

  const onFinish = async () => {
    const outcome = await drafts.saveHead(head, true);
    if (outcome === 'saved') {
      message.success(t('sheet.finishedDone', { name: head.head?.fullName ?? head.unit.name }));
      onNext?.();
    } else if (outcome === 'incomplete') message.error(t('sheet.incomplete', { count: unscored }));
    else if (outcome === 'invalid') message.error(t('sheet.fixCells', { count: problemCount }));
  };

  const status = d.saving
    ? t('sheet.saving')
    : dirty
      ? t('sheet.unsaved')
      : d.savedAt
        ? t('sheet.savedAt', {
            time: new Date(d.savedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }),
          })
        : head.sheet
          ? t('sheet.stored')
          : t('sheet.notStarted');

  return (
    <section className={styles.sheetCard} aria-labelledby="sheet-title">
      <div className={styles.sheetHeader}>
        <h2 id="sheet-title" className={styles.sheetTitle}>
          {head.head?.fullName ?? t('info.headVacant')} — {head.unit.name}
        </h2>
        {!readOnly && (
          <Button size="small" onClick={fillEmpty}>
            {t('sheet.fillEmpty')}
          </Button>
        )}
      </div>
      <div className={styles.sheetMeta}>
        <Flex wrap gap={8} align="center">
          {finished ? (
            <Tag color="green" icon={<CheckOutlined aria-hidden="true" />}>
              {t('scoring.headFinished')}
            </Tag>
          ) : (
            <Tag>{t('sheet.unscored', { count: unscored })}</Tag>
          )}
          {!head.selfAssessmentSubmitted && <ToneTag tone="warn">{t('sheet.noReport')}</ToneTag>}
          <Link to={`/assignments/${head.assignmentId}/self-assessment`} target="_blank" rel="noopener">
            {t('sheet.openReport')}
          </Link>
        </Flex>
        {!readOnly && (
          <span className={styles.keys}>
            <kbd>Enter</kbd> {t('sheet.keyDown')} · <kbd>=</kbd> {t('sheet.keyProposal')} · <kbd>Ctrl</kbd>+
            <kbd>S</kbd> {t('sheet.keySave')} · <kbd>Alt</kbd>+<kbd>N</kbd> {t('sheet.keyNext')}
          </span>
        )}
      </div>
      {d.failure && (
        <Alert
          type={d.failure.conflict ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 8 }}
          title={d.failure.conflict ? t('common.conflictTitle') : d.failure.message}
          description={d.failure.conflict ? t('sheet.conflictHint') : undefined}
          action={
            d.failure.conflict ? (
              <Button size="small" onClick={() => void drafts.reload(head)}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <SheetTable
        data={data}
        head={head}
        draft={d}
        problems={problems}
        readOnly={readOnly}
        onChange={(changes) => drafts.setValues(head, changes)}
        commentRef={commentRef}
      />
      <div style={{ marginTop: 12 }}>
        <label htmlFor="sheet-comment" style={{ fontWeight: 500 }}>
          {t('sheet.comment')}
        </label>
        <Input.TextArea
          id="sheet-comment"
          ref={commentRef}
          value={d.comment}
          disabled={readOnly}
          maxLength={2000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          onChange={(e) => drafts.setComment(head, e.target.value)}
          placeholder={t('sheet.commentHint')}
        />
      </div>
      <div className={styles.actionBar}>
        <div className={styles.sums} aria-live="polite">
          <div>
            {t('sheet.total')} <strong data-testid="sheet-total">{points2(sums.total, lang)}</strong>
            <Typography.Text
              type={problemCount > 0 ? 'danger' : 'secondary'}
              className={styles.sumStatus}
              data-testid="sheet-status"
            >
              {status}
              {problemCount > 0 ? ` · ${t('sheet.problems', { count: problemCount })}` : ''}
            </Typography.Text>
          </div>
          <div className={styles.sumParts}>
            {t('sheet.sum', {
              tasks: points2(sums.tasks, lang),
              bonus: points2(sums.bonus, lang),
              criteria: points2(sums.criteria, lang),
            })}
          </div>
        </div>
        {!readOnly && (
          <Flex wrap gap={8}>
            <Button icon={<SaveOutlined aria-hidden="true" />} onClick={onSave} loading={d.saving}>
              {t('sheet.save')}
            </Button>
            <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} onClick={onFinish}>
              {finished ? t('sheet.saveFinished') : t('sheet.finish')}
            </Button>
            {onNext && (
              <Tooltip title={t('sheet.nextKey')}>
                <Button
                  icon={<RightOutlined aria-hidden="true" />}
                  onClick={onNext}
                  aria-label={t('sheet.nextKey')}
                />
              </Tooltip>
            )}
          </Flex>
        )}
      </div>
    </section>
  );
}
