import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router';
import { ButtonLink } from '../../../../components/button-link.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate } from '../../../../lib/format.ts';
import type { CouncilSummaryDto } from '../../api/councils.ts';
import { WindowStateTag } from '../shared/window-state-tag.tsx';

type Props = {
  councils: CouncilSummaryDto[];
  loading: boolean;
  canCreate: boolean;
  onCreate: () => void;
};

/** The councils of the cycle the caller may see, with what they can do with each. */
export function CouncilsCard({ councils, loading, canCreate, onCreate }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<CouncilSummaryDto> = [
    {
      key: 'name',
      title: t('council.name'),
      render: (_, c) => (
        <div>
          <Link to={`/councils/${c.id}`} style={{ fontWeight: 500 }}>
            {c.name}
          </Link>
          <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.62)' }}>{c.assigningUnit.name}</div>
        </div>
      ),
    },
    {
      key: 'window',
      title: t('council.window'),
      width: 230,
      render: (_, c) => (
        <Flex vertical gap={4} align="flex-start">
          <span>
            {formatDate(c.opensOn)} – {formatDate(c.closesOn)}
          </span>
          <WindowStateTag council={c} />
        </Flex>
      ),
    },
    { key: 'members', title: t('council.memberCount'), dataIndex: 'memberCount', width: 110, align: 'right' },
    {
      key: 'me',
      title: t('council.myRole'),
      width: 150,
      render: (_, c) => (c.myRole ? <Tag>{t(`council.role.${c.myRole}`)}</Tag> : t('common.none')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 220,
      render: (_, c) => (
        <Flex wrap gap={6}>
          <ButtonLink
            size="small"
            to={`/councils/${c.id}`}
            icon={c.abilities.edit ? <EditOutlined aria-hidden="true" /> : undefined}
          >
            {t('council.open')}
          </ButtonLink>
          {c.abilities.score && (
            <ButtonLink size="small" type="primary" to={`/councils/${c.id}/score`}>
              {t('scoring.open')}
            </ButtonLink>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Card
      title={<h2 className="card-title">{t('council.listTitle')}</h2>}
      extra={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={onCreate}>
            {t('council.create')}
          </Button>
        )
      }
    >
      <Table<CouncilSummaryDto>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={councils}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={canCreate ? t('council.emptyAssigner') : t('council.empty')}
            />
          ),
        }}
      />
    </Card>
  );
}
