import { Form, Input, Table, type TableColumnsType, Typography } from 'antd';
import type { SelfAssessmentDto } from '../../../../../../contracts/self-assessment.ts';
import { DecimalInput } from '../../../../components/decimal-input.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatPoints } from '../../../../lib/format.ts';
import { points2 } from '../shared/points.ts';
import styles from './report.module.css';
import { ReportTaskFacts } from './report-task-facts.tsx';
import { scoreRule } from './score-rules.ts';

type ReportTask = SelfAssessmentDto['tasks'][number];

/**
 * The tasks of the report: what the data says beside the head's explanation and self-score.
 * Field names follow the row index (tasks.N.*), as the API names its errors.
 */
export function ReportTasks({ report, editable }: { report: SelfAssessmentDto; editable: boolean }) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<ReportTask> = [
    {
      key: 'number',
      title: t('report.colNumber'),
      dataIndex: 'number',
      width: 56,
      align: 'center',
    },
    {
      key: 'task',
      title: t('report.colTask'),
      render: (_, task) => (
        <>
          <div className={`${styles.taskTitle} ${task.cancelled ? styles.cancelled : ''}`}>{task.title}</div>
          <ReportTaskFacts task={task} />
        </>
      ),
    },
    {
      key: 'explanation',
      title: t('report.colExplanation'),
      width: '32%',
      render: (_, task, i) =>
        editable ? (
          <Form.Item name={['tasks', i, 'explanation']} style={{ margin: 0 }}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={5000}
              aria-label={t('report.explanationOf', { n: task.number })}
              placeholder={t('report.explanationHint')}
            />
          </Form.Item>
        ) : (
          <p className={styles.readText}>{task.explanation || t('common.none')}</p>
        ),
    },
    {
      key: 'weight',
      title: t('report.colWeight'),
      width: 84,
      align: 'right',
      render: (_, task) => <span className={styles.number}>{formatPoints(task.weight, lang)}</span>,
    },
    {
      key: 'proposal',
      title: t('report.colProposal'),
      width: 96,
      align: 'right',
      render: (_, task) => <span className={styles.number}>{points2(task.proposal, lang)}</span>,
    },
    {
      key: 'selfScore',
      title: t('report.colSelfScore'),
      width: 116,
      render: (_, task, i) =>
        task.cancelled ? (
          <Typography.Text type="secondary">{t('report.cancelledNoScore')}</Typography.Text>
        ) : editable ? (
          <Form.Item
            name={['tasks', i, 'selfScore']}
            style={{ margin: 0 }}
            rules={[scoreRule(task.weight, t, formatPoints(task.weight, lang))]}
          >
            <DecimalInput
              step={0.25}
              aria-label={t('report.selfScoreOf', { n: task.number, max: formatPoints(task.weight, lang) })}
            />
          </Form.Item>
        ) : (
          <span className={styles.number}>{points2(task.selfScore, lang) || t('common.none')}</span>
        ),
    },
  ];
  return (
    <Table<ReportTask>
      rowKey="taskId"
      size="small"
      columns={columns}
      dataSource={report.tasks}
      pagination={false}
      scroll={{ x: 1000 }}
      sticky
    />
  );
}
