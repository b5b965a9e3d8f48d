import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  decide,
  dismissRefused,
  dueRecords,
  EMPTY_QUEUE,
  enqueue,
  loadQueue,
  saveQueue,
  settle,
  storageKey,
  type QueueState,
} from './tenOneQueue';

const T0 = 1_800_000_000_000;
const visit = { item: 'home_visit' as const, on: '2026-07-20', note: '奶奶在家' };
const queued = (key = 'key-1') => enqueue(EMPTY_QUEUE, { key, childId: 'child-1', childName: '小明', body: visit }, T0);

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('enqueue', () => {
  it('queues the record with its key, due at once', () => {
    const state = queued();
    expect(state.pending).toHaveLength(1);
    expect(state.pending[0]).toMatchObject({ key: 'key-1', attempts: 0, nextAttemptAt: T0, body: visit });
    expect(dueRecords(state, T0)).toHaveLength(1);
  });

  it('keeps the records already queued', () => {
    const state = enqueue(queued('a'), { key: 'b', childId: 'child-2', childName: '小红', body: visit }, T0 + 1);
    expect(state.pending.map((record) => record.key)).toEqual(['a', 'b']);
  });
});

describe('decide', () => {
  it('takes a 201 or a replay as sent', () => {
    expect(decide({ status: 201 })).toEqual({ kind: 'sent' });
    expect(decide({ status: 200 })).toEqual({ kind: 'sent' });
  });

  it('retries when there was no answer, a server error, or the same write still in progress', () => {
    expect(decide('network').kind).toBe('retry');
    expect(decide({ status: 502 }).kind).toBe('retry');
    expect(decide({ status: 503 }).kind).toBe('retry');
    expect(decide({ status: 409, code: 'in-progress' }).kind).toBe('retry');
    expect(decide({ status: 409 }).kind).toBe('retry');
    expect(decide({ status: 401 }).kind).toBe('retry');
    expect(decide({ status: 429 }).kind).toBe('retry');
  });

  it('drops an item already recorded or an invalid record with its reason', () => {
    expect(decide({ status: 409, code: 'already-recorded' })).toEqual({ kind: 'refused', reason: 'already-recorded' });
    expect(decide({ status: 422 })).toEqual({ kind: 'refused', reason: 'invalid' });
    expect(decide({ status: 404 })).toEqual({ kind: 'refused', reason: 'not-allowed' });
    expect(decide({ status: 403 })).toEqual({ kind: 'refused', reason: 'not-allowed' });
  });
});

describe('settle', () => {
  it('removes a sent record', () => {
    expect(settle(queued(), 'key-1', { status: 201 }, T0).pending).toEqual([]);
  });

  it('keeps the same key across retries and waits longer each time', () => {
    let state: QueueState = queued();
    state = settle(state, 'key-1', 'network', T0);
    expect(state.pending[0]).toMatchObject({ key: 'key-1', attempts: 1, nextAttemptAt: T0 + 5_000 });
    expect(dueRecords(state, T0 + 1_000)).toEqual([]);
    state = settle(state, 'key-1', { status: 503 }, T0 + 5_000);
    expect(state.pending[0]).toMatchObject({ key: 'key-1', attempts: 2, nextAttemptAt: T0 + 15_000 });
    expect(state.pending[0]?.body).toEqual(visit);
  });

  it('sends a waiting record at once when forced (send now, back online)', () => {
    const state = settle(queued(), 'key-1', 'network', T0);
    expect(dueRecords(state, T0 + 1, true).map((record) => record.key)).toEqual(['key-1']);
  });

  it('moves a refused record off the queue with the reason, until dismissed', () => {
    const state = settle(queued(), 'key-1', { status: 409, code: 'already-recorded', detail: '已记录' }, T0);
    expect(state.pending).toEqual([]);
    expect(state.refused).toEqual([
      {
        key: 'key-1',
        childName: '小明',
        item: 'home_visit',
        on: '2026-07-20',
        reason: 'already-recorded',
        detail: '已记录',
      },
    ]);
    expect(dismissRefused(state, 'key-1').refused).toEqual([]);
  });

  it('ignores an answer for a record no longer queued', () => {
    const state = queued();
    expect(settle(state, 'other', { status: 201 }, T0)).toBe(state);
  });
});

describe('backoffMs', () => {
  it('doubles from five seconds and stops at five minutes', () => {
    expect(backoffMs(1)).toBe(5_000);
    expect(backoffMs(2)).toBe(10_000);
    expect(backoffMs(4)).toBe(40_000);
    expect(backoffMs(20)).toBe(300_000);
  });
});

describe('persistence', () => {
  it('saves and loads the queue per user', () => {
    const storage = memoryStorage();
    saveQueue(storage, 'user-1', queued());
    expect(storage.data.has(storageKey('user-1'))).toBe(true);
    expect(loadQueue(storage, 'user-1').pending[0]?.key).toBe('key-1');
    expect(loadQueue(storage, 'user-2')).toEqual(EMPTY_QUEUE);
  });

  it('forgets an empty queue and survives a damaged one', () => {
    const storage = memoryStorage();
    saveQueue(storage, 'user-1', queued());
    saveQueue(storage, 'user-1', EMPTY_QUEUE);
    expect(storage.data.size).toBe(0);
    storage.setItem(storageKey('user-1'), '{not json');
    expect(loadQueue(storage, 'user-1')).toEqual(EMPTY_QUEUE);
  });
});
