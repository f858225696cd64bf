import { AuditOutlined, EditOutlined, FileDoneOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../../components/button-link.tsx';
import { useSetFocusUnit } from '../../../components/focus-unit.tsx';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { useCheckIns } from '../api/check-ins.ts';
import { useTaskPage } from '../api/execution.ts';
import { useAssignmentSupport } from '../api/support.ts';
import { holdsRole } from './execution-nav.tsx';
import { type TaskDialog, TaskDialogs } from './task-dialogs.tsx';
import { TaskFactsCard } from './task-facts-card.tsx';
import { TaskStatusTags } from './task-status-tag.tsx';
import { TaskSupportCard } from './task-support-card.tsx';
import { TaskTimeline } from './task-timeline.tsx';

/**
 * One task: values in force and status, its whole history, and what the caller may do on it
 * (check in or correct for the head and delegate; answer requests; appraise).
 */
export function TaskPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const me = useSignedInMe();
  const page = useTaskPage(id);
  const checkIns = useCheckIns(id);
  const support = useAssignmentSupport(page.data?.assignment.id);
  const [dialog, setDialog] = useState<TaskDialog>(null);
  const p = page.data;
  useSetFocusUnit(p ? { id: p.assignment.assigneeUnit.id, name: p.assignment.assigneeUnit.name } : null);

  if (page.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (page.isError || !p) {
    if (page.error instanceof ApiError && page.error.status === 404) return <NotFoundPage />;
    return <QueryError error={page.error} onRetry={() => page.refetch()} />;
  }
  const { task, assignment: a, status } = p;
  const abilities = checkIns.data?.abilities;
  const taskSupport = support.data?.tasks.find((x) => x.id === task.id);
  const dialogTask = {
    taskId: task.id,
    title: task.title,
    kind: task.kind,
    lastCheckIn: status?.lastCheckIn ?? null,
  };
  const onCorrect = abilities?.correct
    ? (checkInId: string) => {
        const correcting = checkIns.data?.items.find((c) => c.id === checkInId);
        if (correcting) setDialog({ kind: 'check-in', task: dialogTask, correcting });
      }
    : undefined;
  const ownBoard = holdsRole(me, 'head', 'delegate') && abilities?.record;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          ownBoard
            ? { key: 'board', title: <Link to="/my-tasks">{t('nav.myTasks')}</Link> }
            : { key: 'list', title: <Link to="/assignments">{t('nav.assignments')}</Link> },
          { key: 'assignment', title: <Link to={`/assignments/${a.id}`}>{a.assigneeUnit.name}</Link> },
          {
            key: 'this',
            title: <span aria-current="page">{t('taskPage.crumb', { n: task.position + 1 })}</span>,
          },
        ]}
      />
      <PageHeader
        title={<span data-testid="task-title">{task.title}</span>}
        tags={status ? <TaskStatusTags view={status} /> : undefined}
        subtitle={
          <>
            {a.headPostTitle}
            {a.headName ? `: ${a.headName}` : ''} · {a.cycle.name}
            {a.documentNumber &&
              ` · ${t('info.documentValue', { number: a.documentNumber, date: formatDate(a.documentDate) })}`}
          </>
        }
        extra={
          <>
            {abilities?.record && (
              <Button
                type="primary"
                icon={<EditOutlined aria-hidden="true" />}
                onClick={() => setDialog({ kind: 'check-in', task: dialogTask })}
              >
                {t('board.checkIn')}
              </Button>
            )}
            {support.data?.abilities.raiseRequest && !task.cancelled && (
              <Button
                icon={<QuestionCircleOutlined aria-hidden="true" />}
                onClick={() => setDialog({ kind: 'request', task: dialogTask })}
              >
                {t('board.raise')}
              </Button>
            )}
            {holdsRole(me, 'appraiser') && (
              <ButtonLink to={`/appraisals/assignments/${a.id}`} icon={<AuditOutlined aria-hidden="true" />}>
                {t('taskPage.appraise')}
              </ButtonLink>
            )}
            <ButtonLink to={`/assignments/${a.id}`} icon={<FileDoneOutlined aria-hidden="true" />}>
              {t('taskPage.openAssignment')}
            </ButtonLink>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        {/* On phones the facts come first; on wide screens the history takes the left. */}
        <Col xs={24} lg={{ span: 9, order: 2 }} xxl={{ span: 8, order: 2 }}>
          <Flex vertical gap={16}>
            <TaskFactsCard page={p} />
            {support.isError ? (
              <QueryError error={support.error} onRetry={() => support.refetch()} />
            ) : (
              <TaskSupportCard support={taskSupport} />
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={{ span: 15, order: 1 }} xxl={{ span: 16, order: 1 }}>
          <Card title={<h2 className="card-title">{t('taskPage.timeline')}</h2>}>
            <TaskTimeline events={p.timeline} task={task} onCorrect={onCorrect} />
          </Card>
        </Col>
      </Row>
      <TaskDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
