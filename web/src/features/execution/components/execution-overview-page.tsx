import { Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { compareVi, formatDate } from '../../../lib/format.ts';
import { useAssignments } from '../../assignments/api/list-assignments.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { useCurrentCycle } from '../../cycles/api/list-cycles.ts';
import { useCycleOverview } from '../api/execution.ts';
import { OverviewTable } from './overview-table.tsx';
import { OverviewUrging } from './overview-urging.tsx';

/**
 * The assigning body's follow-up: every head below one assigning unit in the cycle, with
 * their tasks by status, silence, risks, requests and support owed; a row opens the head's
 * progress, and an urging notice is one click away.
 */
export function ExecutionOverviewPage() {
  const { t } = useI18n();
  const me = useSignedInMe();
  const { cycle, query: cycles } = useCurrentCycle();
  const assignments = useAssignments(cycle?.id);
  const [params, setParams] = useSearchParams();
  const [urging, setUrging] = useState<{ assignmentId: string; headLabel: string } | null>(null);

  // The assigning units come from the cycle's assignments; the caller's own ones first.
  const mine = new Set(me.grants.filter((g) => g.role === 'assigner').map((g) => g.unitId));
  const units = [
    ...new Map((assignments.data ?? []).map((r) => [r.assigningUnit.id, r.assigningUnit.name])).entries(),
  ].sort((a, b) => Number(mine.has(b[0])) - Number(mine.has(a[0])) || compareVi(a[1], b[1]));
  const picked = params.get('from');
  const unitId = units.some(([id]) => id === picked) ? picked! : units[0]?.[0];
  const overview = useCycleOverview(cycle?.id, unitId);

  return (
    <>
      <PageHeader
        title={t('follow.title')}
        subtitle={
          cycle
            ? t('follow.subtitle', {
                cycle: cycle.name,
                date: overview.data ? formatDate(overview.data.date) : '…',
              })
            : undefined
        }
      />
      {(cycles.isError || assignments.isError) && (
        <QueryError
          error={cycles.error ?? assignments.error}
          onRetry={() => {
            void cycles.refetch();
            void assignments.refetch();
          }}
        />
      )}
      <Card>
        <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
          <label htmlFor="follow-unit">
            <Typography.Text strong>{t('follow.assigningUnit')}</Typography.Text>
          </label>
          <Select
            id="follow-unit"
            style={{ minWidth: 280, maxWidth: '100%' }}
            value={unitId}
            loading={assignments.isPending}
            onChange={(v) => setParams({ from: v }, { replace: true })}
            options={units.map(([id, name]) => ({ value: id, label: name }))}
            notFoundContent={t('follow.noUnits')}
          />
        </Flex>
        {overview.isError && <QueryError error={overview.error} onRetry={() => overview.refetch()} />}
        {!unitId && assignments.isSuccess ? (
          <Empty description={t('follow.empty')} />
        ) : (
          <OverviewTable
            data={overview.data}
            loading={overview.isFetching && !overview.data}
            onUrge={(row) =>
              setUrging({
                assignmentId: row.assignmentId,
                headLabel: `${row.headPostTitle}${row.headName ? ` ${row.headName}` : ''}`,
              })
            }
            canUrge={mine.has(unitId ?? '')}
          />
        )}
      </Card>
      {urging && <OverviewUrging {...urging} onClose={() => setUrging(null)} />}
    </>
  );
}
