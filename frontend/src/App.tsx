import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import { queryClient } from '@/api/queryClient';
import { ConnectionStatus } from '@/pwa/ConnectionStatus';
import { ThemeProvider } from './ThemeProvider';

export function App({ router }: { router: DataRouter }) {
  const { i18n, t } = useTranslation();
  const english = i18n.language === 'en';

  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.title = t('app.fullName');
  }, [english, t]);

  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider locale={english ? enUS : zhCN} button={{ autoInsertSpace: false }}>
        <AntApp>
          <ConnectionStatus />
          <RouterProvider router={router} />
        </AntApp>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
