import { Card, Flex, Tag, Typography } from 'antd';
import type { TaskPageDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { taskTagLabel } from '../../../i18n/labels.ts';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDate } from '../../../lib/format.ts';
import { DeadlineValue, ExpectedResult, WeightValue } from '../../assignments/components/task-values.tsx';
import styles from './execution.module.css';
import { DeadlineInfo, LastCheckIn, useProgressText } from './status-facts.tsx';
import { appraisalKindText, decisionText, fractionText, progressText } from './timeline-labels.ts';

/** The task's values in force (originals struck through), units, and where it stands today. */
export function TaskFactsCard({ page }: { page: TaskPageDto }) {
  const { t, lang } = useI18n();
  const progress = useProgressText();
  const { task, status } = page;
  const last = status?.lastAppraisal;
  return (
    <Card size="small" title={<h2 className="card-title">{t('taskPage.facts')}</h2>}>
      <dl className={styles.facts}>
        <dt>{t('taskPage.kind')}</dt>
        <dd>
          <Flex wrap gap={4}>
            <Tag>{t(`taskKind.${task.kind}` as MessageKey)}</Tag>
            {task.tags.map((tag) => (
              <Tag key={tag} color={tag === 'bottleneck' ? 'red' : tag === 'breakthrough' ? 'gold' : 'blue'}>
                {taskTagLabel(t, tag)}
              </Tag>
            ))}
          </Flex>
        </dd>
        <dt>{t(task.kind === 'target' ? 'task.targetValue' : 'task.expectedProduct')}</dt>
        <dd>
          <ExpectedResult task={task} />
        </dd>
        <dt>{t('task.weight')}</dt>
        <dd>
          <WeightValue task={task} />
        </dd>
        <dt>{t('task.deadline')}</dt>
        <dd>
          <DeadlineValue task={task} />
        </dd>
        <dt>{t('task.leadUnit')}</dt>
        <dd>
          {task.leadUnit?.name ?? t('common.none')}
          {task.coordinatingUnits.length > 0 && (
            <div className={styles.small}>
              {t('task.coordinating', { units: task.coordinatingUnits.map((u) => u.name).join(', ') })}
            </div>
          )}
        </dd>
        {status && (
          <>
            <dt>{t('taskPage.today', { date: formatDate(page.date) })}</dt>
            <dd>
              <DeadlineInfo view={status} />
            </dd>
            <dt>{t('taskPage.lastCheckIn')}</dt>
            <dd>
              <LastCheckIn
                bare
                last={status.lastCheckIn}
                unit={task.kind === 'target' ? task.unitOfMeasure : null}
              />
              <div className={styles.small}>{t('taskPage.checkInCount', { count: status.checkInCount })}</div>
            </dd>
            <dt>{t('taskPage.lastAppraisal')}</dt>
            <dd>
              {last ? (
                <>
                  <div>
                    {appraisalKindText(t, last.kind, last.quarter)} ({formatDate(last.appraisedOn)})
                  </div>
                  <div className={styles.small}>
                    {progressText(t, last.progress)}
                    {last.productDecision && ` · ${decisionText(t, last.productDecision)}`}
                    {last.verifiedValue !== null &&
                      ` · ${progress(last.verifiedValue, null, task.unitOfMeasure)}`}
                    {last.verifiedFraction !== null && ` · ${fractionText(last.verifiedFraction, lang)}`}
                  </div>
                </>
              ) : (
                <Typography.Text type="secondary">{t('taskPage.notAppraised')}</Typography.Text>
              )}
            </dd>
          </>
        )}
      </dl>
      {task.cancelled && (
        <Typography.Paragraph type="danger" style={{ margin: '8px 0 0' }}>
          {t('task.cancelledOn', { date: formatDate(task.cancelled.on), reason: task.cancelled.reason })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
