import { ApartmentOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { BrandMark } from '../../components/brand-mark.tsx';
import { CycleChoiceProvider } from '../../components/cycle-choice.tsx';
import { FocusUnitProvider, useFocusUnit } from '../../components/focus-unit.tsx';
import { useSignedInMe } from '../../features/auth/api/get-me.ts';
import { PasswordGate } from '../../features/auth/components/password-gate.tsx';
import { CycleSelector } from '../../features/cycles/components/cycle-selector.tsx';
import { NotificationBell } from '../../features/notifications/components/notification-bell.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import styles from './app-layout.module.css';
import { SideNav } from './side-nav.tsx';
import { UserMenu } from './user-menu.tsx';

function Brand() {
  const { t } = useI18n();
  return (
    <Link to="/" className={styles.brand}>
      <BrandMark size={32} />
      <span className={styles.brandText}>
        <span className={styles.brandName}>{t('app.name')}</span>
        <span className={styles.brandTagline}>{t('app.tagline')}</span>
      </span>
    </Link>
  );
}

function FocusUnitLabel({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const me = useSignedInMe();
  const focus = useFocusUnit();
  const unit = focus ?? (me.grants[0] ? { id: me.grants[0].unitId, name: me.grants[0].unitName } : null);
  if (!unit) return null;
  return (
    <div className={styles.focus}>
      <ApartmentOutlined aria-hidden="true" />
      {!compact && <span className={styles.focusLabel}>{t('nav.focusUnit')}:</span>}
      <Link to={`/units/${unit.id}`} className={styles.focusName} title={unit.name}>
        {unit.name}
      </Link>
    </div>
  );
}

/** The frame of every signed-in screen: left navigation (a drawer on phones), top bar, content. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useSignedInMe();
  const screens = Grid.useBreakpoint();
  const desktop = screens.md ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  return (
    <CycleChoiceProvider>
      <FocusUnitProvider>
        <a href="#main" className="skip-link">
          {t('app.skipToContent')}
        </a>
        <div className={styles.band} aria-hidden="true" />
        <Layout className={styles.shell}>
          {desktop && (
            <Layout.Sider width={240}>
              <div className={styles.siderInner}>
                <Brand />
                <SideNav />
              </div>
            </Layout.Sider>
          )}
          {!desktop && (
            <Drawer
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              placement="left"
              size={272}
              title={t('nav.label')}
              styles={{ body: { padding: 0, background: '#0f2f57' }, header: { padding: '12px 16px' } }}
            >
              <div className={styles.drawerBrand}>
                <Brand />
              </div>
              <SideNav onNavigate={() => setDrawerOpen(false)} />
            </Drawer>
          )}
          <Layout>
            <Layout.Header className={styles.header}>
              {!desktop && (
                <Button
                  type="text"
                  icon={<MenuOutlined aria-hidden="true" />}
                  onClick={() => setDrawerOpen(true)}
                  aria-label={t('nav.openMenu')}
                />
              )}
              {!me.user.mustChangePassword && <CycleSelector compact={!desktop} />}
              <FocusUnitLabel compact={!desktop} />
              <div className={styles.headerRight}>
                {!me.user.mustChangePassword && <NotificationBell compact={!desktop} />}
                <UserMenu compact={!desktop} passwordOpen={passwordOpen} setPasswordOpen={setPasswordOpen} />
              </div>
            </Layout.Header>
            <Layout.Content
              id="main"
              tabIndex={-1}
              className={desktop ? styles.content : styles.contentMobile}
            >
              {/* Every other call answers 403 until the password is changed: nothing else is shown. */}
              {me.user.mustChangePassword ? <PasswordGate /> : <Outlet />}
            </Layout.Content>
          </Layout>
        </Layout>
      </FocusUnitProvider>
    </CycleChoiceProvider>
  );
}
