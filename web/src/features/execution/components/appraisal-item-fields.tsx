import { Checkbox, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import {
  APPRAISAL_LIMITS,
  APPRAISAL_PROGRESS,
  PRODUCT_DECISIONS,
} from '../../../../../contracts/appraisals.ts';
import type { TaskDto } from '../../../../../contracts/assignments.ts';
import type { TaskStatusDto } from '../../../../../contracts/execution.ts';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTargetText } from '../../assignments/components/task-values.tsx';
import styles from './appraisal.module.css';
import { LastCheckIn } from './status-facts.tsx';
import { TaskStatusTags } from './task-status-tag.tsx';
import { decisionText, progressText } from './timeline-labels.ts';

/** One task's line as the form holds it (deliverables: the share as a percent). */
export type ItemValues = {
  include: boolean;
  progress: (typeof APPRAISAL_PROGRESS)[number];
  verifiedValue?: number | null;
  verifiedPercent?: number | null;
  productDecision?: (typeof PRODUCT_DECISIONS)[number] | 'none';
  decisionReason?: string;
  exceeded?: boolean;
  findings?: string;
  recommendation?: string;
};

/** The fields of one task's line in an appraisal: progress, verified value or share, product decision, notes. */
export function AppraisalItemFields({
  task,
  number,
  status,
}: {
  task: TaskDto;
  number: number;
  status: TaskStatusDto | undefined;
}) {
  const { t } = useI18n();
  const targetText = useTargetText();
  const form = Form.useFormInstance();
  const base = ['items', task.id];
  const include = Form.useWatch([...base, 'include'], form) ?? false;
  const decision = Form.useWatch([...base, 'productDecision'], form) ?? 'none';
  const headingId = `appraise-task-${task.id}`;
  const awaiting = status?.productAwaitingAppraisal;

  return (
    <section
      className={include ? styles.item : `${styles.item} ${styles.skipped}`}
      aria-labelledby={headingId}
    >
      <Flex gap={10} align="flex-start" wrap>
        <Form.Item name={[...base, 'include']} valuePropName="checked" noStyle>
          <Checkbox aria-label={t('appraisalForm.include', { n: number })} />
        </Form.Item>
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <h3 id={headingId} className={styles.title}>
            {number}. {task.title}
          </h3>
          <Flex wrap gap={8} align="center" className={styles.meta}>
            {status && <TaskStatusTags view={status} />}
            <span>
              {task.kind === 'target'
                ? t('checkIn.targetIs', { target: targetText(task, task.targetValue) || '—' })
                : (task.expectedProduct ?? '')}
            </span>
            {status && <LastCheckIn last={status.lastCheckIn} unit={task.unitOfMeasure} />}
            {awaiting && (
              <Typography.Text strong className={styles.awaiting}>
                {t('appraisalForm.productAwaiting', { date: formatDate(awaiting.submittedOn) })}
              </Typography.Text>
            )}
          </Flex>
        </div>
      </Flex>
      {include && (
        <div className={styles.fields}>
          <Form.Item
            name={[...base, 'progress']}
            label={t('appraisalForm.progress')}
            className={styles.wide}
            rules={[{ required: true }]}
          >
            <Radio.Group
              options={APPRAISAL_PROGRESS.map((p) => ({ value: p, label: progressText(t, p) }))}
              optionType="button"
            />
          </Form.Item>
          {task.kind === 'target' ? (
            <Form.Item
              name={[...base, 'verifiedValue']}
              label={t('appraisalForm.verifiedValue', { unit: task.unitOfMeasure ?? '' })}
            >
              <DecimalInput style={{ width: 200 }} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name={[...base, 'productDecision']} label={t('appraisalForm.decision')}>
                <Select
                  style={{ width: 240 }}
                  options={[
                    { value: 'none', label: t('appraisalForm.noDecision') },
                    ...PRODUCT_DECISIONS.map((d) => ({ value: d, label: decisionText(t, d) })),
                  ]}
                  onChange={(v) => {
                    if (v === 'accepted') form.setFieldValue([...base, 'verifiedPercent'], 100);
                    if (v !== 'accepted') form.setFieldValue([...base, 'exceeded'], false);
                  }}
                />
              </Form.Item>
              <Form.Item
                name={[...base, 'verifiedPercent']}
                label={t('appraisalForm.verifiedPercent')}
                extra={decision === 'accepted' ? t('appraisalForm.acceptedWhole') : undefined}
              >
                <DecimalInput
                  style={{ width: 140 }}
                  min={0}
                  max={100}
                  precision={2}
                  suffix="%"
                  disabled={decision === 'accepted'}
                />
              </Form.Item>
              {decision === 'accepted' && (
                <Form.Item name={[...base, 'exceeded']} valuePropName="checked" label=" ">
                  <Checkbox>{t('appraisalForm.exceeded')}</Checkbox>
                </Form.Item>
              )}
              {(decision === 'returned' || decision === 'rejected') && (
                <Form.Item
                  name={[...base, 'decisionReason']}
                  label={t('appraisalForm.decisionReason')}
                  className={styles.wide}
                  rules={[{ required: true, whitespace: true, message: t('appraisalForm.reasonRequired') }]}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={APPRAISAL_LIMITS.text} />
                </Form.Item>
              )}
            </>
          )}
          <Form.Item
            name={[...base, 'findings']}
            label={t('appraisalForm.itemFindings')}
            className={styles.half}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={APPRAISAL_LIMITS.text} />
          </Form.Item>
          <Form.Item
            name={[...base, 'recommendation']}
            label={t('appraisalForm.itemRecommendation')}
            className={styles.half}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={APPRAISAL_LIMITS.text} />
          </Form.Item>
        </div>
      )}
    </section>
  );
}
