import enAccounts from './locales/en/accounts';
import enAuth from './locales/en/auth';
import enCommon from './locales/en/common';
import enDashboard from './locales/en/dashboard';
import enLoans from './locales/en/loans';
import enProducts from './locales/en/products';
import enTraining from './locales/en/training';
import enVolunteers from './locales/en/volunteers';
import zhAccounts from './locales/zh-CN/accounts';
import zhAuth from './locales/zh-CN/auth';
import zhCommon from './locales/zh-CN/common';
import zhDashboard from './locales/zh-CN/dashboard';
import zhLoans from './locales/zh-CN/loans';
import zhProducts from './locales/zh-CN/products';
import zhTraining from './locales/zh-CN/training';
import zhVolunteers from './locales/zh-CN/volunteers';

/**
 * Every translation at once: the type of the keys (i18next.d.ts) and the tests' view. The app never imports
 * this file's values: it loads one namespace at a time (loaders.ts).
 *
 * One namespace per domain; zh-CN is the source language.
 */
export const zhCN = {
  common: zhCommon,
  auth: zhAuth,
  accounts: zhAccounts,
  dashboard: zhDashboard,
  loans: zhLoans,
  products: zhProducts,
  training: zhTraining,
  volunteers: zhVolunteers,
};

export const en: typeof zhCN = {
  common: enCommon,
  auth: enAuth,
  accounts: enAccounts,
  dashboard: enDashboard,
  loans: enLoans,
  products: enProducts,
  training: enTraining,
  volunteers: enVolunteers,
};

export const resources = { 'zh-CN': zhCN, en };

export type Namespace = keyof typeof zhCN;
