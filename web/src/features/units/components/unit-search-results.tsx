import { List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { unitKindLabel } from '../../../i18n/labels.ts';
import { useUnitSearch } from '../api/search-units.ts';

/** Units matching the search box, each a link to its page. */
export function UnitSearchResults({ q, onSelected }: { q: string; onSelected?: () => void }) {
  const { t } = useI18n();
  const search = useUnitSearch(q);
  if (search.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (search.isError) return <QueryError error={search.error} onRetry={() => search.refetch()} />;
  if (search.data.length === 0)
    return <Typography.Paragraph>{t('org.searchEmpty', { q: q.trim() })}</Typography.Paragraph>;
  return (
    <List
      size="small"
      dataSource={search.data}
      rowKey="id"
      renderItem={(u) => (
        <List.Item>
          <div>
            <Link to={`/units/${u.id}`} onClick={onSelected}>
              {u.name}
            </Link>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {unitKindLabel(t, u.kind)} · {u.code}
              </Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
