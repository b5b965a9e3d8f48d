import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageSpinner } from '@/components/PageSpinner';
import { currentUserQuery } from './api';
import { CurrentUserContext } from './CurrentUser';
import { useToken } from './useSession';

/** Renders the app for a logged-in user; anyone else goes to /login and comes back afterwards. */
export function RequireAuth() {
  const token = useToken();
  const location = useLocation();
  const me = useQuery({ ...currentUserQuery, enabled: token !== null });

  if (!token) return <Navigate to="/login" replace state={{ from: location }} />;
  if (me.isError) {
    return (
      <Flex className="full-page" justify="center" align="center">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Flex>
    );
  }
  if (!me.data) return <PageSpinner />;
  return (
    <CurrentUserContext.Provider value={me.data}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
