import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Panel } from '@/components/Panel';

interface AuthLayoutProps {
  title: string;
  intro?: string;
  children: ReactNode;
  /** Below the card: links to the other public pages. */
  footer?: ReactNode;
  wide?: boolean;
}

/** The frame of the pages before login (login, registration, the forced password change): one card on
 * the console's light background, the language switch in the corner. */
export function AuthLayout({ title, intro, children, footer, wide = false }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Flex className="login-page" vertical align="center" justify="center">
      <div className="login-language">
        <LanguageSwitch size="small" />
      </div>
      <Panel className={wide ? 'login-card login-card-wide' : 'login-card'}>
        <Flex vertical align="center" gap={4} className="login-heading">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={3}>{title}</Typography.Title>
          {intro && <Typography.Text type="secondary">{intro}</Typography.Text>}
        </Flex>
        {children}
      </Panel>
      {footer && <div className="login-links">{footer}</div>}
      <Typography.Text type="secondary" className="login-footer">
        {t('app.organisation')}
      </Typography.Text>
    </Flex>
  );
}
