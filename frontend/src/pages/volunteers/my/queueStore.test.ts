import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendTenOne } from './api';
import { queueFor } from './queueStore';
import type { AttemptResult } from './tenOneQueue';

vi.mock('./api', () => ({ sendTenOne: vi.fn() }));
const send = vi.mocked(sendTenOne);
const visit = { item: 'home_visit' as const, on: '2026-07-20', note: '' };
const online = (value: boolean) => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value);
let user = 0;

beforeEach(() => {
  localStorage.clear();
  send.mockReset();
  user += 1;
});
afterEach(() => vi.restoreAllMocks());

describe('the ten-ones queue on the phone', () => {
  it('sends a record at once when online and forgets it on a 201', async () => {
    online(true);
    send.mockResolvedValue({ status: 201 });
    const queue = queueFor(`user-${user}`);
    queue.add({ childId: 'c1', childName: '小明', body: visit });
    await queue.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.state().pending).toEqual([]);
  });

  it('keeps a record made offline, then sends it with the same key when the connection is back', async () => {
    online(false);
    const queue = queueFor(`user-${user}`);
    const release = queue.start(() => undefined);
    queue.add({ childId: 'c1', childName: '小明', body: visit });
    await queue.flush(true);
    expect(send).not.toHaveBeenCalled();
    const key = queue.state().pending[0]?.key;
    expect(localStorage.getItem(`xq.volunteers.tenOneQueue.user-${user}`)).toContain(key);

    online(true);
    const answers: AttemptResult[] = ['network', { status: 503 }, { status: 201 }];
    send.mockImplementation(() => Promise.resolve(answers.shift() ?? { status: 201 }));
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await queue.flush(true);
    await queue.flush(true);
    expect(send.mock.calls.map((call) => call[2])).toEqual([key, key, key]);
    expect(queue.state().pending).toEqual([]);
    expect(localStorage.getItem(`xq.volunteers.tenOneQueue.user-${user}`)).toBeNull();
    release();
  });

  it('drops a record already recorded and says why', async () => {
    online(true);
    send.mockResolvedValue({ status: 409, code: 'already-recorded', detail: null });
    const queue = queueFor(`user-${user}`);
    queue.add({ childId: 'c1', childName: '小明', body: visit });
    await queue.flush();
    expect(queue.state().pending).toEqual([]);
    expect(queue.state().refused[0]?.reason).toBe('already-recorded');
  });
});
