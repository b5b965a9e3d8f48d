import i18next from 'i18next';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { PageId } from '@/auth/access';
import { RequireAccess } from '@/auth/RequireAccess';
import type { Namespace } from '@/i18n/resources';
import { RouteError } from '@/pwa/RouteError';

/** The translations of each top folder of the app's addresses (a page may use others: it waits for them). */
const NAMESPACE_OF_FOLDER: Record<string, Namespace> = {
  '': 'dashboard',
  loans: 'loans',
  products: 'products',
  training: 'training',
  volunteers: 'volunteers',
  system: 'accounts',
  settings: 'auth',
};

export function namespaceOf(route: RouteObject): Namespace | undefined {
  const folder = route.index ? '' : (route.path ?? '').split('/')[0]!;
  return NAMESPACE_OF_FOLDER[folder];
}

/** A route's `lazy`: the page's code and its words, fetched side by side. */
export function lazyPage<M>(
  namespace: Namespace | undefined,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const [module] = await Promise.all([load(), namespace && i18next.loadNamespaces(namespace)]);
    return { Component: pick(module) };
  };
}

/**
 * A page for the roles that may open it, loaded on first visit with its translations (so the login page
 * carries neither ECharts nor the tables, nor any programme's words).
 */
export function page<M>(
  id: PageId,
  route: RouteObject,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): RouteObject {
  return {
    element: <RequireAccess page={id} />,
    // Inside the app's frame: the menu stays when a page cannot be shown (offline and not kept, say).
    errorElement: <RouteError />,
    children: [{ ...route, lazy: lazyPage(namespaceOf(route), load, pick) } as RouteObject],
  };
}
