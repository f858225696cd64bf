import { MessageOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SupportRequestDto } from '../../../../../contracts/support.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { compareVi, formatDate } from '../../../lib/format.ts';
import { type SupportStateFilter, useSupportRequests } from '../api/support.ts';
import styles from './execution.module.css';
import { EscalatedTag, isResponseOverdue, RequestStateTag, ResponseDue } from './request-bits.tsx';
import { RespondModal } from './respond-modal.tsx';
import { requestKindLabel } from './support-request-modal.tsx';

type Row = SupportRequestDto;
const TABS: SupportStateFilter[] = ['open', 'answered'];

// Overdue first, then the nearest response date.
const byUrgency = (a: Row, b: Row) =>
  (a.daysToResponseDue ?? Number.MAX_SAFE_INTEGER) - (b.daysToResponseDue ?? Number.MAX_SAFE_INTEGER) ||
  a.responseDue.localeCompare(b.responseDue);

function Subject({ r }: { r: Row }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex wrap gap={4} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {requestKindLabel(t, r.kind)}
        </Typography.Text>
        <EscalatedTag request={r} />
      </Flex>
      <strong>{r.subject}</strong>
      <Typography.Paragraph
        style={{ margin: 0, whiteSpace: 'pre-line' }}
        ellipsis={{
          rows: 2,
          expandable: 'collapsible',
        }}
      >
        {r.body}
      </Typography.Paragraph>
      {r.response && (
        <div className={styles.answer}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('request.answeredBy', { name: r.respondedByName ?? '', date: formatDate(r.respondedOn) })}
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-line' }}>{r.response}</div>
        </div>
      )}
    </Flex>
  );
}

function From({ r }: { r: Row }) {
  const { t } = useI18n();
  return (
    <div>
      <div style={{ fontWeight: 500 }}>{r.assigneeUnit.name}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {r.onBehalfOfName
          ? t('request.byOnBehalf', { name: r.raisedByName, head: r.onBehalfOfName })
          : r.raisedByName}
      </Typography.Text>
      <div style={{ fontSize: 13 }}>
        <Link to={`/tasks/${r.task.id}`}>{r.task.title}</Link>
      </div>
    </div>
  );
}

/**
 * The supporter's (and the assigner's) inbox: requests routed to their units, the open ones
 * sorted by urgency with overdue answers flagged in words, escalated ones marked.
 */
export function SupportInboxPage() {
  const { t } = useI18n();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const [params, setParams] = useSearchParams();
  const tab = (TABS as string[]).includes(params.get('state') ?? '')
    ? (params.get('state') as SupportStateFilter)
    : 'open';
  const list = useSupportRequests('inbox', tab);
  const openCount = useSupportRequests('inbox', 'open').data?.total;
  const [answering, setAnswering] = useState<Row | null>(null);
  const rows = [...(list.data?.items ?? [])].sort(
    tab === 'open' ? byUrgency : (a, b) => compareVi(b.respondedOn, a.respondedOn),
  );
  const overdue = rows.filter(isResponseOverdue).length;

  const answer = (r: Row) =>
    r.abilities.respond ? (
      <Button
        type="primary"
        size="small"
        icon={<MessageOutlined aria-hidden="true" />}
        onClick={() => setAnswering(r)}
        aria-label={t('request.respondFor', { subject: r.subject })}
      >
        {t('request.respond')}
      </Button>
    ) : null;

  const columns: TableColumnsType<Row> = [
    { key: 'from', title: t('request.from'), width: 240, render: (_, r) => <From r={r} /> },
    { key: 'subject', title: t('request.subject'), render: (_, r) => <Subject r={r} /> },
    {
      key: 'to',
      title: t('request.routedTo'),
      width: 180,
      render: (_, r) => (r.routedTo === 'assigner' ? t('request.toAssignerShort') : r.routedToUnit.name),
    },
    {
      key: 'due',
      title: t('request.responseDue'),
      width: 170,
      sorter: (a, b) => a.responseDue.localeCompare(b.responseDue),
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <ResponseDue request={r} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('request.raisedOn', { date: formatDate(r.raisedOn) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'state',
      title: t('request.state'),
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={6} align="flex-start">
          <RequestStateTag request={r} />
          {answer(r)}
        </Flex>
      ),
    },
  ];
  const narrowColumns: TableColumnsType<Row> = [
    {
      key: 'all',
      title: t('request.subject'),
      render: (_, r) => (
        <Flex vertical gap={6} align="flex-start">
          <From r={r} />
          <Subject r={r} />
          <ResponseDue request={r} />
          <Flex gap={8} wrap align="center">
            <RequestStateTag request={r} />
            {answer(r)}
          </Flex>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('request.inboxTitle')} subtitle={t('request.inboxSubtitle')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ state: key }, { replace: true })}
          items={TABS.map((key) => ({
            key,
            label:
              key === 'open' && openCount !== undefined
                ? t('request.tabOpenCount', { count: openCount })
                : t(key === 'open' ? 'request.tabOpen' : 'request.tabAnswered'),
          }))}
        />
        {tab === 'open' && overdue > 0 && (
          <Typography.Paragraph type="danger" strong role="status">
            {t('request.overdueSummary', { count: overdue })}
          </Typography.Paragraph>
        )}
        {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={list.isFetching && !list.data}
          dataSource={rows}
          columns={narrow ? narrowColumns : columns}
          rowClassName={(r) => (isResponseOverdue(r) ? styles.overdueRow : '')}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          sticky={{ offsetHeader: 59 }}
          tableLayout="fixed"
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={tab === 'open' ? t('request.inboxEmptyOpen') : t('request.inboxEmptyAnswered')}
              />
            ),
          }}
        />
      </Card>
      {answering && <RespondModal request={answering} onClose={() => setAnswering(null)} />}
    </>
  );
}
