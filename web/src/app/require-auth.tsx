import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { QueryError } from '../components/query-error.tsx';
import { useMe, useSignedInMe } from '../features/auth/api/get-me.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Shows its children to a signed-in user; sends anyone else to sign-in, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={t('common.loading')} />
      </Flex>
    );
  }
  if (me.isError) {
    return (
      <div style={{ padding: 24 }}>
        <QueryError error={me.error} onRetry={() => me.refetch()} />
      </div>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** Administration screens exist only for users who manage accounts. */
export function RequireAdmin() {
  const me = useSignedInMe();
  return me.abilities.manageUsers ? <Outlet /> : <NotFoundPage />;
}
