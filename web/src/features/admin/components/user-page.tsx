import { ArrowLeftOutlined, EditOutlined, KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GrantDto } from '../../../../../contracts/auth.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { roleLabel } from '../../../i18n/labels.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { compareVi, formatDate, formatDateTime } from '../../../lib/format.ts';
// A feature may call another feature's API operations (never its components).
import { usePerson } from '../../people/api/get-person.ts';
import { useUser } from '../api/get-user.ts';
import { useRevokeGrant } from '../api/revoke-grant.ts';
import { GrantRoleModal } from './grant-role-modal.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { UserFormModal } from './user-form-modal.tsx';
import { UserStatus } from './users-page.tsx';

/** One account: its details and the roles it holds on units (grant, revoke). */
export function UserPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { id } = useParams();
  const query = useUser(id);
  const person = usePerson(query.data?.personId ?? undefined);
  const revoke = useRevokeGrant();
  const [dialog, setDialog] = useState<'grant' | 'edit' | 'reset' | null>(null);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  const user = query.data;
  const grants = [...user.grants].sort((a, b) => compareVi(a.unitName, b.unitName));
  const onRevoke = (g: GrantDto) =>
    revoke.mutate(
      { id: g.id, version: g.version },
      {
        onSuccess: () => message.success(t('admin.revoked')),
        onError: (e) => {
          message.error(
            e instanceof ApiError && e.isConflict
              ? `${t('common.conflictTitle')}. ${t('common.conflictHint')}`
              : e.message,
          );
          void query.refetch();
        },
      },
    );

  return (
    <>
      <ButtonLink
        type="link"
        to="/admin/users"
        icon={<ArrowLeftOutlined aria-hidden="true" />}
        style={{ paddingInline: 0, marginBottom: 8 }}
      >
        {t('admin.backToUsers')}
      </ButtonLink>
      <PageHeader
        title={user.displayName}
        tags={<UserStatus user={user} />}
        subtitle={user.username}
        extra={
          <>
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined aria-hidden="true" />}
              onClick={() => setDialog('grant')}
            >
              {t('admin.grant')}
            </Button>
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setDialog('edit')}>
              {t('admin.editUser')}
            </Button>
            <Button icon={<KeyOutlined aria-hidden="true" />} onClick={() => setDialog('reset')}>
              {t('admin.resetPassword')}
            </Button>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={<h2 className="card-title">{t('admin.account')}</h2>} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'u', label: t('admin.username'), children: user.username },
                { key: 'n', label: t('admin.displayName'), children: user.displayName },
                { key: 'l', label: t('admin.locale'), children: t(`lang.${user.locale}`) },
                {
                  key: 'p',
                  label: t('admin.person'),
                  children: user.personId ? (
                    <Link to={`/people/${user.personId}`}>{person.data?.fullName ?? t('common.view')}</Link>
                  ) : (
                    t('common.none')
                  ),
                },
                {
                  key: 'last',
                  label: t('admin.lastLogin'),
                  children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('admin.never'),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card title={<h2 className="card-title">{t('admin.grants')}</h2>}>
            {grants.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.grantsEmpty')} />
            ) : (
              <Table<GrantDto>
                rowKey="id"
                dataSource={grants}
                pagination={false}
                sticky
                size="middle"
                scroll={{ x: 640 }}
                columns={[
                  {
                    key: 'role',
                    title: t('admin.role'),
                    sorter: (a, b) => compareVi(roleLabel(t, a.role), roleLabel(t, b.role)),
                    render: (_, g) => <Tag color="blue">{roleLabel(t, g.role)}</Tag>,
                  },
                  {
                    key: 'unit',
                    title: t('admin.unit'),
                    sorter: (a, b) => compareVi(a.unitName, b.unitName),
                    render: (_, g) => <Link to={`/units/${g.unitId}`}>{g.unitName}</Link>,
                  },
                  {
                    key: 'scope',
                    title: t('admin.scope'),
                    render: (_, g) => (g.includeSubtree ? t('overview.withSubtree') : t('overview.unitOnly')),
                  },
                  {
                    key: 'at',
                    title: t('admin.grantedAt'),
                    width: 130,
                    render: (_, g) => formatDate(g.grantedAt),
                  },
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 120,
                    render: (_, g) => (
                      <Popconfirm
                        title={t('admin.revokeConfirm', { role: roleLabel(t, g.role), unit: g.unitName })}
                        okText={t('admin.revoke')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => onRevoke(g)}
                      >
                        <Button size="small" danger>
                          {t('admin.revoke')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      <GrantRoleModal user={user} open={dialog === 'grant'} onClose={() => setDialog(null)} />
      <UserFormModal
        user={user}
        personOption={person.data ? { value: person.data.id, label: person.data.fullName } : undefined}
        open={dialog === 'edit'}
        onClose={() => setDialog(null)}
        onReload={async () => (await query.refetch()).data}
      />
      {dialog === 'reset' && <ResetPasswordModal user={user} onClose={() => setDialog(null)} />}
    </>
  );
}
