import { FormOutlined, TrophyOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Link } from 'react-router';
import type { MeDto } from '../../../../../contracts/auth.ts';
import type { Translate } from '../../../i18n/i18n.tsx';

type Items = NonNullable<MenuProps['items']>;

/**
 * The evaluation entries of the left navigation: "Đánh giá, xếp loại" for assigners,
 * council members and admins; "Chấm điểm" for council members.
 */
export function evaluationNavItems(me: MeDto, t: Translate): Items {
  const has = (...roles: string[]) => me.grants.some((g) => roles.includes(g.role));
  const items: Items = [];
  if (has('assigner', 'council_member', 'admin'))
    items.push({
      key: '/evaluation',
      icon: <TrophyOutlined aria-hidden="true" />,
      label: <Link to="/evaluation">{t('nav.evaluation')}</Link>,
    });
  if (has('council_member'))
    items.push({
      key: '/scoring',
      icon: <FormOutlined aria-hidden="true" />,
      label: <Link to="/scoring">{t('nav.scoring')}</Link>,
    });
  return items;
}

/** The navigation entry an evaluation address belongs to (a sheet under "Chấm điểm", a council under evaluation). */
export function evaluationSelectedKey(pathname: string): string | null {
  if (/^\/councils\/[^/]+\/score/.test(pathname) || pathname.startsWith('/scoring')) return '/scoring';
  if (pathname.startsWith('/councils') || pathname.startsWith('/evaluation')) return '/evaluation';
  return null;
}
