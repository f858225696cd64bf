import {
  ApartmentOutlined,
  CalendarOutlined,
  FileDoneOutlined,
  HomeOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useSignedInMe } from '../../features/auth/api/get-me.ts';
import { useCycles } from '../../features/cycles/api/list-cycles.ts';
import {
  evaluationNavItems,
  evaluationSelectedKey,
} from '../../features/evaluation/components/evaluation-nav.tsx';
import { executionNavItems } from '../../features/execution/components/execution-nav.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const SECTIONS = [
  '/assignments',
  '/my-tasks',
  '/tasks',
  '/support',
  '/appraisals',
  '/execution',
  '/units',
  '/people',
  '/cycles',
  '/admin',
] as const;

function selectedKey(pathname: string): string {
  return (
    evaluationSelectedKey(pathname) ??
    SECTIONS.find((s) => pathname === s || pathname.startsWith(`${s}/`)) ??
    '/'
  );
}

/** The left navigation: only the sections that exist, and Administration only for those who manage accounts. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const me = useSignedInMe();
  const { pathname } = useLocation();
  const cycles = useCycles(!me.user.mustChangePassword);
  // Cycles are opened and their policies edited by assigners and admins; others need not see the page.
  const seesCycles =
    me.grants.some((g) => g.role === 'admin' || g.role === 'assigner') ||
    (cycles.data ?? []).some((c) => c.abilities.managePolicy);
  const execution = executionNavItems(me, t);
  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined aria-hidden="true" />, label: <Link to="/">{t('nav.overview')}</Link> },
    ...execution.head,
    {
      key: '/assignments',
      icon: <FileDoneOutlined aria-hidden="true" />,
      label: <Link to="/assignments">{t('nav.assignments')}</Link>,
    },
    ...execution.others,
    ...evaluationNavItems(me, t),
    {
      key: '/units',
      icon: <ApartmentOutlined aria-hidden="true" />,
      label: <Link to="/units">{t('nav.organisation')}</Link>,
    },
    {
      key: '/people',
      icon: <TeamOutlined aria-hidden="true" />,
      label: <Link to="/people">{t('nav.people')}</Link>,
    },
  ];
  if (seesCycles) {
    items.push({
      key: '/cycles',
      icon: <CalendarOutlined aria-hidden="true" />,
      label: <Link to="/cycles">{t('nav.cycles')}</Link>,
    });
  }
  if (me.abilities.manageUsers) {
    items.push({
      key: '/admin',
      icon: <SettingOutlined aria-hidden="true" />,
      label: <Link to="/admin/users">{t('nav.admin')}</Link>,
    });
  }
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selectedKey(pathname)]}
        items={items}
        onClick={onNavigate}
      />
    </nav>
  );
}
