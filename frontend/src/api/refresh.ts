// Keeping a session alive: the access token is refreshed silently before it expires, and once more when a
// call is refused with 401. A refresh token is spent on use and presenting it twice looks like theft to the
// gateway (it ends the whole session), so there is never more than one refresh in flight: every caller
// that needs one while it runs waits for the same answer.
import type { Tokens } from './session';

/** The share of an access token's lifetime after which it is refreshed (12 of 15 minutes). */
export const REFRESH_AT = 0.8;
/** A call about to go out this close to the token's expiry waits for a refresh first. */
export const EXPIRY_MARGIN_MS = 10_000;
/** After a refresh that could not reach the gateway, the next try. */
export const RETRY_MS = 30_000;

/** The token endpoint's answer, as far as a session needs it. */
export interface TokenAnswer {
  access_token: string;
  refresh_token?: string | null;
  expires_in: number;
}

export function tokensFrom(answer: TokenAnswer, now: number): Tokens {
  const lifetime = answer.expires_in * 1000;
  return {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token ?? null,
    refreshAt: now + Math.round(lifetime * REFRESH_AT),
    expiresAt: now + lifetime,
  };
}

/** Milliseconds until the tokens are due for a refresh (0: now); null when they cannot be refreshed. */
export function refreshDelay(tokens: Tokens, now: number): number | null {
  if (!tokens.refreshToken || !Number.isFinite(tokens.refreshAt)) return null;
  return Math.max(0, tokens.refreshAt - now);
}

/** Whether a call must wait for a refresh before it goes out: its token is expired or about to be. */
export function needsRefresh(tokens: Tokens, now: number): boolean {
  return (
    tokens.refreshToken !== null && Number.isFinite(tokens.expiresAt) && now >= tokens.expiresAt - EXPIRY_MARGIN_MS
  );
}

/** Runs `task` at most once at a time: whoever calls while it runs gets the running promise. */
export function singleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= task().finally(() => {
      running = null;
    });
    return running;
  };
}

export type Exchange =
  | { kind: 'refreshed'; answer: TokenAnswer }
  /** The gateway refused the refresh token (401): the session is over. */
  | { kind: 'rejected' }
  /** No answer, or one that says nothing about the token (5xx, 429): try again later. */
  | { kind: 'unavailable' };

export interface RefresherDeps {
  getTokens(): Tokens | null;
  /** POST /api/v1/auth/refresh. */
  exchange(refreshToken: string): Promise<Exchange>;
  renew(tokens: Tokens): void;
  /** The session cannot go on: end it as expired. */
  expire(): void;
  now(): number;
}

/**
 * The one refresh: resolves to the new access token, or null when there is none (the session ended, or
 * the gateway could not be reached and the current token stays until it fails).
 */
export function createRefresher(deps: RefresherDeps): () => Promise<string | null> {
  return singleFlight(async () => {
    const current = deps.getTokens();
    if (!current) return null;
    if (!current.refreshToken) {
      deps.expire();
      return null;
    }
    const result = await deps.exchange(current.refreshToken);
    const now = deps.getTokens();
    // Logged out, or logged in afresh, while the refresh was out: its answer belongs to no one.
    if (now?.refreshToken !== current.refreshToken) return now?.accessToken ?? null;
    if (result.kind === 'refreshed') {
      const next = tokensFrom(result.answer, deps.now());
      deps.renew(next);
      return next.accessToken;
    }
    if (result.kind === 'rejected') deps.expire();
    return null;
  });
}

export interface SchedulerDeps {
  getTokens(): Tokens | null;
  refresh(): Promise<string | null>;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

/**
 * Refreshes the session when it falls due. `schedule()` is called whenever the session changes (login,
 * refresh, logout) and when the tab comes back into view (a hidden tab's timers may be held back).
 */
export function createScheduler(deps: SchedulerDeps): { schedule: () => void; stop: () => void } {
  let timer: unknown = null;

  function stop() {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  }

  function later(ms: number) {
    stop();
    timer = deps.setTimer(() => {
      timer = null;
      void run();
    }, ms);
  }

  async function run() {
    const before = deps.getTokens();
    await deps.refresh();
    const after = deps.getTokens();
    // Refreshed: the session's change schedules the next one. Still the same tokens: the gateway could not
    // be reached, so try again in a while.
    if (after !== null && after === before) later(RETRY_MS);
  }

  function schedule() {
    const tokens = deps.getTokens();
    const delay = tokens ? refreshDelay(tokens, deps.now()) : null;
    if (delay === null) stop();
    else later(delay);
  }

  return { schedule, stop };
}
