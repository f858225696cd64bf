import { Alert, Skeleton, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../../components/page-header.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { compareVi } from '../../../../lib/format.ts';
import { useAssignments } from '../../../assignments/api/list-assignments.ts';
import { useSignedInMe } from '../../../auth/api/get-me.ts';
import { useCurrentCycle } from '../../../cycles/api/list-cycles.ts';
import { useCouncils } from '../../api/councils.ts';
import { RecommendationsPanel } from '../recommendations/recommendations-panel.tsx';
import { CouncilFormModal } from './council-form-modal.tsx';
import { CouncilsCard } from './councils-card.tsx';

/**
 * "Đánh giá, xếp loại": the councils of the cycle in the top bar (forming one for an
 * assigning unit) and the personnel recommendations that follow the results.
 */
export function EvaluationPage() {
  const { t } = useI18n();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { cycle, query: cycles } = useCurrentCycle();
  const councils = useCouncils(cycle?.id);
  const assignments = useAssignments(cycle?.id);
  const [creating, setCreating] = useState(false);
  const tab = params.get('tab') === 'recommendations' ? 'recommendations' : 'councils';

  // Units the caller assigns from (or administers) that have heads in the cycle and no council yet.
  const units = useMemo(() => {
    const managed = new Set(
      me.grants.filter((g) => g.role === 'assigner' || g.role === 'admin').map((g) => g.unitId),
    );
    const formed = new Set((councils.data ?? []).map((c) => c.assigningUnit.id));
    const byId = new Map<string, string>();
    for (const a of assignments.data ?? [])
      if (managed.has(a.assigningUnit.id) && !formed.has(a.assigningUnit.id))
        byId.set(a.assigningUnit.id, a.assigningUnit.name);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => compareVi(a.name, b.name));
  }, [me.grants, councils.data, assignments.data]);

  if (cycles.isPending) return <Skeleton active />;
  if (cycles.isError) return <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />;
  if (!cycle) return <Alert type="info" showIcon title={t('eval.noCycle')} />;

  return (
    <>
      <PageHeader title={t('nav.evaluation')} subtitle={t('eval.subtitle', { cycle: cycle.name })} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'councils' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'councils',
            label: t('eval.tabCouncils'),
            children: councils.isError ? (
              <QueryError error={councils.error} onRetry={() => councils.refetch()} />
            ) : (
              <CouncilsCard
                councils={councils.data ?? []}
                loading={councils.isPending}
                canCreate={units.length > 0}
                onCreate={() => setCreating(true)}
              />
            ),
          },
          {
            key: 'recommendations',
            label: t('eval.tabRecommendations'),
            children: <RecommendationsPanel cycleId={cycle.id} />,
          },
        ]}
      />
      {creating && (
        <CouncilFormModal
          open
          cycle={cycle}
          units={units}
          defaultUnitId={units[0]?.id}
          onClose={(created) => {
            setCreating(false);
            if (created) navigate(`/councils/${created.id}`);
          }}
        />
      )}
    </>
  );
}
