import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Collapse, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AppraisalDto } from '../../../../../contracts/appraisals.ts';
import { useSetFocusUnit } from '../../../components/focus-unit.tsx';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useAssignment } from '../../assignments/api/get-assignment.ts';
import { useAppraisals, useDownloadMinutes } from '../api/appraisals.ts';
import { useAssignmentStatus } from '../api/execution.ts';
import { AppraisalForm } from './appraisal-form.tsx';
import styles from './execution.module.css';
import { appraisalKindText, decisionText, fractionText, progressText } from './timeline-labels.ts';

function MinutesButton({ appraisal, primary }: { appraisal: AppraisalDto; primary?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const download = useDownloadMinutes();
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      size={primary ? 'middle' : 'small'}
      icon={<DownloadOutlined aria-hidden="true" />}
      loading={download.isPending}
      onClick={() => download.mutate(appraisal.id, { onError: (e) => void message.error(e.message) })}
      aria-label={t('appraisalPage.minutesOf', { date: formatDate(appraisal.appraisedOn) })}
    >
      {t('appraisalPage.minutes')}
    </Button>
  );
}

function PastAppraisals({ items }: { items: AppraisalDto[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisalPage.none')} />;
  return (
    <Collapse
      items={items.map((a) => ({
        key: a.id,
        label: (
          <span>
            <strong>{appraisalKindText(t, a.kind, a.quarter)}</strong> · {formatDate(a.appraisedOn)} ·{' '}
            {a.appraiserUnit.name} · {t('appraisalPage.lines', { count: a.items.length })}
          </span>
        ),
        extra: <MinutesButton appraisal={a} />,
        children: (
          <Flex vertical gap={8}>
            {a.findings && (
              <div className={styles.small}>
                {t('timeline.findings')}: {a.findings}
              </div>
            )}
            {a.recommendations && (
              <div className={styles.small}>
                {t('timeline.recommendation')}: {a.recommendations}
              </div>
            )}
            <ul className={styles.plainList}>
              {a.items.map((i) => (
                <li key={i.id}>
                  <Link to={`/tasks/${i.taskId}`}>
                    {i.taskNumber}. {i.taskTitle}
                  </Link>
                  <Flex wrap gap={4} style={{ marginTop: 2 }}>
                    <Tag>{progressText(t, i.progress)}</Tag>
                    {i.productDecision && <Tag>{decisionText(t, i.productDecision)}</Tag>}
                    {i.verifiedValue !== null && (
                      <Tag>
                        {t('timeline.verifiedValue')}: {formatNumber(i.verifiedValue, lang)}{' '}
                        {i.unitOfMeasure ?? ''}
                      </Tag>
                    )}
                    {i.verifiedFraction !== null && (
                      <Tag>
                        {t('timeline.verifiedFraction')}: {fractionText(i.verifiedFraction, lang)}
                      </Tag>
                    )}
                    {i.exceeded && <Tag color="blue">{t('taskFlag.exceeded')}</Tag>}
                    {i.superseded && <Tag>{t('timeline.superseded')}</Tag>}
                  </Flex>
                  {i.findings && <div className={styles.small}>{i.findings}</div>}
                </li>
              ))}
            </ul>
          </Flex>
        ),
      }))}
    />
  );
}

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
