import { CheckOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Locale } from '../../../../contracts/errors.ts';
import { useSignedInMe } from '../../features/auth/api/get-me.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { ChangePasswordModal } from '../../features/auth/components/change-password-modal.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../i18n/labels.ts';
import styles from './app-layout.module.css';

/** Name, roles, language, password and sign-out, behind the user's name in the top bar. */
export function UserMenu({
  compact,
  passwordOpen,
  setPasswordOpen,
}: {
  compact: boolean;
  passwordOpen: boolean;
  setPasswordOpen: (open: boolean) => void;
}) {
  const { t, lang, setLang } = useI18n();
  const me = useSignedInMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const roles = [...new Set(me.grants.map((g) => roleLabel(t, g.role)))];

  const langItem = (value: Locale) => ({
    key: `lang:${value}`,
    label: <span lang={value}>{t(`lang.${value}`)}</span>,
    icon:
      lang === value ? (
        <CheckOutlined aria-hidden="true" />
      ) : (
        <span style={{ display: 'inline-block', width: 14 }} />
      ),
  });
  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div className={styles.who}>
          <div className={styles.whoName}>{me.user.displayName}</div>
          <div className={styles.whoMeta}>{me.user.username}</div>
          {roles.length > 0 && (
            <div className={styles.whoMeta}>
              {t('user.roles')}: {roles.join(', ')}
            </div>
          )}
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'lang',
      type: 'group',
      label: (
        <span>
          <GlobalOutlined aria-hidden="true" /> {t('user.language')}
        </span>
      ),
      children: [langItem('vi'), langItem('en')],
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined aria-hidden="true" />, label: t('user.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined aria-hidden="true" />, label: t('user.signOut') },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lang:')) setLang(key.slice(5) as Locale);
    else if (key === 'password') setPasswordOpen(true);
    else if (key === 'logout')
      logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
    setOpen(false);
  };

  return (
    <>
      <Dropdown
        menu={{ items, onClick }}
        trigger={['click']}
        open={open}
        onOpenChange={(next, info) => (info.source === 'trigger' || next) && setOpen(next)}
        placement="bottomRight"
      >
        <Button
          type="text"
          icon={<UserOutlined aria-hidden="true" />}
          aria-label={compact ? `${t('user.menu')}: ${me.user.displayName}` : undefined}
          className={styles.userButton}
        >
          {compact ? null : <span className={styles.userName}>{me.user.displayName}</span>}
        </Button>
      </Dropdown>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
