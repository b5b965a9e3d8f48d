import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The middleware against a fake gateway: each access token is valid until the gateway says otherwise, each
// refresh token works once.

interface Gateway {
  valid: Set<string>;
  spent: Set<string>;
  refreshes: string[];
  calls: { path: string; token: string | null }[];
  refreshAnswer?: () => Response;
}

let gateway: Gateway;
let serial = 1;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

const unauthorized = () =>
  json(401, { type: 'https://xiangqing.example/problems/unauthorized', title: 'Authentication required', status: 401 });

async function fakeFetch(input: RequestInfo | URL): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input);
  const path = new URL(request.url).pathname;
  const token = request.headers.get('Authorization')?.replace('Bearer ', '') ?? null;
  gateway.calls.push({ path, token });
  if (path === '/api/v1/auth/refresh') {
    if (gateway.refreshAnswer) return gateway.refreshAnswer();
    const { refresh_token: presented } = (await request.json()) as { refresh_token: string };
    gateway.refreshes.push(presented);
    if (gateway.spent.has(presented) || !presented.startsWith('refresh-')) return unauthorized();
    gateway.spent.add(presented);
    serial += 1;
    gateway.valid.add(`access-${serial}`);
    return json(200, { access_token: `access-${serial}`, refresh_token: `refresh-${serial}`, expires_in: 900 });
  }
  if (path === '/api/v1/auth/password') return unauthorized(); // a wrong current password
  if (!token || !gateway.valid.has(token)) return unauthorized();
  if (path === '/api/v1/auth/me') return json(200, { id: 'u1', username: 'city', role: 'city_staff' });
  if (path === '/api/v1/loans/banks' && request.method === 'POST') {
    const body = (await request.json()) as { name: string };
    return json(201, { id: 'b1', name: body.name });
  }
  return json(404, { title: 'Not found', status: 404 });
}

/** A fresh copy of the client and session modules over a stored session. */
async function load(stored: { access: string; refresh: string | null; expiresAt?: number }) {
  sessionStorage.clear();
  sessionStorage.setItem('xq.accessToken', stored.access);
  if (stored.refresh) sessionStorage.setItem('xq.refreshToken', stored.refresh);
  const expiresAt = stored.expiresAt ?? Date.now() + 900_000;
  sessionStorage.setItem('xq.expiresAt', String(expiresAt));
  sessionStorage.setItem('xq.refreshAt', String(expiresAt - 180_000));
  vi.resetModules();
  const client = await import('./client');
  const session = await import('./session');
  return { ...client, ...session };
}

beforeEach(() => {
  serial = 1;
  gateway = { valid: new Set(['access-1']), spent: new Set(), refreshes: [], calls: [] };
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('sends the bearer token', async () => {
    const { gatewayApi } = await load({ access: 'access-1', refresh: 'refresh-1' });
    const { data } = await gatewayApi.GET('/api/v1/auth/me');
    expect(data?.username).toBe('city');
    expect(gateway.calls).toEqual([{ path: '/api/v1/auth/me', token: 'access-1' }]);
  });

  it('meets a 401 with one refresh and repeats the call with the new token', async () => {
    const { gatewayApi, getTokens, lastSessionEnd } = await load({ access: 'stale', refresh: 'refresh-1' });
    const { data } = await gatewayApi.GET('/api/v1/auth/me');
    expect(data?.username).toBe('city');
    expect(gateway.refreshes).toEqual(['refresh-1']);
    expect(gateway.calls.map((call) => call.token)).toEqual(['stale', null, 'access-2']);
    expect(getTokens()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
    expect(sessionStorage.getItem('xq.refreshToken')).toBe('refresh-2');
    expect(lastSessionEnd()).toBeNull();
  });

  it('repeats a write with its body', async () => {
    const { loansApi } = await load({ access: 'stale', refresh: 'refresh-1' });
    const { data } = await loansApi.POST('/api/v1/loans/banks', {
      body: { name: '清远农商银行', bank_type: 'rural_commercial', branches: [] },
    });
    expect(data?.name).toBe('清远农商银行');
  });

  it('refreshes once for several calls refused at the same time', async () => {
    const { gatewayApi } = await load({ access: 'stale', refresh: 'refresh-1' });
    const answers = await Promise.all([1, 2, 3].map(() => gatewayApi.GET('/api/v1/auth/me')));
    expect(answers.every((answer) => answer.data?.username === 'city')).toBe(true);
    expect(gateway.refreshes).toEqual(['refresh-1']);
  });

  it('ends the session as expired when the refresh token is refused', async () => {
    const { gatewayApi, getToken, lastSessionEnd } = await load({ access: 'stale', refresh: 'spent-token' });
    const { response } = await gatewayApi.GET('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(getToken()).toBeNull();
    expect(lastSessionEnd()).toBe('expired');
    expect(sessionStorage.getItem('xq.refreshToken')).toBeNull();
  });

  it('keeps the session when the gateway cannot refresh for now', async () => {
    const { gatewayApi, getToken } = await load({ access: 'stale', refresh: 'refresh-1' });
    gateway.refreshAnswer = () => json(503, { title: 'Service unavailable', status: 503 });
    const { response } = await gatewayApi.GET('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(getToken()).toBe('stale');
  });

  it('refreshes before a call whose token is about to expire', async () => {
    const { gatewayApi } = await load({ access: 'access-1', refresh: 'refresh-1', expiresAt: Date.now() + 5_000 });
    await gatewayApi.GET('/api/v1/auth/me');
    expect(gateway.calls.map((call) => [call.path, call.token])).toEqual([
      ['/api/v1/auth/refresh', null],
      ['/api/v1/auth/me', 'access-2'],
    ]);
  });

  it('takes a 401 from the password change as a wrong password, not an expired session', async () => {
    const { gatewayApi, getToken } = await load({ access: 'access-1', refresh: 'refresh-1' });
    const { response } = await gatewayApi.POST('/api/v1/auth/password', {
      body: { current_password: 'wrong', new_password: 'a-new-password-2026' },
    });
    expect(response.status).toBe(401);
    expect(gateway.refreshes).toEqual([]);
    expect(getToken()).toBe('access-1');
  });

  it('sends no token with a login and never refreshes on its 401', async () => {
    const { gatewayApi, getToken } = await load({ access: 'access-1', refresh: 'refresh-1' });
    await gatewayApi.POST('/api/v1/auth/password/forced-change', {
      body: { username: 'x', current_password: 'y', new_password: 'z-long-enough' },
    });
    expect(gateway.calls[0]?.token).toBeNull();
    expect(gateway.refreshes).toEqual([]);
    expect(getToken()).toBe('access-1');
  });

  it('sends no token to the public notices, even from a tab whose session is about to expire', async () => {
    const { productsApi, getToken } = await load({
      access: 'access-1',
      refresh: 'refresh-1',
      expiresAt: Date.now() + 5_000,
    });
    await productsApi.GET('/api/v1/products/public/notices/{notice_id}', { params: { path: { notice_id: 'n1' } } });
    await productsApi.POST('/api/v1/products/public/notices/{notice_id}/inquiries', {
      params: { path: { notice_id: 'n1' } },
      body: { name: '李经理', mobile: '13900000000', message: '想采购' },
    });
    expect(gateway.calls.map((call) => [call.path, call.token])).toEqual([
      ['/api/v1/products/public/notices/n1', null],
      ['/api/v1/products/public/notices/n1/inquiries', null],
    ]);
    expect(gateway.refreshes).toEqual([]);
    expect(getToken()).toBe('access-1');
  });
});
