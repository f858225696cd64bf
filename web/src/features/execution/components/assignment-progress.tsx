import { NotificationOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Skeleton, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import type { TaskStatusDto } from '../../../../../contracts/execution.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { useAssignmentStatus } from '../api/execution.ts';
import { useUrgingNotices } from '../api/urging.ts';
import styles from './execution.module.css';
import { holdsRole } from './execution-nav.tsx';
import { StatusCountsLine } from './status-counts.tsx';
import { DeadlineInfo, LastCheckIn } from './status-facts.tsx';
import { TaskStatusTags } from './task-status-tag.tsx';
import { appraisalKindText, progressText } from './timeline-labels.ts';
import { UrgingNoticeModal } from './urging-notice-modal.tsx';
import { UrgingNoticeList } from './urging-notices.tsx';

const TRACKED = ['committed', 'in_progress', 'self_assessed', 'scored', 'finalized'];

function Waiting({ s }: { s: TaskStatusDto }) {
  const { t } = useI18n();
  if (!s.openRequests && !s.owedSupport && !s.productAwaitingAppraisal)
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {s.openRequests > 0 && <Tag color="gold">{t('board.openRequests', { count: s.openRequests })}</Tag>}
      {s.escalatedRequests > 0 && (
        <Tag color="red">{t('board.escalated', { count: s.escalatedRequests })}</Tag>
      )}
      {s.owedSupport > 0 && <Tag color="red">{t('board.supportOwed', { count: s.owedSupport })}</Tag>}
      {s.productAwaitingAppraisal && <Tag color="blue">{t('board.productAwaiting')}</Tag>}
    </Flex>
  );
}

function LastAppraisal({ s }: { s: TaskStatusDto }) {
  const { t } = useI18n();
  const a = s.lastAppraisal;
  if (!a) return <Typography.Text type="secondary">{t('taskPage.notAppraised')}</Typography.Text>;
  return (
    <div className={styles.small}>
      {formatDate(a.appraisedOn)} · {appraisalKindText(t, a.kind, a.quarter)}
      <div>{progressText(t, a.progress)}</div>
    </div>
  );
}

/**
 * "Tiến độ" on the assignment page: each task's status today (linking to its page), the
 * counts, and for the assigning body the urging notices sent and a button to send one.
 */
export function AssignmentProgress({ assignment }: { assignment: AssignmentDto }) {
  const { t } = useI18n();
  const me = useSignedInMe();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const tracked = TRACKED.includes(assignment.state);
  const status = useAssignmentStatus(assignment.id, tracked);
  const assigner = holdsRole(me, 'assigner') && assignment.abilities.decideAdjustment;
  const urging = useUrgingNotices(assignment.id, tracked && holdsRole(me, 'assigner', 'admin', 'viewer'));
  const [urgingOpen, setUrgingOpen] = useState(false);
  const { hash } = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hash === '#progress' && status.data) ref.current?.scrollIntoView({ block: 'start' });
  }, [hash, status.data]);

  if (!tracked) return null;
  const rows = status.data?.tasks ?? [];
  const units = new Map(
    assignment.tasks.map((task) => [task.id, task.kind === 'target' ? task.unitOfMeasure : null]),
  );
  const title = (s: TaskStatusDto) => (
    <Flex vertical gap={4} align="flex-start">
      <Link
        to={`/tasks/${s.taskId}`}
        style={{ fontWeight: 600 }}
        className={s.status === 'cancelled' ? 'task-cancelled' : undefined}
      >
        {s.title}
      </Link>
      <TaskStatusTags view={s} />
    </Flex>
  );
  const columns: TableColumnsType<TaskStatusDto> = narrow
    ? [
        {
          key: 'all',
          title: t('task.content'),
          render: (_, s) => (
            <Flex vertical gap={4}>
              {title(s)}
              <DeadlineInfo view={s} />
              <LastCheckIn last={s.lastCheckIn} unit={units.get(s.taskId)} />
              <Waiting s={s} />
            </Flex>
          ),
        },
      ]
    : [
        { key: 'n', title: '#', width: 44, align: 'center', render: (_, s) => s.number },
        { key: 'title', title: t('task.content'), render: (_, s) => title(s) },
        {
          key: 'deadline',
          title: t('task.deadline'),
          width: 190,
          render: (_, s) => <DeadlineInfo view={s} />,
        },
        {
          key: 'last',
          title: t('taskPage.lastCheckIn'),
          width: 170,
          render: (_, s) => <LastCheckIn bare last={s.lastCheckIn} unit={units.get(s.taskId)} />,
        },
        {
          key: 'appraisal',
          title: t('taskPage.lastAppraisal'),
          width: 160,
          render: (_, s) => <LastAppraisal s={s} />,
        },
        { key: 'waiting', title: t('progress.waiting'), width: 170, render: (_, s) => <Waiting s={s} /> },
      ];

  return (
    <div id="progress" ref={ref} style={{ scrollMarginTop: 72 }}>
      <Card
        title={<h2 className="card-title">{t('progress.title')}</h2>}
        extra={
          assigner && status.data ? (
            <Button icon={<NotificationOutlined aria-hidden="true" />} onClick={() => setUrgingOpen(true)}>
              {t('urging.open')}
            </Button>
          ) : undefined
        }
        styles={{ header: { flexWrap: 'wrap', rowGap: 8, paddingBlock: 8 } }}
      >
        {status.isPending && <Skeleton active />}
        {status.isError && <QueryError error={status.error} onRetry={() => status.refetch()} />}
        {status.data && (
          <Flex vertical gap={12}>
            <StatusCountsLine counts={status.data.counts} date={status.data.date} />
            <Table<TaskStatusDto>
              rowKey="taskId"
              size="small"
              dataSource={rows}
              columns={columns}
              pagination={false}
              tableLayout="fixed"
              rowClassName={(s) => (s.status === 'overdue' || s.atRisk ? styles.overdueRow : '')}
            />
          </Flex>
        )}
        {urging.data && (
          <div style={{ marginTop: 16 }}>
            <h3 className="card-title" style={{ fontSize: 15, marginBottom: 8 }}>
              {t('urging.listTitle', { count: urging.data.length })}
            </h3>
            <UrgingNoticeList items={urging.data} />
          </div>
        )}
      </Card>
      {urgingOpen && status.data && (
        <UrgingNoticeModal
          assignmentId={assignment.id}
          headLabel={`${assignment.headPostTitle}${assignment.headName ? ` ${assignment.headName}` : ''}`}
          tasks={status.data.tasks}
          onClose={() => setUrgingOpen(false)}
        />
      )}
    </div>
  );
}
