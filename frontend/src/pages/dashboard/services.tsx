import { AppstoreOutlined, BankOutlined, HeartOutlined, ReadOutlined, ShopOutlined } from '@ant-design/icons';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { translateOr } from '@/i18n/dynamic';

interface ServiceLook {
  icon: ReactNode;
  color: string;
  /** The list the service's card links to. */
  link?: string;
}

const LOOKS: Record<string, ServiceLook> = {
  loans: { icon: <BankOutlined />, color: '#c8161d', link: '/loans/applications' },
  products: { icon: <ShopOutlined />, color: '#d48806', link: '/products' },
  training: { icon: <ReadOutlined />, color: '#1677ff', link: '/training/sessions' },
  volunteers: { icon: <HeartOutlined />, color: '#389e0d', link: '/volunteers/activities' },
};

const OTHER: ServiceLook = { icon: <AppstoreOutlined />, color: '#8c8c8c' };

/** How a service appears on the dashboard; a service this console does not know yet still shows. */
export function serviceLook(service: string): ServiceLook {
  return LOOKS[service] ?? OTHER;
}

export function serviceLabel(i18n: I18n, service: string): string {
  return translateOr(i18n, `dashboard:service.${service}`, service);
}
