import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD } from './roles';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Logs in through the login page: for the tests about logging in and sessions; the others start signed in
 * (fixtures.ts). */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A new session for an account, straight from the token endpoint (one argon2 check). */
export async function apiToken(
  request: APIRequestContext,
  username: string,
  password = DEMO_PASSWORD,
): Promise<{ access_token: string; expires_in: number }> {
  const response = await request.post('/api/v1/auth/token', { form: { grant_type: 'password', username, password } });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { access_token: string; expires_in: number };
}

/** Attaches a screenshot (the whole page unless told otherwise) to the test report and keeps a copy in
 * e2e/screenshots/. */
export async function snap(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Let drawers and menus finish opening: a picture mid-transition shows half a page.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        // A cancelled animation rejects its promise: it is over all the same.
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const body = await page.screenshot({ fullPage, path: `${SCREENSHOTS}${name}.png` });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}
