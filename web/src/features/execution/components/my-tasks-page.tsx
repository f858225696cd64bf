import { Col, Empty, Flex, Row, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { StatusCountsDto } from '../../../../../contracts/execution.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useCurrentCycle } from '../../cycles/api/list-cycles.ts';
import { useMyTasks } from '../api/execution.ts';
import { type MyTask, MyTaskItem } from './my-task-item.tsx';
import styles from './my-tasks.module.css';
import { OpenRequestsCard, OwedSupportCard } from './my-tasks-side.tsx';
import { type TaskDialog, TaskDialogs } from './task-dialogs.tsx';
import { isOpenStatus } from './task-status-tag.tsx';

type Show = 'open' | 'closed' | 'all';
const SHOWS: Show[] = ['open', 'closed', 'all'];

function Summary({ counts }: { counts: StatusCountsDto }) {
  const { t, lang } = useI18n();
  const stats: { key: string; value: number; label: string; alert?: boolean }[] = [
    { key: 'overdue', value: counts.byStatus.overdue ?? 0, label: t('taskStatus.overdue'), alert: true },
    { key: 'due_soon', value: counts.byStatus.due_soon ?? 0, label: t('taskStatus.due_soon') },
    { key: 'silent', value: counts.silent, label: t('taskFlag.silent'), alert: true },
    { key: 'at_risk', value: counts.atRisk, label: t('taskFlag.atRisk'), alert: true },
    {
      key: 'done',
      value: counts.done,
      label: t('board.doneOf', { total: formatNumber(counts.total, lang) }),
    },
  ];
  return (
    <ul className={styles.summary} aria-label={t('board.summary')} style={{ listStyle: 'none', padding: 0 }}>
      {stats.map((s) => (
        <li key={s.key} className={`${styles.stat} ${s.alert && s.value > 0 ? styles.statAlert : ''}`}>
          <div className={styles.statValue}>{formatNumber(s.value, lang)}</div>
          <div className={styles.statLabel}>{s.label}</div>
        </li>
      ))}
    </ul>
  );
}

/**
 * The head's one page: every task with its status in words, the nearest deadlines first,
 * what is owed to them and what they asked; a check-in or a request is one click away.
 */
export function MyTasksPage() {
  const { t } = useI18n();
  const { cycle } = useCurrentCycle();
  const query = useMyTasks(cycle?.id);
  const [params, setParams] = useSearchParams();
  const show = (SHOWS as string[]).includes(params.get('show') ?? '') ? (params.get('show') as Show) : 'open';
  const [dialog, setDialog] = useState<TaskDialog>(null);
  const tasks = query.data?.tasks ?? [];
  const isShown = (task: MyTask) =>
    show === 'all' || (show === 'open' ? isOpenStatus(task.status) : !isOpenStatus(task.status));
  const shown = tasks.filter(isShown);
  const openCount = tasks.filter((task) => isOpenStatus(task.status)).length;
  const units = [...new Set(tasks.map((task) => task.assignment.assigneeUnit.name))];

  return (
    <>
      <PageHeader
        title={t('board.title')}
        subtitle={
          query.data
            ? t('board.subtitle', {
                date: formatDate(query.data.date),
                units: units.join(', ') || t('common.none'),
                cycle: cycle?.name ?? '',
              })
            : undefined
        }
      />
      {query.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Summary counts={query.data.counts} />
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
              <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                {t('board.tasksHeading')}
              </Typography.Title>
              <Segmented<Show>
                value={show}
                onChange={(v) => setParams({ show: v }, { replace: true })}
                options={[
                  { value: 'open', label: t('board.showOpen', { count: openCount }) },
                  { value: 'closed', label: t('board.showClosed', { count: tasks.length - openCount }) },
                  { value: 'all', label: t('board.showAll', { count: tasks.length }) },
                ]}
              />
            </Flex>
            {shown.length === 0 ? (
              <Empty
                description={
                  tasks.length === 0
                    ? t('board.emptyNoTasks')
                    : show === 'open'
                      ? t('board.emptyOpen')
                      : t('board.emptyOther')
                }
              />
            ) : (
              <ul className={styles.list} aria-label={t('board.tasksHeading')}>
                {shown.map((task) => (
                  <MyTaskItem key={task.taskId} task={task} onAction={setDialog} />
                ))}
              </ul>
            )}
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={16}>
              <OwedSupportCard tasks={tasks} />
              <OpenRequestsCard />
            </Flex>
          </Col>
        </Row>
      )}
      <TaskDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
