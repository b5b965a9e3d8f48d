import type { TenOne } from './types';

// The ten-ones written in the field, where the signal comes and goes: each record waits in a queue kept in
// localStorage until the service has it. Its Idempotency-Key is made once, when it is queued, and goes with
// every attempt, so a record whose answer was lost on the way is never written twice.

export interface TenOneBody {
  item: TenOne;
  on: string;
  note: string;
}

export interface QueuedRecord {
  /** The Idempotency-Key: made when the record was queued, the same on every attempt. */
  key: string;
  childId: string;
  childName: string;
  body: TenOneBody;
  queuedAt: number;
  attempts: number;
  /** Not before this instant (ms) unless the person asks to send now or the connection comes back. */
  nextAttemptAt: number;
}

/** A record the service refused (already recorded, invalid): off the queue, shown until dismissed. */
export interface RefusedRecord {
  key: string;
  childName: string;
  item: TenOne;
  on: string;
  reason: Refusal;
  detail?: string;
}

export type Refusal = 'already-recorded' | 'invalid' | 'not-allowed';

export interface QueueState {
  pending: QueuedRecord[];
  refused: RefusedRecord[];
}

export const EMPTY_QUEUE: QueueState = { pending: [], refused: [] };

/** What an attempt came back with: an HTTP status and the problem's `code`, or no answer at all. */
export type AttemptResult = { status: number; code?: string | null; detail?: string | null } | 'network';

export type Decision = { kind: 'sent' } | { kind: 'retry' } | { kind: 'refused'; reason: Refusal };

/**
 * What to do with a record after an attempt. Sent: a 2xx (a first write or the replay of one). Kept for a
 * later attempt: no answer, a server error, a write with the same key still in progress, a lost session, a
 * rate limit. Refused, off the queue: the item is already recorded for the child, the record is invalid,
 * or the child is no longer this volunteer's to record (outside the camp's window).
 */
export function decide(result: AttemptResult): Decision {
  if (result === 'network') return { kind: 'retry' };
  const { status, code } = result;
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status >= 500 || status === 401 || status === 408 || status === 429) return { kind: 'retry' };
  if (status === 409)
    return code === 'already-recorded' ? { kind: 'refused', reason: 'already-recorded' } : retryOr409(code);
  if (status === 422 || status === 400) return { kind: 'refused', reason: 'invalid' };
  return { kind: 'refused', reason: 'not-allowed' };
}

// Another 409 with the same key is a write still under way (`in-progress`, or an unnamed conflict): wait.
function retryOr409(code: string | null | undefined): Decision {
  return code && code !== 'in-progress' && code !== 'idempotency-in-progress'
    ? { kind: 'refused', reason: 'not-allowed' }
    : { kind: 'retry' };
}

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

/** The wait before the next attempt after `attempts` failed ones: 5 s, 10 s, 20 s… up to five minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

export function enqueue(
  state: QueueState,
  record: { key: string; childId: string; childName: string; body: TenOneBody },
  now: number,
): QueueState {
  const queued: QueuedRecord = { ...record, queuedAt: now, attempts: 0, nextAttemptAt: now };
  return { ...state, pending: [...state.pending, queued] };
}

/** The records to try now: those whose wait is over, or all of them when `force` (send now, back online). */
export function dueRecords(state: QueueState, now: number, force = false): QueuedRecord[] {
  return state.pending.filter((record) => force || record.nextAttemptAt <= now);
}

/** The queue after an attempt at the record with this key. */
export function settle(state: QueueState, key: string, result: AttemptResult, now: number): QueueState {
  const record = state.pending.find((candidate) => candidate.key === key);
  if (!record) return state;
  const decision = decide(result);
  const rest = state.pending.filter((candidate) => candidate.key !== key);
  if (decision.kind === 'sent') return { ...state, pending: rest };
  if (decision.kind === 'refused') {
    const detail = result === 'network' ? undefined : (result.detail ?? undefined);
    const refused: RefusedRecord = {
      key,
      childName: record.childName,
      item: record.body.item,
      on: record.body.on,
      reason: decision.reason,
      ...(detail ? { detail } : {}),
    };
    return { pending: rest, refused: [...state.refused, refused] };
  }
  const attempts = record.attempts + 1;
  const retried = { ...record, attempts, nextAttemptAt: now + backoffMs(attempts) };
  return { ...state, pending: state.pending.map((candidate) => (candidate.key === key ? retried : candidate)) };
}

export function dismissRefused(state: QueueState, key: string): QueueState {
  return { ...state, refused: state.refused.filter((record) => record.key !== key) };
}

/** The storage key of a user's queue: a phone shared by two volunteers keeps their records apart. */
export const storageKey = (userId: string) => `xq.volunteers.tenOneQueue.${userId}`;

export function loadQueue(storage: Pick<Storage, 'getItem'>, userId: string): QueueState {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey(userId)) ?? 'null') as Partial<QueueState> | null;
    if (!parsed || !Array.isArray(parsed.pending)) return EMPTY_QUEUE;
    return { pending: parsed.pending, refused: Array.isArray(parsed.refused) ? parsed.refused : [] };
  } catch {
    return EMPTY_QUEUE;
  }
}

export function saveQueue(storage: Pick<Storage, 'setItem' | 'removeItem'>, userId: string, state: QueueState): void {
  if (state.pending.length === 0 && state.refused.length === 0) storage.removeItem(storageKey(userId));
  else storage.setItem(storageKey(userId), JSON.stringify(state));
}
