// The access token lives in sessionStorage: it dies with the tab, and every tab logs in on its own.

const TOKEN_KEY = 'xq.accessToken';

export type SessionEnd = 'logout' | 'expired';

type Listener = () => void;
const listeners = new Set<Listener>();
let lastEnd: SessionEnd | null = null;

function read(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

let token: string | null = read();

function emit() {
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return token;
}

export function startSession(accessToken: string): void {
  token = accessToken;
  lastEnd = null;
  sessionStorage.setItem(TOKEN_KEY, accessToken);
  emit();
}

export function endSession(reason: SessionEnd): void {
  if (token === null) return;
  token = null;
  lastEnd = reason;
  sessionStorage.removeItem(TOKEN_KEY);
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
