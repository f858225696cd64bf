import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CycleDto } from '../../../../../contracts/assignments.ts';
import { useCycleChoice } from '../../../components/cycle-choice.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { compareVi, formatDate, formatPoints } from '../../../lib/format.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { useCycles } from '../api/list-cycles.ts';
import { CreateCycleModal } from './create-cycle-modal.tsx';
import { PolicyDrawer } from './policy-drawer.tsx';

/** Evaluation cycles and their scoring policies: open a cycle, read or edit its policy (a new version). */
export function CyclesPage() {
  const { t, lang } = useI18n();
  const me = useSignedInMe();
  const cycles = useCycles();
  const { setCycleId } = useCycleChoice();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const [creating, setCreating] = useState(false);
  const [policyOf, setPolicyOf] = useState<string | null>(null);
  const canCreate = me.grants.some((g) => g.role === 'admin' || g.role === 'assigner');
  const policyCycle = cycles.data?.find((c) => c.id === policyOf);
  const params = (c: CycleDto) => c.policy.params as Record<string, unknown>;
  const bands = (c: CycleDto) => (params(c).bands ?? {}) as Record<string, number>;

  const columns: TableColumnsType<CycleDto> = [
    {
      key: 'name',
      title: t('cycles.name'),
      sorter: (a, b) => compareVi(a.name, b.name),
      render: (_, c) => <strong>{c.name}</strong>,
    },
    {
      key: 'owner',
      title: t('cycles.owner'),
      sorter: (a, b) => compareVi(a.ownerUnitName, b.ownerUnitName),
      render: (_, c) => c.ownerUnitName,
    },
    {
      key: 'kind',
      title: t('cycles.kind'),
      width: 110,
      render: (_, c) => t(`cycleKind.${c.kind}` as MessageKey),
    },
    {
      key: 'dates',
      title: t('cycles.period'),
      width: 200,
      sorter: (a, b) => a.startsOn.localeCompare(b.startsOn),
      render: (_, c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`,
    },
    {
      key: 'policy',
      title: t('cycles.policy'),
      render: (_, c) => (
        <div>
          <div>
            {t(`preset.${c.policy.preset}` as MessageKey)}{' '}
            <Tag>{t('policy.versionValue', { version: c.policy.version })}</Tag>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('cycles.policySummary', {
              r: formatPoints(Number(params(c).resultsPart ?? 0) / 100, lang),
              bands: [bands(c).excellent, bands(c).good, bands(c).completed]
                .map((b) => formatPoints((b ?? 0) / 100, lang))
                .join('/'),
              late: String(params(c).latePenaltyPercent ?? ''),
            })}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      render: (_, c) => (
        <Button size="small" icon={<SettingOutlined aria-hidden="true" />} onClick={() => setPolicyOf(c.id)}>
          {c.abilities.managePolicy ? t('cycles.editPolicy') : t('cycles.viewPolicy')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('cycles.title')}
        subtitle={t('cycles.subtitle')}
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => setCreating(true)}
            >
              {t('cycles.create')}
            </Button>
          )
        }
      />
      <Card>
        {cycles.isError ? (
          <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
        ) : (
          <Table<CycleDto>
            rowKey="id"
            size="middle"
            sticky={{ offsetHeader: 59 }}
            loading={cycles.isPending}
            dataSource={cycles.data ?? []}
            columns={
              narrow ? columns.filter((c) => ['name', 'dates', 'actions'].includes(String(c.key))) : columns
            }
            scroll={narrow ? { x: 480 } : { x: 960 }}
            pagination={false}
            locale={{ emptyText: t('cycles.empty') }}
          />
        )}
      </Card>
      <CreateCycleModal
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) setCycleId(id);
        }}
      />
      {policyCycle && (
        <PolicyDrawer key={policyCycle.version} cycle={policyCycle} onClose={() => setPolicyOf(null)} />
      )}
    </>
  );
}
