import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TaskDto } from '../../../../../contracts/assignments.ts';
import { useSetFocusUnit } from '../../../components/focus-unit.tsx';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatPoints } from '../../../lib/format.ts';
import { EvaluationLinks } from '../../evaluation/components/report/evaluation-links.tsx';
import { AssignmentProgress } from '../../execution/components/assignment-progress.tsx';
import { useCommitAssignment } from '../api/commit-assignment.ts';
import { useAssignment } from '../api/get-assignment.ts';
import type { Adjustment } from './adjustment-change.tsx';
import { AdjustmentsCard } from './adjustments-card.tsx';
import { DecisionDownload, WorkbookActions } from './assignment-actions.tsx';
import { AssignmentInfoCard } from './assignment-info-card.tsx';
import { AssignmentStateTag } from './assignment-state-tag.tsx';
import { DecideAdjustmentModal } from './decide-adjustment-modal.tsx';
import { EditHeaderModal } from './edit-header-modal.tsx';
import { ImportModal } from './import-modal.tsx';
import { IssueModal } from './issue-modal.tsx';
import { DraftStatus, ReturnedAlert } from './page-alerts.tsx';
import { RequestAdjustmentModal } from './request-adjustment-modal.tsx';
import { ReturnModal } from './return-modal.tsx';
import { TaskEditor } from './task-editor.tsx';
import { TaskList } from './task-list.tsx';

type Dialog =
  | { kind: 'issue' | 'return' | 'import' | 'header' }
  | { kind: 'request'; task: TaskDto }
  | { kind: 'decide'; adjustment: Adjustment; decision: 'approve' | 'reject' }
  | null;

/**
 * One assignment: the assigner drafts and issues it (inline task editor), the head commits or
 * returns it and asks for adjustments, the assigner decides them; cascades are shown both ways.
 */
export function AssignmentPage() {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const { id } = useParams();
  const query = useAssignment(id);
  const commit = useCommitAssignment();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dirty, setDirty] = useState(false);
  // An import replaces the list on the server: the editor starts again from it.
  const [editorKey, setEditorKey] = useState(0);
  const a = query.data;
  useSetFocusUnit(a ? { id: a.assigneeUnit.id, name: a.assigneeUnit.name } : null);
  const reload = useCallback(async () => (await query.refetch()).data, [query]);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.isError || !a) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  const close = () => setDialog(null);
  const onCommit = () =>
    modal.confirm({
      title: t('commit.confirmTitle'),
      content: t('commit.confirmBody', {
        count: a.taskCount,
        weight: formatPoints(a.weightTotal, lang),
        number: a.documentNumber ?? '',
        date: formatDate(a.documentDate),
      }),
      okText: t('commit.submit'),
      cancelText: t('common.cancel'),
      // The dialog closes either way; a refusal is told in a message and the page reloads.
      onOk: () =>
        commit
          .mutateAsync({ id: a.id, version: a.version })
          .then(() => {
            message.success(t('commit.done'));
          })
          .catch((e: Error) => {
            message.error(e instanceof ApiError && e.isConflict ? t('common.conflictHint') : e.message);
            void query.refetch();
          }),
    });

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { key: 'list', title: <Link to="/assignments">{t('nav.assignments')}</Link> },
          { key: 'cycle', title: a.cycleName },
          { key: 'this', title: <span aria-current="page">{a.assigneeUnit.name}</span> },
        ]}
      />
      <PageHeader
        title={<span data-testid="assignment-title">{a.assigneeUnit.name}</span>}
        tags={<AssignmentStateTag state={a.state} testId="assignment-state" />}
        subtitle={
          <>
            {a.headPostTitle}
            {a.headName ? `: ${a.headName}` : ''} ·{' '}
            {a.documentNumber
              ? t('info.documentValue', { number: a.documentNumber, date: formatDate(a.documentDate) })
              : t('info.notIssued')}
          </>
        }
        extra={
          <>
            {a.abilities.commit && (
              <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} onClick={onCommit}>
                {t('commit.open')}
              </Button>
            )}
            {a.abilities.return && (
              <Button
                icon={<RollbackOutlined aria-hidden="true" />}
                onClick={() => setDialog({ kind: 'return' })}
              >
                {t('return.open')}
              </Button>
            )}
            <EvaluationLinks assignment={a} />
            <DecisionDownload assignment={a} />
          </>
        }
      />
      <Flex vertical gap={16}>
        {a.abilities.commit && (
          <Alert type="info" showIcon title={t('commit.prompt')} description={t('commit.promptBody')} />
        )}
        <ReturnedAlert assignment={a} />
        <DraftStatus assignment={a} dirty={dirty} />
        <AssignmentInfoCard
          assignment={a}
          onEdit={a.abilities.edit ? () => setDialog({ kind: 'header' }) : undefined}
        />
        <AssignmentProgress assignment={a} />
        <Card
          title={<h2 className="card-title">{t('tasks.title', { count: a.taskCount })}</h2>}
          extra={
            <Flex wrap gap={8} justify="flex-end">
              <WorkbookActions assignment={a} onImport={() => setDialog({ kind: 'import' })} />
            </Flex>
          }
          styles={{ header: { flexWrap: 'wrap', rowGap: 8, paddingBlock: 8 } }}
        >
          {a.abilities.edit ? (
            <TaskEditor
              key={editorKey}
              assignment={a}
              onIssue={() => setDialog({ kind: 'issue' })}
              onReload={reload}
              onDirtyChange={setDirty}
            />
          ) : (
            <TaskList assignment={a} onRequestAdjustment={(task) => setDialog({ kind: 'request', task })} />
          )}
        </Card>
        {(a.state !== 'draft' || a.adjustments.length > 0) && (
          <AdjustmentsCard
            assignment={a}
            onDecide={(adjustment, decision) => setDialog({ kind: 'decide', adjustment, decision })}
          />
        )}
        {a.state === 'draft' && !a.abilities.edit && (
          <Typography.Paragraph type="secondary">{t('tasks.draftReadOnly')}</Typography.Paragraph>
        )}
      </Flex>

      <IssueModal assignment={a} open={dialog?.kind === 'issue'} onClose={close} onReload={reload} />
      <ReturnModal assignment={a} open={dialog?.kind === 'return'} onClose={close} onReload={reload} />
      <ImportModal
        assignment={a}
        open={dialog?.kind === 'import'}
        dirty={dirty}
        onClose={(imported) => {
          close();
          if (imported) setEditorKey((k) => k + 1);
        }}
        onReload={reload}
      />
      <EditHeaderModal assignment={a} open={dialog?.kind === 'header'} onClose={close} onReload={reload} />
      {dialog?.kind === 'request' && (
        <RequestAdjustmentModal assignment={a} task={dialog.task} onClose={close} onReload={reload} />
      )}
      {dialog?.kind === 'decide' && (
        <DecideAdjustmentModal
          assignment={a}
          adjustment={dialog.adjustment}
          decision={dialog.decision}
          onClose={close}
          onReload={reload}
        />
      )}
    </>
  );
}
