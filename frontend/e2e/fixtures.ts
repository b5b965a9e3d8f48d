import { readFileSync } from 'node:fs';
import {
  expect,
  test as base,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { sessionPath, statePath, type Role } from './roles';
import { apiToken } from './support';

// Specs start signed in as a demo role: `test.use({ role: 'city' })` for the test's own page, and
// `signedIn(browser, role)` for a tab of another role or size. Why the tests share the access token only,
// and never a refresh token: auth.setup.ts.

type Session = Record<string, string>;

/** A saved token with less than this left is replaced: the longest journey takes two minutes. */
const RENEW_BEFORE_MS = 5 * 60_000;
const sessions = new Map<Role, Session>();

/** The role's session for one more test: the saved one, or a new one from the token endpoint when the
 * saved one is about to expire. Without its refresh token. */
async function sessionOf(role: Role, request: APIRequestContext): Promise<Session> {
  let session = sessions.get(role) ?? (JSON.parse(readFileSync(sessionPath(role), 'utf8')) as Session);
  if (Number(session['xq.expiresAt']) - Date.now() < RENEW_BEFORE_MS) {
    const now = Date.now();
    const { access_token, expires_in } = await apiToken(request, role);
    session = {
      'xq.accessToken': access_token,
      'xq.refreshAt': String(now + expires_in * 800),
      'xq.expiresAt': String(now + expires_in * 1000),
    };
  }
  const { 'xq.refreshToken': _spent, ...shared } = session;
  sessions.set(role, shared);
  return shared;
}

/** A role's access token, for setting things up by API. */
export async function accessToken(request: APIRequestContext, role: Role): Promise<string> {
  return (await sessionOf(role, request))['xq.accessToken'] ?? '';
}

/** Every new tab of the context starts with the role's session in its sessionStorage, once: a tab that logs
 * out stays logged out when reloaded. */
async function signIn(context: BrowserContext, role: Role): Promise<void> {
  const session = await sessionOf(role, context.request);
  await context.addInitScript((entries) => {
    if (!location.origin.startsWith('http') || sessionStorage.getItem('xq.e2e.signedIn')) return;
    for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
    sessionStorage.setItem('xq.e2e.signedIn', '1');
  }, session);
}

/** A new tab signed in as the role, in a context of its own (a phone's, say). */
export async function signedIn(browser: Browser, role: Role, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
    storageState: statePath(role),
  });
  await signIn(context, role);
  return context.newPage();
}

export const test = base.extend<{ role: Role | null }>({
  /** The role the test's own page is signed in as; none: signed out. */
  role: [null, { option: true }],
  storageState: async ({ role, storageState }, use) => {
    await use(role ? statePath(role) : storageState);
  },
  context: async ({ context, role }, use) => {
    if (role) await signIn(context, role);
    await use(context);
  },
  /** Every journey also proves the Content-Security-Policy holds it: Chromium reports each thing the policy
   * refused (an inline script, a style, a chart's image) on the console, and any one fails the test. */
  page: async ({ page }, use) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await use(page);
    expect(refused, 'refused by the Content-Security-Policy').toEqual([]);
  },
});

export { expect };
