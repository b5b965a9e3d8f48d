import {
  BankOutlined,
  DashboardOutlined,
  HeartOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '@/api/models';
import { canOpen, type PageId } from '@/auth/access';

type MenuItem = Required<MenuProps>['items'][number];

interface NavPage {
  page: PageId;
  path: string;
  label: string;
}

interface NavGroup {
  key: string;
  icon: ReactNode;
  label: string;
  pages: NavPage[];
}

function groups(t: TFunction): NavGroup[] {
  return [
    {
      key: 'loans',
      icon: <BankOutlined />,
      label: t('nav.loans'),
      pages: [
        { page: 'myLoans', path: '/loans/my', label: t('nav.myLoans') },
        { page: 'applications', path: '/loans/applications', label: t('nav.applications') },
        { page: 'ledger', path: '/loans/ledger', label: t('nav.ledger') },
        { page: 'claims', path: '/loans/claims', label: t('nav.claims') },
        { page: 'loanStats', path: '/loans/stats', label: t('nav.loanStats') },
        { page: 'policies', path: '/loans/policies', label: t('nav.policies') },
        { page: 'quote', path: '/loans/subsidy-quote', label: t('nav.quote') },
        { page: 'banks', path: '/loans/banks', label: t('nav.banks') },
        { page: 'lpr', path: '/loans/lpr', label: t('nav.lpr') },
      ],
    },
    {
      key: 'products',
      icon: <ShopOutlined />,
      label: t('nav.products'),
      pages: [{ page: 'products', path: '/products', label: t('nav.catalogue') }],
    },
    {
      key: 'training',
      icon: <ReadOutlined />,
      label: t('nav.training'),
      pages: [
        { page: 'programmes', path: '/training/programmes', label: t('nav.programmes') },
        { page: 'sessions', path: '/training/sessions', label: t('nav.sessions') },
      ],
    },
    {
      key: 'volunteers',
      icon: <HeartOutlined />,
      label: t('nav.volunteers'),
      pages: [{ page: 'activities', path: '/volunteers/activities', label: t('nav.activities') }],
    },
    {
      key: 'system',
      icon: <SafetyCertificateOutlined />,
      label: t('nav.system'),
      pages: [
        { page: 'accounts', path: '/system/accounts', label: t('nav.accounts') },
        { page: 'apiClients', path: '/system/clients', label: t('nav.apiClients') },
        { page: 'audit', path: '/system/audit', label: t('nav.audit') },
      ],
    },
  ];
}

const link = (to: string, label: string) => <Link to={to}>{label}</Link>;

/** The side menu for a role: the dashboard, then one group per service; item keys are the paths. */
export function menuItems(t: TFunction, role: Role): MenuItem[] {
  const items: MenuItem[] = [];
  if (canOpen(role, 'dashboard')) {
    items.push({ key: '/', icon: <DashboardOutlined />, label: link('/', t('nav.dashboard')) });
  }
  for (const group of groups(t)) {
    const pages = group.pages.filter((entry) => canOpen(role, entry.page));
    if (pages.length === 0) continue;
    items.push({
      key: group.key,
      icon: group.icon,
      label: group.label,
      children: pages.map((entry) => ({ key: entry.path, label: link(entry.path, entry.label) })),
    });
  }
  return items;
}

export const MENU_GROUPS = ['loans', 'products', 'training', 'volunteers', 'system'];

const PATHS = [
  '/loans/my',
  '/loans/applications',
  '/loans/ledger',
  '/loans/claims',
  '/loans/stats',
  '/loans/policies',
  '/loans/subsidy-quote',
  '/loans/banks',
  '/loans/lpr',
  '/products',
  '/training/programmes',
  '/training/sessions',
  '/volunteers/activities',
  '/system/accounts',
  '/system/clients',
  '/system/audit',
  '/settings',
];

/** The menu key of the page at a path: its own path, or the list page it belongs to. */
export function selectedKey(pathname: string): string {
  if (pathname === '/') return '/';
  return PATHS.find((key) => pathname === key || pathname.startsWith(`${key}/`)) ?? pathname;
}
