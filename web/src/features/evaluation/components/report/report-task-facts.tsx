import type { SelfAssessmentDto } from '../../../../../../contracts/self-assessment.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../../../lib/format.ts';
import { type TaskStatusName, TaskStatusTags } from '../../../execution/components/task-status-tag.tsx';
import { decimalText } from '../shared/points.ts';
import styles from './report.module.css';

type ReportTask = SelfAssessmentDto['tasks'][number];

/** What the data says about a task: status, result against the target, deadline, evidence, last appraisal. */
export function ReportTaskFacts({ task }: { task: ReportTask }) {
  const { t, lang } = useI18n();
  const r = task.result;
  const percent = formatNumber(Math.round(r.completionPercent * 10) / 10, lang);
  const resultText =
    task.kind === 'target'
      ? r.finalActual !== null
        ? t('report.resultTarget', {
            actual: decimalText(r.finalActual, lang),
            unit: task.unitOfMeasure ?? '',
            target: decimalText(task.targetValue, lang),
            percent,
          })
        : t('report.resultNone')
      : r.fraction !== null
        ? t('report.resultDeliverable', { percent })
        : t('report.resultNone');
  const source = r.source === null ? null : r.verified ? t('report.verified') : t('report.unverified');
  const extended = task.deadline !== task.originalDeadline;
  return (
    <div className={styles.facts}>
      <TaskStatusTags
        view={{ status: task.status as TaskStatusName, atRisk: task.atRisk, exceeded: task.exceeded }}
      />
      {task.kind === 'target' ? (
        <span>
          {t('report.target', {
            metric: task.metric ?? '',
            sign: task.direction === 'at_most' ? '≤' : '≥',
            target: decimalText(task.targetValue, lang),
            unit: task.unitOfMeasure ?? '',
          })}
        </span>
      ) : (
        task.expectedProduct && <span>{t('report.product', { product: task.expectedProduct })}</span>
      )}
      <span>
        {resultText}
        {source ? ` · ${source}` : ''}
      </span>
      <span>
        {t('report.deadline', { date: formatDate(task.deadline) })}
        {extended ? ` ${t('report.extendedFrom', { date: formatDate(task.originalDeadline) })}` : ''}
        {task.doneDate ? ` · ${t('report.doneOn', { date: formatDate(task.doneDate) })}` : ''}
      </span>
      <span>
        {t('report.evidence', {
          evidence: task.evidenceCount,
          checkIns: task.checkInCount,
        })}
        {task.openRequests > 0 ? ` · ${t('report.openRequests', { count: task.openRequests })}` : ''}
      </span>
      {task.lastAppraisal && (
        <span>
          {t('report.lastAppraisal', { date: formatDate(task.lastAppraisal.appraisedOn) })}
          {task.lastAppraisal.findings ? ` ${task.lastAppraisal.findings}` : ''}
        </span>
      )}
    </div>
  );
}
