import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './roles';
import { logIn, snap } from './support';

test('a wrong password shows the error and stays on the login page', async ({ page }, testInfo) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('city');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();

  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await snap(page, testInfo, 'login-bad-password');
});

test('a visitor who is not logged in is sent to the login page', async ({ page }) => {
  await page.goto('/products');
  await expect(page).toHaveURL(/\/login$/);
});

test('a session the server no longer accepts sends the user back to log in', async ({ page }) => {
  await logIn(page, 'city');
  // Neither the access token nor the refresh token is accepted any more (the session was revoked).
  await page.evaluate(() => {
    sessionStorage.setItem('xq.accessToken', 'expired-or-revoked');
    sessionStorage.setItem('xq.refreshToken', 'revoked-refresh-token');
  });
  await page.goto('/training/sessions');

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('登录已过期，请重新登录')).toBeVisible();

  // Logging in again returns to the page the user asked for.
  await page.getByLabel('用户名').fill('city');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/training\/sessions$/);
});

test('the login page switches to English and remembers the choice', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Username')).toBeVisible();
});

test('the language switch works from the keyboard', async ({ page }) => {
  await page.goto('/login');
  // The first field takes the focus once the page is there; the switch is just before it.
  await expect(page.getByLabel('用户名')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('language-switch').getByRole('radio', { name: '中文' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('language-switch').getByRole('radio', { name: 'English' })).toBeChecked();
});

test('the login page downloads neither the charts nor the public market', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => /echarts|PublicNotice/.test(path))).toEqual([]);
});
