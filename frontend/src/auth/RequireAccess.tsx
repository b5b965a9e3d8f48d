import { Navigate, Outlet } from 'react-router';
import { canOpen, homePath, type PageId } from './access';
import { useCurrentUser } from './CurrentUser';

/** Renders the page if the user's role may open it; otherwise goes to the role's home page. */
export function RequireAccess({ page }: { page: PageId }) {
  const { role } = useCurrentUser();
  return canOpen(role, page) ? <Outlet /> : <Navigate to={homePath(role)} replace />;
}
