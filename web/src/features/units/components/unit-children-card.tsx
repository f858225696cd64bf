import { Card, Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { UnitDto } from '../../../../../contracts/units.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { unitKindLabel } from '../../../i18n/labels.ts';
import { compareVi, formatNumber } from '../../../lib/format.ts';
import { useUnitChildren } from '../api/list-unit-children.ts';

/** The units directly under this one, each a link. */
export function UnitChildrenCard({ unitId }: { unitId: string }) {
  const { t, lang } = useI18n();
  const children = useUnitChildren(unitId);
  return (
    <Card title={<h2 className="card-title">{t('unit.children')}</h2>}>
      {children.isError && <QueryError error={children.error} onRetry={() => children.refetch()} />}
      {children.data?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.childrenEmpty')} />
      ) : (
        <Table<UnitDto>
          rowKey="id"
          loading={children.isPending}
          dataSource={children.data ?? []}
          pagination={false}
          size="small"
          sticky
          columns={[
            {
              key: 'name',
              title: t('unit.name'),
              defaultSortOrder: 'ascend',
              sorter: (a, b) => compareVi(a.name, b.name),
              render: (_, u) => (
                <>
                  <Link to={`/units/${u.id}`}>{u.name}</Link>
                  {u.closedOn && <Tag style={{ marginInlineStart: 6 }}>{t('org.closedTag')}</Tag>}
                </>
              ),
            },
            {
              key: 'kind',
              title: t('unit.kind'),
              sorter: (a, b) => compareVi(unitKindLabel(t, a.kind), unitKindLabel(t, b.kind)),
              render: (_, u) => unitKindLabel(t, u.kind),
              responsive: ['sm'],
            },
            {
              key: 'count',
              title: t('unit.childCount'),
              align: 'right',
              width: 130,
              render: (_, u) => formatNumber(u.childCount ?? 0, lang),
              responsive: ['md'],
            },
          ]}
        />
      )}
    </Card>
  );
}
