import { QueryClient } from '@tanstack/react-query';
import { currentUserQuery } from '@/auth/api';
import { ApiError } from './problem';
import { getToken, subscribe } from './session';

/** The app's one cache of the API's answers (App.tsx provides it; a route's loader may fill it ahead of its page). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change on retry; a network error or a 5xx may.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Data cached for one user must never show for the next.
subscribe(() => {
  if (getToken() === null) queryClient.clear();
});

// Signed in already (a reload, a second visit in the tab): who the user is is asked at once, while the page's
// chunks load, rather than after them (on a slow link that is a round trip saved).
if (getToken() !== null) void queryClient.prefetchQuery(currentUserQuery);
