import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '@/auth/CurrentUser';
import { useLogout } from '@/auth/useLogout';

/** Desktop header: name and role (leading to the user's settings) and a logout button in a row. */
export function UserInfo() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Flex align="center" gap={8} data-testid="current-user">
      <Link to="/settings" className="user-link" title={t('actions.settings')} data-testid="settings-link">
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text strong>{user.display_name}</Typography.Text>
        </Flex>
      </Link>
      <Tag color="red" bordered={false}>
        {t(`role.${user.role}`)}
      </Tag>
      <Button type="text" icon={<LogoutOutlined />} onClick={() => void logout()}>
        {t('actions.logout')}
      </Button>
    </Flex>
  );
}

/** Phone header: an avatar opening the same information, the settings and the logout action. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      // In the sticky header with its button: were the page to scroll while the menu is open, the menu
      // stays under the button instead of being moved there again after the scroll (under a finger).
      getPopupContainer={(button) => button.parentElement ?? document.body}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <Flex vertical>
                <Typography.Text strong>{user.display_name}</Typography.Text>
                <Typography.Text type="secondary">{t(`role.${user.role}`)}</Typography.Text>
              </Flex>
            ),
          },
          { type: 'divider' },
          {
            key: 'settings',
            icon: <SettingOutlined />,
            label: t('actions.settings'),
            onClick: () => void navigate('/settings'),
          },
          { key: 'logout', icon: <LogoutOutlined />, label: t('actions.logout'), onClick: () => void logout() },
        ],
      }}
    >
      <Button type="text" shape="circle" aria-label={user.display_name} data-testid="current-user">
        <Avatar size="small" icon={<UserOutlined />} />
      </Button>
    </Dropdown>
  );
}
