import { NotificationOutlined } from '@ant-design/icons';
import { Button, Empty, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { OverviewDto } from '../../../../../contracts/execution.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { assignmentStateLabel } from '../../../i18n/labels.ts';
import { compareVi, formatDate, formatNumber } from '../../../lib/format.ts';
import styles from './execution.module.css';

type Row = OverviewDto['rows'][number];
type Totals = OverviewDto['totals'];

/** A count, bold and red when it needs attention (the column header says what it counts). */
function Count({ value, alert, label }: { value: number; alert?: boolean; label: string }) {
  const { lang } = useI18n();
  return (
    <span className={alert && value > 0 ? styles.alertCount : undefined}>
      {formatNumber(value, lang)}
      {alert && value > 0 && <span className="sr-only"> {label}</span>}
    </span>
  );
}

/** The heads under one assigning unit, with counts; sortable, with a totals row; a row opens the head's progress. */
export function OverviewTable({
  data,
  loading,
  onUrge,
  canUrge,
}: {
  data: OverviewDto | undefined;
  loading: boolean;
  onUrge: (row: Row) => void;
  canUrge: boolean;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const rows = data?.rows ?? [];
  const num = (
    key: string,
    title: string,
    get: (r: Row) => number,
    total: (x: Totals) => number,
    alert = false,
  ) => ({
    key,
    title,
    width: 78,
    align: 'right' as const,
    sorter: (a: Row, b: Row) => get(a) - get(b),
    render: (_: unknown, r: Row) => <Count value={get(r)} alert={alert} label={title} />,
    total,
  });
  const counts = [
    num(
      'total',
      t('follow.col.total'),
      (r) => r.counts.total,
      (x) => x.total,
    ),
    num(
      'overdue',
      t('taskStatus.overdue'),
      (r) => r.overdue,
      (x) => x.overdue,
      true,
    ),
    num(
      'dueSoon',
      t('taskStatus.due_soon'),
      (r) => r.dueSoon,
      (x) => x.dueSoon,
    ),
    num(
      'silent',
      t('taskFlag.silent'),
      (r) => r.counts.silent,
      (x) => x.silent,
      true,
    ),
    num(
      'atRisk',
      t('taskFlag.atRisk'),
      (r) => r.counts.atRisk,
      (x) => x.atRisk,
      true,
    ),
    num(
      'done',
      t('follow.col.done'),
      (r) => r.counts.done,
      (x) => x.done,
    ),
    {
      ...num(
        'requests',
        t('follow.col.requests'),
        (r) => r.openRequests,
        (x) => x.openRequests,
      ),
      width: 96,
      // Open requests, with how many went past their answer date (escalated to the assigner).
      render: (_: unknown, r: Row) => (
        <span>
          {formatNumber(r.openRequests, lang)}
          {r.escalatedRequests > 0 && (
            <span className={styles.alertCount}>
              {' '}
              ({t('follow.escalatedShort', { count: formatNumber(r.escalatedRequests, lang) })})
            </span>
          )}
        </span>
      ),
    },
    num(
      'owed',
      t('follow.col.owed'),
      (r) => r.owedSupport,
      (x) => x.owedSupport,
      true,
    ),
  ];
  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: t('follow.col.unit'),
      fixed: 'start',
      width: 240,
      sorter: (a, b) => compareVi(a.assigneeUnit.name, b.assigneeUnit.name),
      defaultSortOrder: 'ascend',
      render: (_, r) => (
        <div>
          <Link
            to={`/assignments/${r.assignmentId}#progress`}
            style={{ fontWeight: 500 }}
            onClick={(e) => e.stopPropagation()}
          >
            {r.assigneeUnit.name}
          </Link>
          <div className={styles.small} title={r.headPostTitle}>
            {r.headName ?? t('info.headVacant')}
            <span className={styles.muted}> · {assignmentStateLabel(t, r.state)}</span>
          </div>
        </div>
      ),
    },
    ...counts.map(({ total: _total, ...c }) => c),
    {
      key: 'appraised',
      title: t('follow.col.lastAppraisal'),
      width: 108,
      sorter: (a, b) => compareVi(a.lastAppraisedOn, b.lastAppraisedOn),
      render: (_, r) =>
        r.lastAppraisedOn ? (
          formatDate(r.lastAppraisedOn)
        ) : (
          <Typography.Text type="secondary">{t('worklist.never')}</Typography.Text>
        ),
    },
    ...(canUrge
      ? [
          {
            key: 'urge',
            title: <span className="sr-only">{t('common.actions')}</span>,
            width: 56,
            align: 'center' as const,
            render: (_: unknown, r: Row): ReactNode => (
              <Tooltip title={t('urging.openFor', { unit: r.assigneeUnit.name })}>
                <Button
                  size="small"
                  icon={<NotificationOutlined aria-hidden="true" />}
                  onClick={(e) => {
                    e.stopPropagation();
                    onUrge(r);
                  }}
                  aria-label={t('urging.openFor', { unit: r.assigneeUnit.name })}
                />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Row>
      rowKey="assignmentId"
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      sticky={{ offsetHeader: 59 }}
      scroll={{ x: 1010 }}
      tableLayout="fixed"
      rowClassName={(r) =>
        `${styles.clickable} ${r.overdue > 0 || r.escalatedRequests > 0 ? styles.overdueRow : ''}`
      }
      onRow={(r) => ({ onClick: () => navigate(`/assignments/${r.assignmentId}#progress`) })}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('follow.emptyRows')} />,
      }}
      summary={() =>
        data && rows.length > 0 ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row className={styles.totals}>
              <Table.Summary.Cell index={0}>
                {t('follow.totals', { count: formatNumber(rows.length, lang) })}
              </Table.Summary.Cell>
              {counts.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                  <Count value={c.total(data.totals)} alert={false} label={c.title} />
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={counts.length + 1} colSpan={canUrge ? 2 : 1} />
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
