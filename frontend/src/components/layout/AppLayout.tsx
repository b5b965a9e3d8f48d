import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Brand } from './Brand';
import { NavMenu } from './NavMenu';
import { usePhone } from './usePhone';
import { UserInfo, UserMenu } from './UserInfo';

/** The console's frame: a side menu on wide screens, a drawer behind a menu button on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const phone = usePhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout className="app-layout">
      {!phone && (
        <Layout.Sider theme="light" width={224} collapsed={collapsed} collapsedWidth={64} className="app-sider">
          <div className="sider-brand">
            <Brand compact={collapsed} />
          </div>
          <NavMenu collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          <Flex align="center" gap={8} className="app-header-start">
            {phone ? (
              <>
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('actions.openMenu')}
                  data-testid="open-menu"
                  onClick={() => setDrawerOpen(true)}
                />
                <Brand />
              </>
            ) : (
              <>
                <Button
                  type="text"
                  icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                  aria-label={t('actions.openMenu')}
                  onClick={() => setCollapsed(!collapsed)}
                />
                <Typography.Text className="app-title">{t('app.fullName')}</Typography.Text>
              </>
            )}
          </Flex>
          <Flex align="center" gap={phone ? 4 : 16}>
            <LanguageSwitch size="small" />
            {phone ? <UserMenu /> : <UserInfo />}
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
        <Layout.Footer className="app-footer">{t('app.organisation')}</Layout.Footer>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          width={260}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
          rootClassName="nav-drawer"
        >
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
