import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useCurrentUser } from '@/auth/CurrentUser';
import { MENU_GROUPS, menuItems, selectedKey } from './navigation';

interface NavMenuProps {
  collapsed?: boolean;
  onNavigate?: () => void;
}

export function NavMenu({ collapsed = false, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { role } = useCurrentUser();
  return (
    <Menu
      mode="inline"
      className="nav-menu"
      items={menuItems(t, role)}
      selectedKeys={[selectedKey(pathname)]}
      defaultOpenKeys={collapsed ? [] : MENU_GROUPS}
      onClick={onNavigate}
    />
  );
}
