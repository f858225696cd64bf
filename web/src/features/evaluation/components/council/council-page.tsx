import { EditOutlined, FormOutlined, StopOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../../components/button-link.tsx';
import { NotFoundPage } from '../../../../components/not-found-page.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { formatDate } from '../../../../lib/format.ts';
import { useCloseCouncil, useCouncil } from '../../api/councils.ts';
import { ResultsPanel } from '../results/results-panel.tsx';
import { WindowStateTag } from '../shared/window-state-tag.tsx';
import { CouncilFormModal } from './council-form-modal.tsx';
import { CouncilOverview } from './council-overview.tsx';
import { ProgressMatrix } from './progress-matrix.tsx';

const TABS = ['overview', 'progress', 'results'] as const;
type Tab = (typeof TABS)[number];

/** One council: members and cohort, the chair's progress view, and the results once scoring has closed. */
export function CouncilPage() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useCouncil(id);
  const close = useCloseCouncil();
  const [editing, setEditing] = useState(false);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError || !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  const c = query.data;
  const available: Tab[] = ['overview', ...(c.abilities.progress ? (['progress'] as const) : []), 'results'];
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && available.includes(asked) ? asked : 'overview';

  const onClose = () =>
    modal.confirm({
      title: t('council.closeTitle'),
      content: t('council.closeBody', { date: formatDate(c.closesOn) }),
      okText: t('council.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        close
          .mutateAsync({ id: c.id, version: c.version })
          .then(() => {
            message.success(t('council.closed'));
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
          { key: 'eval', title: <Link to="/evaluation">{t('nav.evaluation')}</Link> },
          { key: 'this', title: <span aria-current="page">{c.name}</span> },
        ]}
      />
      <PageHeader
        title={c.name}
        tags={<WindowStateTag council={c} />}
        subtitle={t('council.subtitle', {
          unit: c.assigningUnit.name,
          from: formatDate(c.opensOn),
          to: formatDate(c.closesOn),
        })}
        extra={
          <>
            {c.abilities.score && (
              <ButtonLink
                type="primary"
                icon={<FormOutlined aria-hidden="true" />}
                to={`/councils/${c.id}/score`}
              >
                {t('scoring.open')}
              </ButtonLink>
            )}
            {c.abilities.edit && (
              <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
                {t('council.edit')}
              </Button>
            )}
            {c.abilities.close && (
              <Button
                danger
                icon={<StopOutlined aria-hidden="true" />}
                onClick={onClose}
                loading={close.isPending}
              >
                {t('council.close')}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
        items={available.map((key) => ({
          key,
          label: t(`council.tab.${key}`),
          children:
            key === 'overview' ? (
              <CouncilOverview council={c} />
            ) : key === 'progress' ? (
              <ProgressMatrix council={c} />
            ) : (
              <ResultsPanel council={c} />
            ),
        }))}
      />
      {editing && (
        <CouncilFormModal
          open
          cycle={{ id: c.cycleId, name: '' }}
          council={c}
          onClose={() => setEditing(false)}
          onReload={() => query.refetch()}
        />
      )}
    </>
  );
}
