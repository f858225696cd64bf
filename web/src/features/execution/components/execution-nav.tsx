import {
  AuditOutlined,
  FundProjectionScreenOutlined,
  InboxOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Link } from 'react-router';
import type { MeDto } from '../../../../../contracts/auth.ts';
import type { Role } from '../../../../../contracts/roles.ts';
import type { Translate } from '../../../i18n/i18n.tsx';

type Items = NonNullable<MenuProps['items']>;

/** True when the signed-in user holds one of `roles` on some unit. */
export function holdsRole(me: MeDto, ...roles: Role[]): boolean {
  return me.grants.some((g) => roles.includes(g.role));
}

/**
 * The execution entries of the left navigation, by role: the head's board (placed first),
 * then the follow-up, the request inbox and the appraisal worklist.
 */
export function executionNavItems(me: MeDto, t: Translate): { head: Items; others: Items } {
  const head: Items = holdsRole(me, 'head', 'delegate')
    ? [
        {
          key: '/my-tasks',
          icon: <ScheduleOutlined aria-hidden="true" />,
          label: <Link to="/my-tasks">{t('nav.myTasks')}</Link>,
        },
      ]
    : [];
  const others: Items = [];
  if (holdsRole(me, 'assigner', 'viewer', 'admin'))
    others.push({
      key: '/execution',
      icon: <FundProjectionScreenOutlined aria-hidden="true" />,
      label: <Link to="/execution">{t('nav.execution')}</Link>,
    });
  if (holdsRole(me, 'supporter', 'assigner'))
    others.push({
      key: '/support',
      icon: <InboxOutlined aria-hidden="true" />,
      label: <Link to="/support">{t('nav.support')}</Link>,
    });
  if (holdsRole(me, 'appraiser'))
    others.push({
      key: '/appraisals',
      icon: <AuditOutlined aria-hidden="true" />,
      label: <Link to="/appraisals">{t('nav.appraisals')}</Link>,
    });
  return { head, others };
}
