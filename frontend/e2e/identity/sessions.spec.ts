import { expect, test } from '@playwright/test';
import { logIn, snap } from '../support';
import { PHONE, STRONG, unique, createAccount, chooseOwnPassword, loginFrom, stored } from './helpers';

// Sessions: a lock that tells nothing, silent refresh, logout, and one's own devices.

test('an account locked at this address sees the lock message, which does not tell whether the password was right', async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  // Ten failures with waits of 2, 4, 8, 16 and 32 s between the last ones: about a minute.
  test.setTimeout(180_000);
  const created = await createAccount(request, {
    username: unique('e2e-lock'),
    display_name: '锁定测试 E2E',
    role: 'volunteer',
  });
  await chooseOwnPassword(request, created, STRONG);
  const username = created.account.username;

  // Locks are per (account, address): the guesses come from the browser's own address, so the browser is
  // locked out too. (An address's own thresholds are higher, 20 and 50: these ten do not slow the other specs.)
  const address = '127.0.0.1';
  let locked = 0;
  for (let attempt = 0; attempt < 40 && locked === 0; attempt += 1) {
    const answer = await loginFrom(address, baseURL ?? '', username, 'not the password at all');
    if (answer.status === 429 && answer.retryAfter > 60) locked = answer.retryAfter;
    else if (answer.status === 429) await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000));
    else expect(answer.status).toBe(401);
  }
  expect(locked).toBeGreaterThan(14 * 60);

  for (const [device, size] of [
    ['1366', {}],
    ['375', PHONE],
  ] as const) {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...size });
    const page = await context.newPage();
    const messages: string[] = [];
    // The right password and a wrong one get the same answer while the lock lasts.
    for (const password of [STRONG, 'still not the password']) {
      await page.goto('/login');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      const alert = page.getByTestId('login-error');
      await expect(alert).toContainText('登录失败次数过多，账号已暂时锁定，请 15 分钟后再试');
      await expect(page).toHaveURL(/\/login$/);
      messages.push((await alert.textContent()) ?? '');
    }
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).not.toContain('密码错误');
    await snap(page, testInfo, `identity-locked-${device}`);
    await context.close();
  }
});

test('a session whose access token has expired refreshes without losing the page', async ({ page }, testInfo) => {
  await logIn(page, 'city');
  await page.goto('/training/sessions?level=county&size=50');
  await expect(page.getByRole('row').nth(1)).toContainText('县级');
  const before = await stored(page);
  expect(before.refresh).toBeTruthy();

  // The gateway no longer accepts the access token (as when it has expired); the refresh token still works.
  await page.evaluate(() => sessionStorage.setItem('xq.accessToken', 'expired-or-revoked'));
  await page.reload();

  await expect(page).toHaveURL(/\/training\/sessions\?level=county&size=50$/);
  await expect(page.getByRole('row').nth(1)).toContainText('县级');
  await expect(page.getByText('登录已过期，请重新登录')).toHaveCount(0);
  const after = await stored(page);
  expect(after.access).not.toBe('expired-or-revoked');
  expect(after.access).not.toBe(before.access);
  // The refresh token was spent and replaced by the next one.
  expect(after.refresh).toBeTruthy();
  expect(after.refresh).not.toBe(before.refresh);

  // A token past its time is refreshed before the call goes out, once, however many calls are waiting.
  await page.evaluate(() => sessionStorage.setItem('xq.expiresAt', String(Date.now() - 1000)));
  const refreshes: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/auth/refresh')) refreshes.push(request.url());
  });
  await page.reload();
  await expect(page.getByRole('row').nth(1)).toContainText('县级');
  expect(refreshes).toHaveLength(1);
  const later = await stored(page);
  expect(later.refresh).not.toBe(after.refresh);

  // The session still goes on: another page, by the menu.
  await page.getByRole('menu').getByRole('link', { name: '培训项目' }).click();
  await expect(page).toHaveURL(/\/training\/programmes$/);
  await snap(page, testInfo, 'identity-refreshed-1366');
});

test('the session is refreshed silently, 12 minutes into its 15-minute access token', async ({ page }) => {
  await page.clock.install();
  await logIn(page, 'city');
  await page.goto('/training/sessions?level=county');
  await expect(page.getByRole('row').nth(1)).toContainText('县级');
  const before = await stored(page);

  let refreshes = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/auth/refresh')) refreshes += 1;
  });
  await page.clock.fastForward('11:30');
  expect(refreshes).toBe(0);
  await page.clock.fastForward('00:31');
  await expect.poll(() => refreshes).toBe(1);
  await expect.poll(async () => (await stored(page)).access).not.toBe(before.access);
  await expect(page).toHaveURL(/\/training\/sessions\?level=county$/);
});

test('a logout ends the session at the gateway: its refresh token no longer works', async ({ page, request }) => {
  await logIn(page, 'city');
  const { refresh } = await stored(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('您已退出登录')).toBeVisible();
  expect((await stored(page)).refresh).toBeNull();

  const response = await request.post('/api/v1/auth/refresh', { data: { refresh_token: refresh } });
  expect(response.status()).toBe(401);
});

test('anyone changes their name and sees their signed-in devices', async ({ browser }, testInfo) => {
  // An account of its own: its name is changed here.
  const apiContext = await browser.newContext();
  const created = await createAccount(apiContext.request, {
    username: unique('e2e-me'),
    display_name: '志愿者 E2E',
    role: 'volunteer',
  });
  await chooseOwnPassword(apiContext.request, created, STRONG);
  await apiContext.close();

  const contexts = [];
  for (const [device, size] of [
    ['1366', {}],
    ['375', PHONE],
  ] as const) {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...size });
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, created.account.username, STRONG);
    if (device === '375') {
      await page.getByTestId('current-user').click();
      await page.getByRole('menuitem', { name: '个人设置' }).click();
    } else {
      await page.getByTestId('settings-link').click();
    }
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('heading', { name: '个人设置' })).toBeVisible();
    // Both contexts are signed in: two devices, this one marked.
    await expect(page.getByTestId('session-item').first()).toBeVisible();
    await expect(page.getByTestId('settings-sessions')).toContainText('当前设备');

    const name = `志愿者 ${device}`;
    await page.getByLabel('显示名称').fill(name);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('显示名称已更新')).toBeVisible();
    if (device === '1366') await expect(page.getByTestId('current-user')).toContainText(name);
    await snap(page, testInfo, `identity-settings-${device}`);
    // The first device stays signed in for the second one to see.
  }
  for (const context of contexts) await context.close();
});
