import createClient, { type Middleware } from 'openapi-fetch';
import { takeEarlyAnswer } from './early';
import type { paths as GatewayPaths } from './generated/gateway';
import type { paths as LoansPaths } from './generated/loans';
import type { paths as ProductsPaths } from './generated/products';
import type { paths as TrainingPaths } from './generated/training';
import type { paths as VolunteersPaths } from './generated/volunteers';
import { createRefresher, createScheduler, needsRefresh, type Exchange } from './refresh';
import { endSession, getToken, getTokens, renewSession, subscribe } from './session';

export const TOKEN_PATH = '/api/v1/auth/token';
const REFRESH_PATH = '/api/v1/auth/refresh';

/** Calls that carry no token: credentials, a refresh token or a registration code instead, or none at all
 * (the public page of unsold-produce notices, opened from WeChat links by people with no account). A 401
 * from them is an answer about what was sent, never about the session. */
const PUBLIC_PATHS = new Set<string>([
  TOKEN_PATH,
  REFRESH_PATH,
  '/api/v1/auth/password/forced-change',
  '/api/v1/auth/registrations',
  '/api/v1/auth/registrations/{registration_id}/confirm',
  '/api/v1/products/public/notices',
  '/api/v1/products/public/notices/{notice_id}',
  '/api/v1/products/public/notices/{notice_id}/inquiries',
  // A training certificate's public check (/verify), for anyone holding its number.
  '/api/v1/training/certificates/{number}',
  // A volunteer hours certificate's public check (/verify-hours).
  '/api/v1/volunteers/certificates/{number}',
]);

/** Calls with a token whose 401 is not about the token: a wrong current password, a session that is being
 * ended anyway. They are neither retried nor end the session. */
const OWN_401_PATHS = new Set<string>(['/api/v1/auth/password', '/api/v1/auth/logout']);

// The refresh itself goes out without the middleware below (it carries no access token, and a 401 from it
// must not start another refresh).
const bare = createClient<GatewayPaths>({ baseUrl: '' });

async function exchange(refreshToken: string): Promise<Exchange> {
  try {
    const { data, response } = await bare.POST(REFRESH_PATH, { body: { refresh_token: refreshToken } });
    if (data) return { kind: 'refreshed', answer: data };
    return response.status === 400 || response.status === 401 ? { kind: 'rejected' } : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Refreshes the session now (one refresh at a time, however many callers): the new access token or null. */
export const refreshSession = createRefresher({
  getTokens,
  exchange,
  renew: renewSession,
  expire: () => endSession('expired'),
  now: Date.now,
});

const scheduler = createScheduler({
  getTokens,
  refresh: refreshSession,
  now: Date.now,
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (timer) => window.clearTimeout(timer as number),
});

/** Refreshes the access token silently before it expires, for as long as the tab keeps the session. */
export function keepSessionFresh(): void {
  subscribe(scheduler.schedule);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') scheduler.schedule();
  });
  scheduler.schedule();
}

const bearer = (request: Request) => request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;

// A copy of each call that may be repeated once after a refresh, by openapi-fetch's request id: the
// original's body is spent by then.
const repeatable = new Map<string, Request>();

/**
 * Adds the bearer token, refreshing it first when it is about to expire. A 401 on any other call is met
 * with one refresh (unless another call has refreshed meanwhile) and the call is repeated once; when that
 * fails too, the session ends as expired and RequireAuth sends the user to /login.
 */
const auth: Middleware = {
  async onRequest({ request, schemaPath, id }) {
    if (PUBLIC_PATHS.has(schemaPath)) return request;
    const tokens = getTokens();
    if (tokens && needsRefresh(tokens, Date.now())) await refreshSession();
    const token = getToken();
    if (!token) return request;
    request.headers.set('Authorization', `Bearer ${token}`);
    if (!OWN_401_PATHS.has(schemaPath)) repeatable.set(id, request.clone());
    // The first page's first calls, asked for by index.html before this code arrived: that answer, if it came.
    const early = takeEarlyAnswer(request, Date.now());
    return (early && (await early.catch(() => null))) || request;
  },
  async onResponse({ request, response, id }) {
    const copy = repeatable.get(id);
    repeatable.delete(id);
    if (response.status !== 401 || !copy) return response;
    let token = getToken();
    if (token !== null && token === bearer(request)) token = await refreshSession();
    // No token: the refresh was refused (and the session ended) or the gateway could not be reached.
    if (token === null) return response;
    copy.headers.set('Authorization', `Bearer ${token}`);
    const again = await fetch(copy);
    if (again.status === 401) endSession('expired');
    return again;
  },
  onError({ id }) {
    repeatable.delete(id);
  },
};

function client<Paths extends {}>() {
  // Same origin: the gateway serves both the SPA and /api/v1.
  const api = createClient<Paths>({ baseUrl: '' });
  api.use(auth);
  return api;
}

export const gatewayApi = client<GatewayPaths>();
export const loansApi = client<LoansPaths>();
export const productsApi = client<ProductsPaths>();
export const trainingApi = client<TrainingPaths>();
export const volunteersApi = client<VolunteersPaths>();
