import { idempotencyKey } from '@/api/idempotency';
import { sendTenOne } from './api';
import {
  dismissRefused,
  dueRecords,
  EMPTY_QUEUE,
  enqueue,
  loadQueue,
  saveQueue,
  settle,
  type QueueState,
  type TenOneBody,
} from './tenOneQueue';

// The queue of one user's ten-ones records on this phone: kept in localStorage, sent one at a time, tried
// again every few seconds (with a growing wait per record) while a page that uses it is open, and at once
// when the connection comes back.

const RETRY_TICK_MS = 5_000;

type Listener = () => void;

export interface TenOneQueue {
  state: () => QueueState;
  subscribe: (listener: Listener) => () => void;
  /** Puts a record on the queue (its Idempotency-Key made here, once) and tries to send it. */
  add: (record: { childId: string; childName: string; body: TenOneBody }) => void;
  /** Tries every queued record now, whatever its wait. */
  flush: (force?: boolean) => Promise<void>;
  dismiss: (key: string) => void;
  /** Runs the retries while at least one page holds the queue; returns the release. */
  start: (onSent: (childId: string) => void) => () => void;
}

function createQueue(userId: string): TenOneQueue {
  let state: QueueState = typeof localStorage === 'undefined' ? EMPTY_QUEUE : loadQueue(localStorage, userId);
  const listeners = new Set<Listener>();
  // Who is told of each record sent, with how many pages hold the queue through the same callback.
  const holders = new Map<(childId: string) => void, number>();
  let flushing: Promise<void> | null = null;
  let again = false;
  let timer: number | undefined;

  function update(next: QueueState) {
    state = next;
    saveQueue(localStorage, userId, state);
    listeners.forEach((listener) => listener());
  }

  async function run(force: boolean) {
    for (const record of dueRecords(state, Date.now(), force)) {
      // Offline: no attempt now, and no wait added; the `online` event brings the queue back.
      if (!navigator.onLine) return;
      const result = await sendTenOne(record.childId, record.body, record.key);
      update(settle(state, record.key, result, Date.now()));
      if (result !== 'network' && result.status >= 200 && result.status < 300) {
        holders.forEach((_, onSent) => onSent(record.childId));
      }
    }
  }

  function flush(force = false): Promise<void> {
    if (flushing) {
      again ||= force;
      return flushing;
    }
    flushing = run(force).finally(() => {
      flushing = null;
      if (again) {
        again = false;
        void flush(true);
      }
    });
    return flushing;
  }

  const onOnline = () => void flush(true);

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(record) {
      update(enqueue(state, { ...record, key: idempotencyKey() }, Date.now()));
      void flush();
    },
    flush,
    dismiss: (key) => update(dismissRefused(state, key)),
    start(onSent) {
      if (holders.size === 0) {
        window.addEventListener('online', onOnline);
        timer = window.setInterval(() => void flush(), RETRY_TICK_MS);
        void flush();
      }
      holders.set(onSent, (holders.get(onSent) ?? 0) + 1);
      return () => {
        const left = (holders.get(onSent) ?? 1) - 1;
        if (left > 0) holders.set(onSent, left);
        else holders.delete(onSent);
        if (holders.size === 0) {
          window.removeEventListener('online', onOnline);
          window.clearInterval(timer);
        }
      };
    },
  };
}

const queues = new Map<string, TenOneQueue>();

/** The user's queue, the same object for every page of the tab. */
export function queueFor(userId: string): TenOneQueue {
  let queue = queues.get(userId);
  if (!queue) {
    queue = createQueue(userId);
    queues.set(userId, queue);
  }
  return queue;
}
