// The session lives in sessionStorage: it dies with the tab, and every tab logs in on its own. It holds the
// access token (15 minutes), the refresh token (spent on use: each refresh answers the next one) and, by
// this tab's clock, when to refresh the access token and when it expires.

const KEYS = {
  access: 'xq.accessToken',
  refresh: 'xq.refreshToken',
  refreshAt: 'xq.refreshAt',
  expiresAt: 'xq.expiresAt',
} as const;

export interface Tokens {
  accessToken: string;
  /** Null for a session without one: it ends when the access token does. */
  refreshToken: string | null;
  /** Epoch milliseconds by this tab's clock; NaN when unknown. */
  refreshAt: number;
  expiresAt: number;
}

export type SessionEnd = 'logout' | 'expired';

type Listener = () => void;
const listeners = new Set<Listener>();
let lastEnd: SessionEnd | null = null;

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

function read(): Tokens | null {
  const store = storage();
  const accessToken = store?.getItem(KEYS.access);
  if (!store || !accessToken) return null;
  return {
    accessToken,
    refreshToken: store.getItem(KEYS.refresh) || null,
    refreshAt: Number(store.getItem(KEYS.refreshAt) ?? Number.NaN),
    expiresAt: Number(store.getItem(KEYS.expiresAt) ?? Number.NaN),
  };
}

function write(next: Tokens | null): void {
  const store = storage();
  if (!store) return;
  if (next === null) {
    for (const key of Object.values(KEYS)) store.removeItem(key);
    return;
  }
  store.setItem(KEYS.access, next.accessToken);
  if (next.refreshToken) store.setItem(KEYS.refresh, next.refreshToken);
  else store.removeItem(KEYS.refresh);
  store.setItem(KEYS.refreshAt, String(next.refreshAt));
  store.setItem(KEYS.expiresAt, String(next.expiresAt));
}

let tokens: Tokens | null = read();

function emit() {
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return tokens?.accessToken ?? null;
}

export function getTokens(): Tokens | null {
  return tokens;
}

/** A login: the first tokens of a session. */
export function startSession(next: Tokens): void {
  tokens = next;
  lastEnd = null;
  write(next);
  emit();
}

/** A refresh: the same session's next tokens. */
export function renewSession(next: Tokens): void {
  if (tokens === null) return;
  tokens = next;
  write(next);
  emit();
}

/** Ends the session here (the server's side is the caller's business); remembers why. */
export function endSession(reason: SessionEnd): void {
  lastEnd = reason;
  if (tokens === null) return;
  tokens = null;
  write(null);
  emit();
}

/** Why the last session ended, so the login page can say "your session expired". */
export function lastSessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
