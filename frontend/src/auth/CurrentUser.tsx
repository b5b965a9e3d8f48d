import { createContext, useContext } from 'react';
import type { CurrentUser } from '@/api/models';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The logged-in user; only for components under RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside RequireAuth');
  return user;
}
