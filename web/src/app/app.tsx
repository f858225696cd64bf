import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { meQueryKey } from '../features/auth/api/get-me.ts';
import { I18nProvider, useI18n } from '../i18n/i18n.tsx';
import { ApiError, setPasswordChangeRequiredHandler, setUnauthenticatedHandler } from '../lib/api-client.ts';
import { router } from './router.tsx';
import { theme } from './theme.ts';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (403/404/409...) will not get better by retrying.
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status >= 500 || error.status === 0),
      },
    },
  });
}

function Themed() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

/** The whole app: data cache, language, UI kit theme and locale, routes. */
export function App() {
  const [queryClient] = useState(makeQueryClient);
  useEffect(() => {
    // A 401 on any call means the session ended: back to sign-in.
    setUnauthenticatedHandler(() => queryClient.setQueryData(meQueryKey, null));
    // An admin reset the password mid-session: the session now says so, and the app blocks until it changes.
    setPasswordChangeRequiredHandler(() => void queryClient.invalidateQueries({ queryKey: meQueryKey }));
    return () => {
      setUnauthenticatedHandler(null);
      setPasswordChangeRequiredHandler(null);
    };
  }, [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
