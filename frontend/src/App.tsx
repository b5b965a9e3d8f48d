import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from '@/api/problem';
import { subscribe, getToken } from '@/api/session';
import { currentUserQuery } from '@/auth/api';
import { ConnectionStatus } from '@/pwa/ConnectionStatus';
import { router } from './router';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change on retry; a network error or a 5xx may.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Data cached for one user must never show for the next.
subscribe(() => {
  if (getToken() === null) queryClient.clear();
});

// Signed in already (a reload, a second visit in the tab): who the user is is asked at once, while the page's
// chunks load, rather than after them (on a slow link that is a round trip saved).
if (getToken() !== null) void queryClient.prefetchQuery(currentUserQuery);

export function App() {
  const { i18n, t } = useTranslation();
  const english = i18n.language === 'en';

  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.title = t('app.fullName');
  }, [english, t]);

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={english ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>
          <ConnectionStatus />
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
