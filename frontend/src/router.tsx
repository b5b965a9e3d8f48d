import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { PageId } from '@/auth/access';
import { RequireAccess } from '@/auth/RequireAccess';
import { RequireAuth } from '@/auth/RequireAuth';
import { AppLayout } from '@/components/layout/AppLayout';
import { PageSpinner } from '@/components/PageSpinner';
import { LoginPage } from '@/pages/auth/LoginPage';
import { NotFoundPage } from '@/pages/NotFoundPage';

/**
 * A page for the roles that may open it, loaded on first visit (so the login page carries neither
 * ECharts nor the tables).
 */
function page<M>(
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

export const router = createBrowserRouter([
  {
    HydrateFallback: PageSpinner,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              page(
                'dashboard',
                { index: true },
                () => import('@/pages/dashboard/DashboardPage'),
                (m) => m.DashboardPage,
              ),
              page(
                'banks',
                { path: 'loans/banks' },
                () => import('@/pages/loans/BanksPage'),
                (m) => m.BanksPage,
              ),
              page(
                'lpr',
                { path: 'loans/lpr' },
                () => import('@/pages/loans/LprPage'),
                (m) => m.LprPage,
              ),
              page(
                'products',
                { path: 'products' },
                () => import('@/pages/products/ProductsPage'),
                (m) => m.ProductsPage,
              ),
              page(
                'programmes',
                { path: 'training/programmes' },
                () => import('@/pages/training/ProgrammesPage'),
                (m) => m.ProgrammesPage,
              ),
              page(
                'sessions',
                { path: 'training/sessions' },
                () => import('@/pages/training/SessionsPage'),
                (m) => m.SessionsPage,
              ),
              page(
                'activities',
                { path: 'volunteers/activities' },
                () => import('@/pages/volunteers/ActivitiesPage'),
                (m) => m.ActivitiesPage,
              ),
              { path: 'loans', element: <Navigate to="/loans/banks" replace /> },
              { path: 'training', element: <Navigate to="/training/sessions" replace /> },
              { path: 'volunteers', element: <Navigate to="/volunteers/activities" replace /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
