import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { queryClient } from '@/api/queryClient';
import { getToken } from '@/api/session';
import { currentUserQuery } from '@/auth/api';
import { RequireAuth } from '@/auth/RequireAuth';
import { PageSpinner } from '@/components/PageSpinner';
import { LoginPage } from '@/pages/auth/LoginPage';
import { RouteError } from '@/pwa/RouteError';
import { lazyPage, page } from '@/routes/page';
import { trainingRoutes } from '@/routes/training';
import { volunteersRoutes } from '@/routes/volunteers';

/** The entrepreneur's home asks for its data as soon as the router knows it is coming (a loader runs beside the
 * route's code), when signed in: without a session RequireAuth sends the user to log in. */
function prefetchMyHome() {
  if (getToken() !== null) void import('@/pages/loans/my/api').then((api) => api.prefetchMyHome(queryClient));
  return null;
}

/** Who the user is, before the console's frame and page render: they then render once, in the router's
 * transition (in slices), rather than all at once when the answer arrives and the query's update renders the
 * whole frame in one task. A failure is left to RequireAuth, which shows it with a retry. */
async function knowTheUser() {
  if (getToken() !== null) await queryClient.ensureQueryData(currentUserQuery).catch(() => null);
  return null;
}

/** A page that has moved: the same address under its new path, with its query (filters, page) kept. */
function Moved({ from, to }: { from: string; to: string }) {
  const { pathname, search, hash } = useLocation();
  return <Navigate to={{ pathname: to + pathname.slice(from.length), search, hash }} replace />;
}

/** The app's router: made by main.tsx in a task of its own (matching the address and starting the first page's
 * loads is a good part of the start on a phone). */
export const createRouter = () =>
  createBrowserRouter([
    {
      HydrateFallback: PageSpinner,
      // A page that cannot be shown (offline and not kept, a chunk of an earlier release, a bug) says so.
      errorElement: <RouteError />,
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          path: '/password/change',
          lazy: lazyPage(
            'auth',
            () => import('@/pages/auth/ForcedChangePage'),
            (m) => m.ForcedChangePage,
          ),
        },
        {
          // The public page of unsold-produce notices: no login, for anyone who wants to buy.
          path: '/market',
          lazy: lazyPage(
            'products',
            () => import('@/pages/products/notices/PublicNoticesPage'),
            (m) => m.PublicNoticesPage,
          ),
        },
        {
          path: '/market/:id',
          lazy: lazyPage(
            'products',
            () => import('@/pages/products/notices/PublicNoticePage'),
            (m) => m.PublicNoticePage,
          ),
        },
        {
          // Anyone holding a training certificate's number checks it here: no login.
          path: '/verify/:number?',
          lazy: lazyPage(
            'training',
            () => import('@/pages/training/verify/VerifyCertificatePage'),
            (m) => m.VerifyCertificatePage,
          ),
        },
        {
          // Anyone holding a volunteer hours certificate's number checks it here: no login.
          path: '/verify-hours/:number?',
          lazy: lazyPage(
            'volunteers',
            () => import('@/pages/volunteers/verify/VerifyHoursPage'),
            (m) => m.VerifyHoursPage,
          ),
        },
        {
          path: '/register',
          lazy: lazyPage(
            'auth',
            () => import('@/pages/auth/RegisterPage'),
            (m) => m.RegisterPage,
          ),
        },
        {
          element: <RequireAuth />,
          loader: knowTheUser,
          children: [
            {
              // The console's frame: a chunk of its own (routes/frame.ts), loaded side by side with the page's, so
              // that the login page does not parse it.
              lazy: () => import('@/routes/frame'),
              children: [
                page(
                  'dashboard',
                  { index: true },
                  () => import('@/pages/dashboard/DashboardPage'),
                  (m) => m.DashboardPage,
                ),
                page(
                  'myLoans',
                  { path: 'loans/my', loader: prefetchMyHome },
                  () => import('@/pages/loans/my/MyLoansPage'),
                  (m) => m.MyLoansPage,
                ),
                page(
                  'myLoans',
                  { path: 'loans/my/profile' },
                  () => import('@/pages/loans/my/ProfilePage'),
                  (m) => m.ProfilePage,
                ),
                page(
                  'myLoans',
                  { path: 'loans/my/apply' },
                  () => import('@/pages/loans/my/ApplyPage'),
                  (m) => m.ApplyPage,
                ),
                page(
                  'myLoans',
                  { path: 'loans/my/applications/:id' },
                  () => import('@/pages/loans/my/MyApplicationPage'),
                  (m) => m.MyApplicationPage,
                ),
                page(
                  'applications',
                  { path: 'loans/applications' },
                  () => import('@/pages/loans/applications/ApplicationsPage'),
                  (m) => m.ApplicationsPage,
                ),
                page(
                  'applications',
                  { path: 'loans/applications/:id' },
                  () => import('@/pages/loans/applications/ApplicationPage'),
                  (m) => m.ApplicationPage,
                ),
                page(
                  'loans',
                  { path: 'loans/loans' },
                  () => import('@/pages/loans/loans/LoansPage'),
                  (m) => m.LoansPage,
                ),
                page(
                  'loans',
                  { path: 'loans/loans/:id' },
                  () => import('@/pages/loans/loans/LoanPage'),
                  (m) => m.LoanPage,
                ),
                page(
                  'claims',
                  { path: 'loans/claims' },
                  () => import('@/pages/loans/claims/ClaimsPage'),
                  (m) => m.ClaimsPage,
                ),
                page(
                  'claims',
                  { path: 'loans/claims/:id' },
                  () => import('@/pages/loans/claims/ClaimPage'),
                  (m) => m.ClaimPage,
                ),
                page(
                  'loanStats',
                  { path: 'loans/stats' },
                  () => import('@/pages/loans/stats/StatsPage'),
                  (m) => m.StatsPage,
                ),
                page(
                  'policies',
                  { path: 'loans/policies' },
                  () => import('@/pages/loans/policies/PoliciesPage'),
                  (m) => m.PoliciesPage,
                ),
                page(
                  'quote',
                  { path: 'loans/subsidy-quote' },
                  () => import('@/pages/loans/subsidy/SubsidyQuotePage'),
                  (m) => m.SubsidyQuotePage,
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
                  'webhooks',
                  { path: 'loans/webhooks' },
                  () => import('@/pages/loans/webhooks/WebhooksPage'),
                  (m) => m.WebhooksPage,
                ),
                page(
                  'myLots',
                  { path: 'products/my/lots' },
                  () => import('@/pages/products/market/my/MyLotsPage'),
                  (m) => m.MyLotsPage,
                ),
                page(
                  'myLots',
                  { path: 'products/my/lots/new' },
                  () => import('@/pages/products/market/my/NewLotPage'),
                  (m) => m.NewLotPage,
                ),
                page(
                  'myDemands',
                  { path: 'products/my/demands' },
                  () => import('@/pages/products/market/my/MyDemandsPage'),
                  (m) => m.MyDemandsPage,
                ),
                page(
                  'myDemands',
                  { path: 'products/my/demands/new' },
                  () => import('@/pages/products/market/my/NewDemandPage'),
                  (m) => m.NewDemandPage,
                ),
                page(
                  'myDemands',
                  { path: 'products/my/demands/:id' },
                  () => import('@/pages/products/market/my/DemandOffersPage'),
                  (m) => m.DemandOffersPage,
                ),
                page(
                  'matching',
                  { path: 'products/market/matching' },
                  () => import('@/pages/products/market/staff/MatchingPage'),
                  (m) => m.MatchingPage,
                ),
                page(
                  'clearing',
                  { path: 'products/market/clearing' },
                  () => import('@/pages/products/market/staff/ClearingPage'),
                  (m) => m.ClearingPage,
                ),
                page(
                  'lots',
                  { path: 'products/market/lots' },
                  () => import('@/pages/products/market/staff/LotsPage'),
                  (m) => m.LotsPage,
                ),
                page(
                  'demands',
                  { path: 'products/market/demands' },
                  () => import('@/pages/products/market/staff/DemandsPage'),
                  (m) => m.DemandsPage,
                ),
                page(
                  'deals',
                  { path: 'products/market/deals' },
                  () => import('@/pages/products/market/staff/DealsPage'),
                  (m) => m.DealsPage,
                ),
                page(
                  'deal',
                  { path: 'products/market/deals/:id' },
                  () => import('@/pages/products/market/DealPage'),
                  (m) => m.DealPage,
                ),
                page(
                  'sellers',
                  { path: 'products/sellers' },
                  () => import('@/pages/products/parties/SellersPage'),
                  (m) => m.SellersPage,
                ),
                page(
                  'sellers',
                  { path: 'products/sellers/:id' },
                  () => import('@/pages/products/parties/SellerPage'),
                  (m) => m.SellerPage,
                ),
                page(
                  'buyers',
                  { path: 'products/buyers' },
                  () => import('@/pages/products/parties/BuyersPage'),
                  (m) => m.BuyersPage,
                ),
                page(
                  'buyers',
                  { path: 'products/buyers/:id' },
                  () => import('@/pages/products/parties/BuyerPage'),
                  (m) => m.BuyerPage,
                ),
                page(
                  'notices',
                  { path: 'products/notices' },
                  () => import('@/pages/products/notices/NoticesPage'),
                  (m) => m.NoticesPage,
                ),
                page(
                  'notices',
                  { path: 'products/notices/:id' },
                  () => import('@/pages/products/notices/NoticePage'),
                  (m) => m.NoticePage,
                ),
                page(
                  'inquiries',
                  { path: 'products/inquiries' },
                  () => import('@/pages/products/notices/InquiriesPage'),
                  (m) => m.InquiriesPage,
                ),
                page(
                  'pairings',
                  { path: 'products/pairings' },
                  () => import('@/pages/products/programme/PairingsPage'),
                  (m) => m.PairingsPage,
                ),
                page(
                  'videos',
                  { path: 'products/videos' },
                  () => import('@/pages/products/programme/VideosPage'),
                  (m) => m.VideosPage,
                ),
                page(
                  'platforms',
                  { path: 'products/platforms' },
                  () => import('@/pages/products/programme/PlatformsPage'),
                  (m) => m.PlatformsPage,
                ),
                page(
                  'productStats',
                  { path: 'products/stats' },
                  () => import('@/pages/products/programme/StatsPage'),
                  (m) => m.ProductsStatsPage,
                ),
                page(
                  'products',
                  { path: 'products' },
                  () => import('@/pages/products/ProductsPage'),
                  (m) => m.ProductsPage,
                ),
                ...trainingRoutes,
                ...volunteersRoutes,
                page(
                  'settings',
                  { path: 'settings' },
                  () => import('@/pages/settings/SettingsPage'),
                  (m) => m.SettingsPage,
                ),
                page(
                  'accounts',
                  { path: 'system/accounts' },
                  () => import('@/pages/system/accounts/AccountsPage'),
                  (m) => m.AccountsPage,
                ),
                page(
                  'apiClients',
                  { path: 'system/clients' },
                  () => import('@/pages/system/clients/ClientsPage'),
                  (m) => m.ClientsPage,
                ),
                page(
                  'audit',
                  { path: 'system/audit' },
                  () => import('@/pages/system/audit/AuditPage'),
                  (m) => m.AuditPage,
                ),
                { path: 'loans', element: <Navigate to="/loans/applications" replace /> },
                // The loan list's first address, kept for bookmarks.
                { path: 'loans/ledger/*', element: <Moved from="/loans/ledger" to="/loans/loans" /> },
                { path: 'training', element: <Navigate to="/training/sessions" replace /> },
                { path: 'volunteers', element: <Navigate to="/volunteers/activities" replace /> },
                { path: 'system', element: <Navigate to="/system/accounts" replace /> },
                {
                  path: '*',
                  lazy: lazyPage(
                    undefined,
                    () => import('@/pages/NotFoundPage'),
                    (m) => m.NotFoundPage,
                  ),
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
