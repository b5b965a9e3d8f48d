import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useCurrentUser } from '@/auth/CurrentUser';
import { myKey } from './api';
import { queueFor, type TenOneQueue } from './queueStore';
import type { QueueState } from './tenOneQueue';

// One callback per query client: however many parts of the page hold the queue, a record sent refreshes once.
const refreshers = new WeakMap<QueryClient, () => void>();
function refresherFor(queryClient: QueryClient): () => void {
  let refresh = refreshers.get(queryClient);
  if (!refresh) {
    // A record that reached the service changes the child's items and the camp's completion.
    refresh = () => void queryClient.invalidateQueries({ queryKey: myKey });
    refreshers.set(queryClient, refresh);
  }
  return refresh;
}

/** The signed-in volunteer's ten-ones queue and its state; while mounted, it keeps sending. */
export function useTenOneQueue(): { queue: TenOneQueue; state: QueueState } {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const queue = queueFor(user.id);
  const state = useSyncExternalStore(queue.subscribe, queue.state);
  useEffect(() => queue.start(refresherFor(queryClient)), [queue, queryClient]);
  return { queue, state };
}
