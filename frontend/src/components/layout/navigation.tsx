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
}

interface NavGroup {
  key: 'loans' | 'products' | 'training' | 'volunteers' | 'system';
  icon: ReactNode;
  pages: NavPage[];
}

// Labels: `navGroup.<group key>` and `nav.<page id>` in the common namespace.
const GROUPS: NavGroup[] = [
  {
    key: 'loans',
    icon: <BankOutlined />,
    pages: [
      { page: 'myLoans', path: '/loans/my' },
      { page: 'applications', path: '/loans/applications' },
      { page: 'loans', path: '/loans/loans' },
      { page: 'claims', path: '/loans/claims' },
      { page: 'loanStats', path: '/loans/stats' },
      { page: 'policies', path: '/loans/policies' },
      { page: 'quote', path: '/loans/subsidy-quote' },
      { page: 'banks', path: '/loans/banks' },
      { page: 'lpr', path: '/loans/lpr' },
      { page: 'webhooks', path: '/loans/webhooks' },
    ],
  },
  {
    key: 'products',
    icon: <ShopOutlined />,
    pages: [
      { page: 'myLots', path: '/products/my/lots' },
      { page: 'myDemands', path: '/products/my/demands' },
      { page: 'matching', path: '/products/market/matching' },
      { page: 'clearing', path: '/products/market/clearing' },
      { page: 'lots', path: '/products/market/lots' },
      { page: 'demands', path: '/products/market/demands' },
      { page: 'deals', path: '/products/market/deals' },
      { page: 'inquiries', path: '/products/inquiries' },
      { page: 'sellers', path: '/products/sellers' },
      { page: 'buyers', path: '/products/buyers' },
      { page: 'notices', path: '/products/notices' },
      { page: 'pairings', path: '/products/pairings' },
      { page: 'products', path: '/products' },
      { page: 'videos', path: '/products/videos' },
      { page: 'platforms', path: '/products/platforms' },
      { page: 'productStats', path: '/products/stats' },
    ],
  },
  {
    key: 'training',
    icon: <ReadOutlined />,
    pages: [
      { page: 'myTraining', path: '/training/my' },
      { page: 'myEnrolments', path: '/training/my/enrolments' },
      { page: 'myCertificates', path: '/training/my/certificates' },
      { page: 'programmes', path: '/training/programmes' },
      { page: 'sessions', path: '/training/sessions' },
      { page: 'trainees', path: '/training/trainees' },
      { page: 'certificates', path: '/training/certificates' },
      { page: 'lecturers', path: '/training/lecturers' },
      { page: 'trainingStats', path: '/training/stats' },
    ],
  },
  {
    key: 'volunteers',
    icon: <HeartOutlined />,
    pages: [
      { page: 'myVolunteering', path: '/volunteers/my' },
      { page: 'myTeam', path: '/volunteers/my/team' },
      { page: 'myHours', path: '/volunteers/my/hours' },
      { page: 'activities', path: '/volunteers/activities' },
      { page: 'volunteerTeams', path: '/volunteers/teams' },
      { page: 'volunteerCamps', path: '/volunteers/camps' },
      { page: 'volunteerChildren', path: '/volunteers/children' },
      { page: 'volunteerVisits', path: '/volunteers/visits' },
      { page: 'internships', path: '/volunteers/internships' },
      { page: 'volunteerHours', path: '/volunteers/hours' },
      { page: 'volunteerStats', path: '/volunteers/stats' },
    ],
  },
  {
    key: 'system',
    icon: <SafetyCertificateOutlined />,
    pages: [
      { page: 'accounts', path: '/system/accounts' },
      { page: 'apiClients', path: '/system/clients' },
      { page: 'audit', path: '/system/audit' },
    ],
  },
];

const link = (to: string, label: string) => <Link to={to}>{label}</Link>;

/** The side menu for a role: the dashboard, then one group per service; item keys are the paths. */
export function menuItems(t: TFunction, role: Role): MenuItem[] {
  const items: MenuItem[] = [];
  if (canOpen(role, 'dashboard')) {
    items.push({ key: '/', icon: <DashboardOutlined />, label: link('/', t('nav.dashboard')) });
  }
  for (const group of GROUPS) {
    const pages = group.pages.filter((entry) => canOpen(role, entry.page));
    if (pages.length === 0) continue;
    items.push({
      key: group.key,
      icon: group.icon,
      label: t(`navGroup.${group.key}`),
      children: pages.map((entry) => ({ key: entry.path, label: link(entry.path, t(`nav.${entry.page}`)) })),
    });
  }
  return items;
}

export const MENU_GROUPS = ['loans', 'products', 'training', 'volunteers', 'system'];

const PATHS = [
  '/loans/my',
  '/loans/applications',
  '/loans/loans',
  '/loans/claims',
  '/loans/stats',
  '/loans/policies',
  '/loans/subsidy-quote',
  '/loans/banks',
  '/loans/lpr',
  '/products/my/lots',
  '/products/my/demands',
  '/products/market/matching',
  '/products/market/clearing',
  '/products/market/lots',
  '/products/market/demands',
  '/products/market/deals',
  '/products/inquiries',
  '/products/sellers',
  '/products/buyers',
  '/products/notices',
  '/products/pairings',
  '/products/videos',
  '/products/platforms',
  '/products/stats',
  '/products',
  '/training/my/enrolments',
  '/training/my/certificates',
  '/training/my',
  '/training/programmes',
  '/training/sessions',
  '/training/trainees',
  '/training/certificates',
  '/training/lecturers',
  '/training/stats',
  '/volunteers/activities',
  '/volunteers/teams',
  '/volunteers/camps',
  '/volunteers/children',
  '/volunteers/visits',
  '/volunteers/internships',
  '/volunteers/hours',
  '/volunteers/stats',
  '/volunteers/my/team',
  '/volunteers/my/hours',
  '/volunteers/my',
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
