import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';

/** The frame of the public market: one column a phone's width, the League's red band on top, the language
 * switch in reach of a thumb, and who runs it at the foot. No console, no login. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['products', 'common']);
  return (
    <div className="public-page">
      <header className="public-header">
        <Flex className="public-column" justify="space-between" align="center" gap={12}>
          <Link to="/market" className="public-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{t('common:app.name')}</span>
            <span className="public-brand-sub">{t('publicMarket.brand')}</span>
          </Link>
          <LanguageSwitch size="small" />
        </Flex>
      </header>
      <main className="public-column public-main">{children}</main>
      <footer className="public-column public-footer">
        <Typography.Text type="secondary">{t('publicMarket.footer')}</Typography.Text>
        <Typography.Text type="secondary">
          {t('common:app.organisation')} · <Link to="/login">{t('publicMarket.staffLogin')}</Link>
        </Typography.Text>
      </footer>
    </div>
  );
}
