import { Alert, Breadcrumb, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AppraisalDto } from '../../../../../contracts/appraisals.ts';
import { useSetFocusUnit } from '../../../components/focus-unit.tsx';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useAssignment } from '../../assignments/api/get-assignment.ts';
import { useAppraisals } from '../api/appraisals.ts';
import { useAssignmentStatus } from '../api/execution.ts';
import { AppraisalForm } from './appraisal-form.tsx';
import { MinutesButton, PastAppraisals } from './appraisal-history.tsx';

/** Appraisals of one head's tasks: the ones recorded (minutes to download) and the form for a new one. */
export function AppraisalPage() {
  const { t } = useI18n();
  const { assignmentId } = useParams();
  const assignment = useAssignment(assignmentId);
  const status = useAssignmentStatus(assignmentId);
  const appraisals = useAppraisals(assignmentId);
  const [saved, setSaved] = useState<AppraisalDto | null>(null);
  const a = assignment.data;
  useSetFocusUnit(a ? { id: a.assigneeUnit.id, name: a.assigneeUnit.name } : null);

  if (assignment.isPending || status.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (assignment.isError || !a) {
    if (assignment.error instanceof ApiError && assignment.error.status === 404) return <NotFoundPage />;
    return <QueryError error={assignment.error} onRetry={() => assignment.refetch()} />;
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { key: 'list', title: <Link to="/appraisals">{t('nav.appraisals')}</Link> },
          { key: 'this', title: <span aria-current="page">{a.assigneeUnit.name}</span> },
        ]}
      />
      <PageHeader
        title={t('appraisalPage.title', { unit: a.assigneeUnit.name })}
        subtitle={`${a.headPostTitle}${a.headName ? `: ${a.headName}` : ''} · ${a.cycleName}${
          a.documentNumber
            ? ` · ${t('info.documentValue', { number: a.documentNumber, date: formatDate(a.documentDate) })}`
            : ''
        }`}
      />
      <Flex vertical gap={16}>
        {saved && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('appraisalPage.saved', { date: formatDate(saved.appraisedOn) })}
            description={t('appraisalPage.savedHint')}
            action={<MinutesButton appraisal={saved} primary />}
            closable={{ onClose: () => setSaved(null) }}
          />
        )}
        <Card
          title={
            <h2 className="card-title">
              {t('appraisalPage.history', { count: appraisals.data?.length ?? 0 })}
            </h2>
          }
        >
          {appraisals.isError && <QueryError error={appraisals.error} onRetry={() => appraisals.refetch()} />}
          {appraisals.isPending ? <Skeleton active /> : <PastAppraisals items={appraisals.data ?? []} />}
        </Card>
        <Card title={<h2 className="card-title">{t('appraisalPage.new')}</h2>}>
          {status.isError && <QueryError error={status.error} onRetry={() => status.refetch()} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('appraisalPage.newHint')}
          </Typography.Paragraph>
          <AppraisalForm
            assignment={a}
            status={status.data}
            onSaved={(x) => {
              setSaved(x);
              window.scrollTo({ top: 0, behavior: 'smooth' });
            }}
          />
        </Card>
      </Flex>
    </>
  );
}
