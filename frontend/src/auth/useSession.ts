import { useSyncExternalStore } from 'react';
import { getToken, subscribe } from '@/api/session';

/** The access token, re-rendering when the session starts or ends. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, getToken);
}
