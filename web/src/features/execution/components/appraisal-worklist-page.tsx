import { AuditOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { WorklistDto } from '../../../../../contracts/appraisals.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { compareVi, formatDate } from '../../../lib/format.ts';
import { useAppraisalWorklist } from '../api/appraisals.ts';
import styles from './execution.module.css';
import { type TaskStatusName, TaskStatusTags } from './task-status-tag.tsx';

type Entry = WorklistDto['items'][number];
type Task = { taskId: string; number: number; title: string };

function TaskLinks({ tasks, extra }: { tasks: Task[]; extra?: (task: Task) => React.ReactNode }) {
  const { t } = useI18n();
  if (tasks.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <ul className={styles.compactList}>
      {tasks.map((task) => (
        <li key={task.taskId}>
          <Link to={`/tasks/${task.taskId}`}>
            {task.number}. {task.title}
          </Link>
          {extra?.(task)}
        </li>
      ))}
    </ul>
  );
}

// What waits most first: products to judge, then tasks at risk or overdue, then the rest.
const weight = (e: Entry) =>
  e.productsAwaiting.length * 100 + e.atRiskOrOverdue.length * 10 + e.quartersNotAppraised.length;

/** The appraiser's worklist: every head whose products, risks or quarters wait for an appraisal. */
export function AppraisalWorklistPage() {
  const { t } = useI18n();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const query = useAppraisalWorklist();
  const rows = [...(query.data?.items ?? [])].sort(
    (a, b) => weight(b) - weight(a) || compareVi(a.assigneeUnit.name, b.assigneeUnit.name),
  );

  const unit = (e: Entry) => (
    <div>
      <Link to={`/assignments/${e.assignmentId}`} style={{ fontWeight: 500 }}>
        {e.assigneeUnit.name}
      </Link>
      <div className={styles.small}>{e.headName ?? t('info.headVacant')}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {e.cycleName}
        {e.documentNumber ? ` · ${e.documentNumber}` : ''}
      </Typography.Text>
    </div>
  );
  const waits = (e: Entry) => (
    <Flex vertical gap={6}>
      {e.productsAwaiting.length > 0 && (
        <div>
          <Tag color="blue">{t('worklist.products', { count: e.productsAwaiting.length })}</Tag>
          <TaskLinks
            tasks={e.productsAwaiting}
            extra={(task) => {
              const p = e.productsAwaiting.find((x) => x.taskId === task.taskId);
              return p ? (
                <span className={styles.muted}>
                  {' '}
                  ({t('worklist.submittedOn', { date: formatDate(p.submittedOn) })})
                </span>
              ) : null;
            }}
          />
        </div>
      )}
      {e.atRiskOrOverdue.length > 0 && (
        <div>
          <Tag color="red">{t('worklist.atRisk', { count: e.atRiskOrOverdue.length })}</Tag>
          <TaskLinks
            tasks={e.atRiskOrOverdue}
            extra={(task) => {
              const x = e.atRiskOrOverdue.find((y) => y.taskId === task.taskId);
              return x ? (
                <span style={{ marginInlineStart: 6, display: 'inline-flex' }}>
                  <TaskStatusTags view={{ status: x.status as TaskStatusName, atRisk: x.atRisk }} />
                </span>
              ) : null;
            }}
          />
        </div>
      )}
      {e.neverAppraised.length > 0 && (
        <Typography.Text className={styles.small}>
          {t('worklist.neverAppraised', { count: e.neverAppraised.length })}
        </Typography.Text>
      )}
    </Flex>
  );
  const last = (e: Entry) => (
    <div>
      <div>{e.lastAppraisedOn ? formatDate(e.lastAppraisedOn) : t('worklist.never')}</div>
      {e.quartersNotAppraised.length > 0 && (
        <Tag color="gold" style={{ marginTop: 4 }}>
          {t('worklist.quartersMissing', { quarters: e.quartersNotAppraised.join(', ') })}
        </Tag>
      )}
    </div>
  );
  const action = (e: Entry) => (
    <ButtonLink
      type="primary"
      size="small"
      icon={<AuditOutlined aria-hidden="true" />}
      to={`/appraisals/assignments/${e.assignmentId}`}
      aria-label={t('worklist.appraiseFor', { unit: e.assigneeUnit.name })}
    >
      {t('worklist.appraise')}
    </ButtonLink>
  );

  const columns: TableColumnsType<Entry> = narrow
    ? [
        {
          key: 'all',
          title: t('worklist.unit'),
          render: (_, e) => (
            <Flex vertical gap={8} align="flex-start">
              {unit(e)}
              {waits(e)}
              {last(e)}
              {action(e)}
            </Flex>
          ),
        },
      ]
    : [
        {
          key: 'unit',
          title: t('worklist.unit'),
          width: 240,
          sorter: (a, b) => compareVi(a.assigneeUnit.name, b.assigneeUnit.name),
          render: (_, e) => unit(e),
        },
        { key: 'waits', title: t('worklist.waits'), render: (_, e) => waits(e) },
        {
          key: 'last',
          title: t('worklist.lastAppraised'),
          width: 170,
          sorter: (a, b) => compareVi(a.lastAppraisedOn, b.lastAppraisedOn),
          render: (_, e) => last(e),
        },
        { key: 'action', title: t('common.actions'), width: 150, render: (_, e) => action(e) },
      ];

  return (
    <>
      <PageHeader
        title={t('worklist.title')}
        subtitle={query.data ? t('worklist.subtitle', { date: formatDate(query.data.date) }) : undefined}
      />
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      <Card>
        <Table<Entry>
          rowKey="assignmentId"
          size="small"
          loading={query.isPending}
          dataSource={rows}
          columns={columns}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          sticky={{ offsetHeader: 59 }}
          tableLayout="fixed"
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('worklist.empty')} />,
          }}
        />
      </Card>
    </>
  );
}
