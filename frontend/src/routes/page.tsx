import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { PageId } from '@/auth/access';
import { RequireAccess } from '@/auth/RequireAccess';

/**
 * A page for the roles that may open it, loaded on first visit (so the login page carries neither
 * ECharts nor the tables).
 */
export function page<M>(
  id: PageId,
  route: RouteObject,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): RouteObject {
  return {
    element: <RequireAccess page={id} />,
    children: [{ ...route, lazy: async () => ({ Component: pick(await load()) }) } as RouteObject],
  };
}
