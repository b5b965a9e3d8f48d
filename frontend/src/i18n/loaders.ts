import type { BackendModule } from 'i18next';
import type { Language } from './language';
import zhAuth from './locales/zh-CN/auth';
import zhCommon from './locales/zh-CN/common';
import type { Namespace } from './resources';

type Loader = () => Promise<{ default: object }>;

/** The words of the login page and the app's frame, in the first download. */
export const BUNDLED = { common: zhCommon, auth: zhAuth };

/**
 * Each language's namespaces, each its own chunk: a page downloads the words of its own domain in the
 * user's language only (except the Chinese common and auth words, bundled).
 */
const LOADERS: Record<Language, Record<Namespace, Loader>> = {
  'zh-CN': {
    common: async () => ({ default: zhCommon }),
    auth: async () => ({ default: zhAuth }),
    accounts: () => import('./locales/zh-CN/accounts'),
    dashboard: () => import('./locales/zh-CN/dashboard'),
    loans: () => import('./locales/zh-CN/loans'),
    products: () => import('./locales/zh-CN/products'),
    training: () => import('./locales/zh-CN/training'),
    volunteers: () => import('./locales/zh-CN/volunteers'),
  },
  en: {
    common: () => import('./locales/en/common'),
    auth: () => import('./locales/en/auth'),
    accounts: () => import('./locales/en/accounts'),
    dashboard: () => import('./locales/en/dashboard'),
    loans: () => import('./locales/en/loans'),
    products: () => import('./locales/en/products'),
    training: () => import('./locales/en/training'),
    volunteers: () => import('./locales/en/volunteers'),
  },
};

export const NAMESPACES = Object.keys(LOADERS['zh-CN']) as Namespace[];

/** An i18next backend that imports a namespace's chunk when a page first asks for it. */
export const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = LOADERS[language as Language]?.[namespace as Namespace];
    if (!load) {
      callback(new Error(`no translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
