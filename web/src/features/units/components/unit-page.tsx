import { DownOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Dropdown, type MenuProps, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PostDto, TermDto } from '../../../../../contracts/units.ts';
import { useSetFocusUnit } from '../../../components/focus-unit.tsx';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { unitKindLabel } from '../../../i18n/labels.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useUnit } from '../api/get-unit.ts';
import { AddPostModal } from './add-post-modal.tsx';
import { AppointModal } from './appoint-modal.tsx';
import { CloseUnitModal } from './close-unit-modal.tsx';
import { CreateUnitModal } from './create-unit-modal.tsx';
import { EditUnitModal } from './edit-unit-modal.tsx';
import { EndTermModal } from './end-term-modal.tsx';
import { MoveUnitModal } from './move-unit-modal.tsx';
import { UnitAuditCard } from './unit-audit-card.tsx';
import { UnitChildrenCard } from './unit-children-card.tsx';
import { UnitEventsCard } from './unit-events-card.tsx';
import { UnitHeadCard } from './unit-head-card.tsx';
import { UnitInfoCard } from './unit-info-card.tsx';
import styles from './unit-page.module.css';
import { UnitPostsCard } from './unit-posts-card.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit' }
  | { kind: 'move' }
  | { kind: 'close' }
  | { kind: 'addPost' }
  | { kind: 'appoint'; post: PostDto }
  | { kind: 'endTerm'; term: TermDto }
  | null;

/** A unit's page: breadcrumbs, head, posts and their holders over time, sub-units, lineage; actions by abilities. */
export function UnitPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const query = useUnit(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  useSetFocusUnit(query.data ? { id: query.data.id, name: query.data.name } : null);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  const unit = query.data;
  const a = unit.abilities;
  const reload = async () => (await query.refetch()).data;
  const close = () => setDialog(null);

  const more: MenuProps['items'] = [
    ...(a.move ? [{ key: 'move', label: t('action.move') }] : []),
    ...(a.close ? [{ key: 'close', label: t('action.close'), danger: true }] : []),
  ];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          ...unit.ancestors.map((anc) => ({
            key: anc.id,
            title: <Link to={`/units/${anc.id}`}>{anc.name}</Link>,
          })),
          { key: unit.id, title: <span aria-current="page">{unit.name}</span> },
        ]}
      />
      <PageHeader
        title={<span data-testid="unit-title">{unit.name}</span>}
        tags={
          <>
            <Tag color="blue">{unitKindLabel(t, unit.kind)}</Tag>
            {unit.closedOn && <Tag>{t('org.closedTag')}</Tag>}
          </>
        }
        subtitle={`${t('unit.code')}: ${unit.code}`}
        extra={
          <>
            {a.createChild && (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => setDialog({ kind: 'create' })}
              >
                {t('action.addChild')}
              </Button>
            )}
            {a.update && !unit.closedOn && (
              <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setDialog({ kind: 'edit' })}>
                {t('action.rename')}
              </Button>
            )}
            {more.length > 0 && (
              <Dropdown
                menu={{ items: more, onClick: ({ key }) => setDialog({ kind: key as 'move' | 'close' }) }}
                trigger={['click']}
              >
                <Button>
                  {t('action.more')} <DownOutlined aria-hidden="true" />
                </Button>
              </Dropdown>
            )}
          </>
        }
      />
      {unit.closedOn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('unit.closedAlert', { date: formatDate(unit.closedOn) })}
        />
      )}
      <div className={styles.stack}>
        <div className={styles.pair}>
          <UnitHeadCard unit={unit} />
          <UnitInfoCard unit={unit} />
        </div>
        <UnitPostsCard
          unit={unit}
          onAddPost={() => setDialog({ kind: 'addPost' })}
          onAppoint={(post) => setDialog({ kind: 'appoint', post })}
          onEndTerm={(term) => setDialog({ kind: 'endTerm', term })}
        />
        <UnitChildrenCard unitId={unit.id} />
        <div className={styles.pair}>
          <UnitEventsCard unit={unit} />
          {a.readAudit && <UnitAuditCard unitId={unit.id} />}
        </div>
      </div>

      <CreateUnitModal parent={unit} open={dialog?.kind === 'create'} onClose={close} />
      <EditUnitModal unit={unit} open={dialog?.kind === 'edit'} onClose={close} onReload={reload} />
      <MoveUnitModal unit={unit} open={dialog?.kind === 'move'} onClose={close} onReload={reload} />
      <CloseUnitModal unit={unit} open={dialog?.kind === 'close'} onClose={close} onReload={reload} />
      <AddPostModal unit={unit} open={dialog?.kind === 'addPost'} onClose={close} />
      {dialog?.kind === 'appoint' && <AppointModal post={dialog.post} open onClose={close} />}
      {dialog?.kind === 'endTerm' && (
        <EndTermModal term={dialog.term} open onClose={close} onReload={reload} />
      )}
    </>
  );
}
