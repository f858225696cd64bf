import { Button, Card, Empty, Flex, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { compareVi, formatDate } from '../../../../lib/format.ts';
import { useSignedInMe } from '../../../auth/api/get-me.ts';
import { type RecommendationDto, useRecommendations } from '../../api/recommendations.ts';
import { LevelTag } from '../shared/level-tag.tsx';
import { points2 } from '../shared/points.ts';
import { DecideRecommendationModal } from './decide-recommendation-modal.tsx';

const STATE_COLORS = { open: 'orange', decided: 'green', withdrawn: 'default' } as const;
type Filter = 'open' | 'all';

/** Personnel recommendations that follow the results (transfer/replace; commend and plan), with decisions. */
export function RecommendationsPanel({ cycleId }: { cycleId: string }) {
  const { t, lang } = useI18n();
  const me = useSignedInMe();
  const query = useRecommendations(cycleId);
  const [filter, setFilter] = useState<Filter>('open');
  const [deciding, setDeciding] = useState<RecommendationDto | null>(null);
  const canDecide = me.grants.some((g) => g.role === 'assigner');
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const rows = (query.data ?? [])
    .filter((r) => filter === 'all' || r.state === 'open')
    .sort((a, b) => compareVi(a.unitName, b.unitName));

  const columns: TableColumnsType<RecommendationDto> = [
    {
      key: 'head',
      title: t('rec.colHead'),
      render: (_, r) => (
        <div>
          <div style={{ fontWeight: 500 }}>
            {r.personId ? <Link to={`/people/${r.personId}`}>{r.headName}</Link> : r.headName}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {r.unitName}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('rec.colKind'),
      width: 260,
      render: (_, r) => (
        <Tag color={r.kind === 'transfer_or_replace' ? 'red' : 'green'} style={{ whiteSpace: 'normal' }}>
          {t(`rec.kind.${r.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'basis',
      title: t('rec.colBasis'),
      render: (_, r) => {
        const b = r.basis as {
          level?: string;
          total?: string;
          cycleName?: string;
          previous?: { cycleName?: string } | null;
        };
        return (
          <Flex vertical gap={4} align="flex-start">
            {b.level && <LevelTag level={b.level as 'excellent'} />}
            <span>
              {b.cycleName}
              {b.total ? ` · ${t('rec.total', { total: points2(b.total, lang) })}` : ''}
            </span>
            {b.previous?.cycleName && (
              <Typography.Text type="secondary">
                {t('rec.previous', { cycle: b.previous.cycleName })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'state',
      title: t('rec.colState'),
      width: 220,
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <Tag color={STATE_COLORS[r.state]}>
            {r.state === 'decided' && r.decision
              ? t(`rec.decision.${r.decision}`)
              : t(`rec.state.${r.state}`)}
          </Tag>
          {r.decidedOn && <Typography.Text type="secondary">{formatDate(r.decidedOn)}</Typography.Text>}
          {r.decisionNote && <Typography.Text type="secondary">{r.decisionNote}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, r) =>
        r.state === 'open' && canDecide ? (
          <Button size="small" type="primary" ghost onClick={() => setDeciding(r)}>
            {t('rec.decide')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      title={<h2 className="card-title">{t('rec.title')}</h2>}
      extra={
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: t('rec.filterOpen') },
            { value: 'all', label: t('rec.filterAll') },
          ]}
          aria-label={t('rec.filter')}
        />
      }
    >
      <Table<RecommendationDto>
        rowKey="id"
        size="middle"
        loading={query.isPending}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rec.empty')} /> }}
      />
      {deciding && <DecideRecommendationModal recommendation={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}
