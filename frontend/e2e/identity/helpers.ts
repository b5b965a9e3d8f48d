import { request as httpRequest } from 'node:http';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { accessToken } from '../fixtures';

// Accounts made here have names of their own, so the demo accounts the other specs share are never
// locked or changed.

export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
export const STRONG = 'Lianzhou oranges ripen 4827';

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

export interface Created {
  account: { id: string; username: string };
  temporary_password: string;
}

/** City staff make an account through the API: it answers the temporary password once. */
export async function createAccount(request: APIRequestContext, body: Record<string, unknown>): Promise<Created> {
  const token = await accessToken(request, 'city');
  const response = await request.post('/api/v1/auth/accounts', {
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Created;
}

/** The account's own password instead of the temporary one, as its owner would set it. */
export async function chooseOwnPassword(request: APIRequestContext, created: Created, password: string): Promise<void> {
  const response = await request.post('/api/v1/auth/password/forced-change', {
    data: { username: created.account.username, current_password: created.temporary_password, new_password: password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * A login attempt from another loopback address (127.x.y.z reaches the gateway on 127.0.0.1). The throttle
 * counts failures per account and per address: failing from an address of its own locks the account
 * without locking 127.0.0.1, from which every other spec logs in.
 */
export function loginFrom(
  address: string,
  baseURL: string,
  username: string,
  password: string,
): Promise<{ status: number; retryAfter: number }> {
  const target = new URL('/api/v1/auth/token', baseURL);
  const body = new URLSearchParams({ grant_type: 'password', username, password }).toString();
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress: address,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const problem = text ? (JSON.parse(text) as { retry_after?: number }) : {};
          resolve({ status: response.statusCode ?? 0, retryAfter: problem.retry_after ?? 0 });
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** A loopback address other than 127.0.0.1, a new one each run (an address stays locked for 15 minutes). */
export const otherAddress = () =>
  `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

export const stored = (page: Page) =>
  page.evaluate(() => ({
    access: sessionStorage.getItem('xq.accessToken'),
    refresh: sessionStorage.getItem('xq.refreshToken'),
  }));
