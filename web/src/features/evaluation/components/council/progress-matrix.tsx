import { CheckCircleFilled, MinusOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { CouncilDto } from '../../../../../../contracts/councils.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { compareVi } from '../../../../lib/format.ts';
import { type ProgressDto, useCouncilProgress } from '../../api/councils.ts';
import styles from './progress.module.css';

type MemberRow = ProgressDto['members'][number];
type Cell = MemberRow['heads'][number];

/**
 * Members × heads: finished, or how many items are scored so far; never a score (the
 * window is blind). Recused pairs are shown as such.
 */
export function ProgressMatrix({ council }: { council: CouncilDto }) {
  const { t } = useI18n();
  const query = useCouncilProgress(council.id);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  // Names link to the members' pages: the scrolling matrix then holds something to focus (keyboard scrolling).
  const personOf = (memberId: string) => council.members.find((x) => x.id === memberId)?.personId;
  const heads = [...council.cohort].sort((a, b) => compareVi(a.unit.name, b.unit.name));
  const members = query.data.members;
  if (members.length === 0 || heads.length === 0) return <Empty description={t('scoreProgress.empty')} />;

  const cell = (c: Cell | undefined, member: string, head: string) => {
    if (!c) return null;
    const label = c.recused
      ? t('scoreProgress.recused')
      : c.finished
        ? t('scoreProgress.finished')
        : c.started
          ? t('scoreProgress.partial', { scored: c.itemsScored, total: c.itemsTotal })
          : t('scoreProgress.notStarted');
    const full = t('scoreProgress.cellLabel', { member, head, state: label });
    const hidden = <span className="sr-only">{full}</span>;
    if (c.recused)
      return (
        <span className={styles.recused} title={full}>
          <MinusOutlined aria-hidden="true" />{' '}
          <span aria-hidden="true">{t('scoreProgress.recusedShort')}</span>
          {hidden}
        </span>
      );
    if (c.finished)
      return (
        <span className={styles.finished} title={full}>
          <CheckCircleFilled aria-hidden="true" /> <span aria-hidden="true">{t('scoreProgress.done')}</span>
          {hidden}
        </span>
      );
    return (
      <Tooltip title={full}>
        <span className={c.started ? styles.partial : styles.notStarted}>
          <span aria-hidden="true">
            {c.itemsScored}/{c.itemsTotal}
          </span>
          {hidden}
        </span>
      </Tooltip>
    );
  };

  const columns: TableColumnsType<MemberRow> = [
    {
      key: 'member',
      title: t('scoreProgress.member'),
      fixed: 'left',
      width: 220,
      render: (_, m) => (
        <div>
          <div style={{ fontWeight: 500 }}>
            {personOf(m.memberId) ? (
              <Link to={`/people/${personOf(m.memberId)}`}>{m.fullName}</Link>
            ) : (
              m.fullName
            )}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t(`council.role.${m.role}`)} ·{' '}
            {t('scoreProgress.count', { done: m.finishedCount, total: m.expectedCount })}
          </Typography.Text>
        </div>
      ),
    },
    ...heads.map((h) => ({
      key: h.assignmentId,
      title: (
        <span className={styles.headTitle} title={h.head?.fullName ?? ''}>
          {h.unit.name}
        </span>
      ),
      width: 104,
      align: 'center' as const,
      render: (_: unknown, m: MemberRow) =>
        cell(
          m.heads.find((x) => x.assignmentId === h.assignmentId),
          m.fullName,
          h.head?.fullName ?? h.unit.name,
        ),
    })),
  ];
  const finished = members.reduce((s, m) => s + m.finishedCount, 0);
  const expected = members.reduce((s, m) => s + m.expectedCount, 0);
  return (
    <Card
      title={<h2 className="card-title">{t('scoreProgress.title')}</h2>}
      extra={
        <Typography.Text>{t('scoreProgress.overall', { done: finished, total: expected })}</Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">{t('scoreProgress.blindNote')}</Typography.Paragraph>
      <Table<MemberRow>
        rowKey="memberId"
        size="small"
        bordered
        columns={columns}
        dataSource={members}
        pagination={false}
        scroll={{ x: 220 + heads.length * 104 }}
        sticky
      />
    </Card>
  );
}
