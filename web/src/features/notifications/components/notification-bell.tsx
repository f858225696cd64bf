import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { NotificationDto } from '../../../../../contracts/notifications.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api/notifications.ts';
import styles from './notification-bell.module.css';

function kindLabel(t: (key: MessageKey) => string, kind: string): string {
  const key = `notificationKind.${kind}` as MessageKey;
  const label = t(key);
  return label === key ? kind : label;
}

function Item({ n, onOpen }: { n: NotificationDto; onOpen: () => void }) {
  const { t } = useI18n();
  const markRead = useMarkRead();
  const unread = !n.readAt;
  return (
    <li className={unread ? `${styles.item} ${styles.unread}` : styles.item} data-testid="notification">
      <Flex justify="space-between" gap={8} align="baseline" wrap>
        <Typography.Text type="secondary" className={styles.kind}>
          {unread && <span className={styles.dot} aria-hidden="true" />}
          {unread && <span className="sr-only">{t('notifications.unread')}: </span>}
          {kindLabel(t, n.kind)}
        </Typography.Text>
        <Typography.Text type="secondary" className={styles.time}>
          {formatDateTime(n.createdAt)}
        </Typography.Text>
      </Flex>
      <Link
        to={n.link}
        className={styles.title}
        onClick={() => {
          if (unread) markRead.mutate(n.id);
          onOpen();
        }}
      >
        {n.title}
      </Link>
      {n.body && <div className={styles.body}>{n.body}</div>}
      {unread && (
        <Button
          size="small"
          type="link"
          className={styles.markRead}
          icon={<CheckOutlined aria-hidden="true" />}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(n.id)}
          aria-label={t('notifications.markReadOne', { title: n.title })}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}

/** The bell in the top bar: the unread count, and a drawer listing the notifications, each linking to its page. */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const count = useUnreadCount();
  const list = useNotifications(unreadOnly, open);
  const markAll = useMarkAllRead();
  const unread = count.data ?? 0;
  const label = unread > 0 ? t('notifications.openWithCount', { count: unread }) : t('notifications.open');

  return (
    <>
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined aria-hidden="true" />}
          aria-label={label}
          title={label}
          onClick={() => setOpen(true)}
          data-testid="notification-bell"
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size={compact ? '100%' : 420}
        extra={
          <Button
            size="small"
            icon={<CheckOutlined aria-hidden="true" />}
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAll')}
          </Button>
        }
      >
        <Segmented
          block
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly', { count: unread }) },
          ]}
          style={{ marginBottom: 12 }}
        />
        {list.isPending && <Skeleton active />}
        {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
        {list.data && list.data.items.length === 0 && (
          <Empty description={unreadOnly ? t('notifications.noneUnread') : t('notifications.none')} />
        )}
        {list.data && list.data.items.length > 0 && (
          <ul className={styles.list} aria-label={t('notifications.title')}>
            {list.data.items.map((n) => (
              <Item key={n.id} n={n} onOpen={() => setOpen(false)} />
            ))}
          </ul>
        )}
      </Drawer>
    </>
  );
}
