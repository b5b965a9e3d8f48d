import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createRefresher,
  createScheduler,
  needsRefresh,
  refreshDelay,
  RETRY_MS,
  singleFlight,
  tokensFrom,
  type Exchange,
} from './refresh';
import type { Tokens } from './session';

const T0 = 1_800_000_000_000;

function answer(n: number) {
  return { access_token: `access-${n}`, refresh_token: `refresh-${n}`, expires_in: 900 };
}

/** A session store and a gateway that answers refresh-1 with refresh-2 and so on, spending each token once. */
function fakeSession(first: Tokens | null = tokensFrom(answer(1), T0)) {
  let tokens = first;
  const spent = new Set<string>();
  const log: string[] = [];
  let reply: (refreshToken: string) => Exchange = (token) => {
    if (spent.has(token)) return { kind: 'rejected' };
    spent.add(token);
    return { kind: 'refreshed', answer: answer(Number(token.split('-')[1]) + 1) };
  };
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const deps = {
    getTokens: () => tokens,
    exchange: vi.fn(async (token: string) => {
      log.push(`exchange ${token}`);
      await gate;
      return reply(token);
    }),
    renew: vi.fn((next: Tokens) => {
      tokens = next;
    }),
    expire: vi.fn(() => {
      tokens = null;
    }),
    now: () => T0 + 700_000,
  };
  return {
    deps,
    log,
    set tokens(next: Tokens | null) {
      tokens = next;
    },
    replyWith(fn: (token: string) => Exchange) {
      reply = fn;
    },
    /** Holds every exchange until `open()`. */
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    open: () => release(),
  };
}

describe('tokensFrom', () => {
  it('schedules the refresh at 80% of the lifetime and remembers the expiry', () => {
    expect(tokensFrom(answer(1), T0)).toEqual({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      refreshAt: T0 + 720_000,
      expiresAt: T0 + 900_000,
    });
  });

  it('keeps a missing refresh token as null', () => {
    expect(tokensFrom({ access_token: 'a', expires_in: 60 }, T0).refreshToken).toBeNull();
  });
});

describe('refreshDelay and needsRefresh', () => {
  const tokens = tokensFrom(answer(1), T0);

  it('waits until the refresh falls due, then not at all', () => {
    expect(refreshDelay(tokens, T0)).toBe(720_000);
    expect(refreshDelay(tokens, T0 + 720_000)).toBe(0);
    expect(refreshDelay(tokens, T0 + 5_000_000)).toBe(0);
  });

  it('does not schedule what cannot be refreshed', () => {
    expect(refreshDelay({ ...tokens, refreshToken: null }, T0)).toBeNull();
    expect(refreshDelay({ ...tokens, refreshAt: Number.NaN }, T0)).toBeNull();
  });

  it('holds a call back only when its token is about to expire', () => {
    expect(needsRefresh(tokens, T0 + 800_000)).toBe(false);
    expect(needsRefresh(tokens, T0 + 891_000)).toBe(true);
    expect(needsRefresh(tokens, T0 + 2_000_000)).toBe(true);
    expect(needsRefresh({ ...tokens, expiresAt: Number.NaN }, T0 + 2_000_000)).toBe(false);
  });
});

describe('singleFlight', () => {
  it('shares one run between callers and starts afresh once it is over', async () => {
    let runs = 0;
    const once = singleFlight(async () => ++runs);
    const [a, b] = await Promise.all([once(), once()]);
    expect([a, b]).toEqual([1, 1]);
    expect(await once()).toBe(2);
  });

  it('lets the next caller try again after a failure', async () => {
    let runs = 0;
    const once = singleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error('down');
      return runs;
    });
    await expect(once()).rejects.toThrow('down');
    expect(await once()).toBe(2);
  });
});

describe('createRefresher', () => {
  it('spends the refresh token once however many calls need a new access token', async () => {
    const session = fakeSession();
    const refresh = createRefresher(session.deps);
    session.hold();
    const waiting = [refresh(), refresh(), refresh()];
    session.open();
    expect(await Promise.all(waiting)).toEqual(['access-2', 'access-2', 'access-2']);
    expect(session.log).toEqual(['exchange refresh-1']);
    expect(session.deps.renew).toHaveBeenCalledWith({
      accessToken: 'access-2',
      refreshToken: 'refresh-2',
      refreshAt: T0 + 700_000 + 720_000,
      expiresAt: T0 + 700_000 + 900_000,
    });
  });

  it('presents the new refresh token next time, never the spent one', async () => {
    const session = fakeSession();
    const refresh = createRefresher(session.deps);
    await refresh();
    expect(await refresh()).toBe('access-3');
    expect(session.log).toEqual(['exchange refresh-1', 'exchange refresh-2']);
    expect(session.deps.expire).not.toHaveBeenCalled();
  });

  it('ends the session when the gateway refuses the refresh token', async () => {
    const session = fakeSession();
    session.replyWith(() => ({ kind: 'rejected' }));
    expect(await createRefresher(session.deps)()).toBeNull();
    expect(session.deps.expire).toHaveBeenCalledOnce();
  });

  it('keeps the session when the gateway cannot be reached', async () => {
    const session = fakeSession();
    session.replyWith(() => ({ kind: 'unavailable' }));
    expect(await createRefresher(session.deps)()).toBeNull();
    expect(session.deps.expire).not.toHaveBeenCalled();
    expect(session.deps.getTokens()?.accessToken).toBe('access-1');
  });

  it('ends a session that has no refresh token without asking the gateway', async () => {
    const session = fakeSession({ ...tokensFrom(answer(1), T0), refreshToken: null });
    expect(await createRefresher(session.deps)()).toBeNull();
    expect(session.deps.exchange).not.toHaveBeenCalled();
    expect(session.deps.expire).toHaveBeenCalledOnce();
  });

  it('does nothing without a session', async () => {
    const session = fakeSession(null);
    expect(await createRefresher(session.deps)()).toBeNull();
    expect(session.deps.exchange).not.toHaveBeenCalled();
  });

  it('drops an answer that arrives after a logout', async () => {
    const session = fakeSession();
    const refresh = createRefresher(session.deps);
    session.hold();
    const pending = refresh();
    session.tokens = null;
    session.open();
    expect(await pending).toBeNull();
    expect(session.deps.renew).not.toHaveBeenCalled();
  });
});

describe('createScheduler', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function scheduled(first: Tokens | null, now = T0) {
    vi.useFakeTimers({ now });
    const session = fakeSession(first);
    const refresh = createRefresher({ ...session.deps, now: Date.now });
    const scheduler = createScheduler({
      getTokens: session.deps.getTokens,
      refresh,
      now: Date.now,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    });
    // As keepSessionFresh does: every change of the session schedules again.
    session.deps.renew.mockImplementation((next: Tokens) => {
      session.tokens = next;
      scheduler.schedule();
    });
    return { session, scheduler };
  }

  it('refreshes at 80% of the lifetime, and again 80% into the next one', async () => {
    const { session, scheduler } = scheduled(tokensFrom(answer(1), T0));
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(719_000);
    expect(session.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.log).toEqual(['exchange refresh-1']);
    await vi.advanceTimersByTimeAsync(720_000);
    expect(session.log).toEqual(['exchange refresh-1', 'exchange refresh-2']);
  });

  it('refreshes at once when the tab comes back after the time has passed', async () => {
    const { session, scheduler } = scheduled(tokensFrom(answer(1), T0), T0 + 3_600_000);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.log).toEqual(['exchange refresh-1']);
  });

  it('schedules once however often it is asked to', async () => {
    const { session, scheduler } = scheduled(tokensFrom(answer(1), T0));
    scheduler.schedule();
    scheduler.schedule();
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(720_000);
    expect(session.log).toEqual(['exchange refresh-1']);
  });

  it('tries again later when the gateway cannot be reached', async () => {
    const { session, scheduler } = scheduled(tokensFrom(answer(1), T0));
    session.replyWith(() => ({ kind: 'unavailable' }));
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(720_000);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(session.log).toEqual(['exchange refresh-1', 'exchange refresh-1']);
  });

  it('stops after a logout', async () => {
    const { session, scheduler } = scheduled(tokensFrom(answer(1), T0));
    scheduler.schedule();
    session.tokens = null;
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(2_000_000);
    expect(session.log).toEqual([]);
  });
});
