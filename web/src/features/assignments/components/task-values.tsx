import { Typography } from 'antd';
import type { TaskDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatNumber, formatPoints } from '../../../lib/format.ts';

// "95%" is written without a space; "35 tỷ đồng", "12 hộ" with one.
const unitSuffix = (unit: string | null) => (!unit ? '' : unit === '%' ? '%' : ` ${unit}`);

/** "≥ 35 tỷ đồng" for a target value in the task's direction and unit. */
export function useTargetText() {
  const { lang } = useI18n();
  return (task: Pick<TaskDto, 'direction' | 'unitOfMeasure'>, value: number | null) =>
    value === null
      ? ''
      : `${task.direction === 'at_most' ? '≤' : '≥'} ${formatNumber(value, lang)}${unitSuffix(task.unitOfMeasure)}`;
}

/** The deadline in force; an extended one shows the original struck through and "Gia hạn đến …". */
export function DeadlineValue({ task }: { task: TaskDto }) {
  const { t } = useI18n();
  if (!task.deadline) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (task.originalDeadline && task.originalDeadline !== task.deadline) {
    return (
      <span>
        <s className="value-replaced">
          <span className="sr-only">{t('task.original')} </span>
          {formatDate(task.originalDeadline)}
        </s>
        <br />
        <strong>{t('task.extendedTo', { date: formatDate(task.deadline) })}</strong>
      </span>
    );
  }
  return <span>{formatDate(task.deadline)}</span>;
}

/** The weight in force, with the original struck through when an adjustment changed it. */
export function WeightValue({ task }: { task: TaskDto }) {
  const { t, lang } = useI18n();
  if (task.weight === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const changed = task.originalWeight !== null && task.originalWeight !== task.weight;
  return (
    <span>
      {changed && (
        <>
          <s className="value-replaced">
            <span className="sr-only">{t('task.original')} </span>
            {formatPoints(task.originalWeight, lang)}
          </s>{' '}
        </>
      )}
      <strong>{formatPoints(task.weight, lang)}</strong>
    </span>
  );
}

/** What proves completion: the target (original struck through when adjusted) or the expected product. */
export function ExpectedResult({ task }: { task: TaskDto }) {
  const { t, lang } = useI18n();
  const targetText = useTargetText();
  if (task.kind === 'target') {
    const changed = task.originalTargetValue !== null && task.originalTargetValue !== task.targetValue;
    return (
      <div>
        {task.metric && <div>{task.metric}</div>}
        <div>
          {changed && (
            <>
              <s className="value-replaced">
                <span className="sr-only">{t('task.original')} </span>
                {targetText(task, task.originalTargetValue)}
              </s>{' '}
            </>
          )}
          <strong>{targetText(task, task.targetValue) || t('common.none')}</strong>
        </div>
        {task.baseline !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('task.baselineValue', { value: formatNumber(task.baseline, lang) })}
          </Typography.Text>
        )}
      </div>
    );
  }
  return (
    <div>
      <div>{task.expectedProduct ?? t('common.none')}</div>
      {task.acceptanceCriteria && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('task.acceptance', { text: task.acceptanceCriteria })}
        </Typography.Text>
      )}
    </div>
  );
}
