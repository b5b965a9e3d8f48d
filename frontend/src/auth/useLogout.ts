import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logOut } from './api';

/** Logs out at the gateway (the session's refresh token stops working), forgets this user's data and goes
 * to the login page. */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await logOut();
    queryClient.clear();
    await navigate('/login', { replace: true });
  };
}
