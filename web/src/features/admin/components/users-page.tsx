import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Grid,
  Input,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { UserDto } from '../../../../../contracts/auth.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { compareVi, formatDateTime } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useUsers } from '../api/list-users.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { UserFormModal } from './user-form-modal.tsx';

/** The status tags of an account. */
export function UserStatus({ user }: { user: UserDto }) {
  const { t } = useI18n();
  return (
    <Flex wrap gap={4}>
      {user.isActive ? (
        <Tag color="green">{t('admin.active')}</Tag>
      ) : (
        <Tag color="red">{t('admin.disabled')}</Tag>
      )}
      {user.mustChangePassword && <Tag color="gold">{t('admin.mustChange')}</Tag>}
    </Flex>
  );
}

/** Accounts: search, create, disable/enable, reset password; each links to its role grants. */
export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 300);
  const users = useUsers(q);
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const narrow = !(Grid.useBreakpoint().md ?? true);

  const setActive = (user: UserDto, isActive: boolean) =>
    update.mutate(
      { id: user.id, body: { version: user.version, isActive } },
      {
        onSuccess: () => message.success(t('admin.userUpdated')),
        onError: (e) =>
          message.error(
            e instanceof ApiError && e.isConflict
              ? `${t('common.conflictTitle')}. ${t('common.conflictHint')}`
              : e.message,
          ),
      },
    );

  const renderActions = (u: UserDto) => (
    <Flex gap={8} wrap>
      <Button size="small" onClick={() => navigate(`/admin/users/${u.id}`)}>
        {t('admin.grant')}
      </Button>
      <Button size="small" onClick={() => setResetting(u)}>
        {t('admin.resetPassword')}
      </Button>
      {u.isActive ? (
        <Popconfirm
          title={t('admin.disableConfirm', { name: u.username })}
          okText={t('admin.disable')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => setActive(u, false)}
        >
          <Button size="small" danger>
            {t('admin.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button size="small" onClick={() => setActive(u, true)}>
          {t('admin.enable')}
        </Button>
      )}
    </Flex>
  );
  const columns: TableColumnsType<UserDto> = [
    {
      key: 'username',
      title: t('admin.username'),
      width: 170,
      fixed: 'start',
      sorter: (a, b) => compareVi(a.username, b.username),
      render: (_, u) => <Link to={`/admin/users/${u.id}`}>{u.username}</Link>,
    },
    {
      key: 'name',
      title: t('admin.displayName'),
      defaultSortOrder: 'ascend',
      sorter: (a, b) => compareVi(a.displayName, b.displayName),
      render: (_, u) => u.displayName,
    },
    { key: 'status', title: t('admin.status'), width: 170, render: (_, u) => <UserStatus user={u} /> },
    {
      key: 'last',
      title: t('admin.lastLogin'),
      width: 150,
      sorter: (a, b) => (a.lastLoginAt ?? '').localeCompare(b.lastLoginAt ?? ''),
      render: (_, u) =>
        u.lastLoginAt ? (
          formatDateTime(u.lastLoginAt)
        ) : (
          <Typography.Text type="secondary">{t('admin.never')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 340,
      render: (_, u) => renderActions(u),
    },
  ];
  const narrowColumns: TableColumnsType<UserDto> = [
    {
      key: 'user',
      title: t('admin.accountCol'),
      defaultSortOrder: 'ascend',
      sorter: (a, b) => compareVi(a.displayName, b.displayName),
      render: (_, u) => (
        <Flex vertical gap={6} align="flex-start">
          <div>
            <Link to={`/admin/users/${u.id}`} style={{ fontWeight: 500 }}>
              {u.displayName}
            </Link>
            <div>{u.username}</div>
          </div>
          <UserStatus user={u} />
          {renderActions(u)}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.users')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('admin.createUser')}
          </Button>
        }
      />
      <Card>
        <search style={{ display: 'block', marginBottom: 16, maxWidth: 420 }}>
          <Input.Search
            aria-label={t('admin.searchPlaceholder')}
            placeholder={t('admin.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </search>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <Table<UserDto>
            key={narrow ? 'narrow' : 'wide'}
            rowKey="id"
            loading={users.isPending || (users.isFetching && users.isPlaceholderData)}
            dataSource={users.data ?? []}
            sticky
            size="middle"
            scroll={narrow ? undefined : { x: 1040 }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('admin.usersEmpty') }}
            columns={narrow ? narrowColumns : columns}
          />
        )}
      </Card>
      <UserFormModal
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) navigate(`/admin/users/${created.id}`);
        }}
      />
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
