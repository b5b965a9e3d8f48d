import { expect, signedIn, test } from '../fixtures';
import { snap } from '../support';
import { PHONE, unique } from './helpers';

test.use({ role: 'city' });

// City staff's system pages: API clients, the security events, and how the pages look.

test('city staff manage API clients: the secret is shown once, and rotated with an overlap', async ({
  page,
}, testInfo) => {
  const name = unique('E2E 清远农商银行接口');
  await page.goto('/system/clients');
  await expect(page.getByRole('heading', { name: '接口客户端' })).toBeVisible();
  await page.getByRole('button', { name: '新建客户端' }).click();
  const form = page.getByTestId('client-form');
  await form.getByLabel('名称').fill(name);
  await page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: '合作银行', exact: true }) })
    .click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.getByRole('button', { name: '创建' }).click();

  await expect(page.getByText('客户端已创建')).toBeVisible();
  const clientId = (await page.getByTestId('shown-client-id').textContent()) ?? '';
  const secret = (await page.getByTestId('shown-secret').textContent()) ?? '';
  expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
  expect(secret.length).toBeGreaterThan(20);
  await snap(page, testInfo, 'identity-client-secret-1366', false);
  await page.getByTestId('shown-once-close').click();

  // The bank's system gets a token with it.
  const token = await page.request.post('/api/v1/auth/token', {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
  });
  expect(token.status()).toBe(200);

  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: '轮换密钥' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('旧密钥继续有效（小时）').fill('2');
  await dialog.getByRole('button', { name: '生成新密钥' }).click();
  await expect(page.getByText('新密钥已生成')).toBeVisible();
  await expect(page.getByText(/旧密钥在 .* 之前仍可使用/)).toBeVisible();
  const rotated = (await page.getByTestId('shown-secret').textContent()) ?? '';
  expect(rotated).not.toBe(secret);
  await page.getByTestId('shown-once-close').click();
  // Both secrets work while the overlap lasts, so the bank can deploy the new one without an outage.
  for (const clientSecret of [secret, rotated]) {
    const answer = await page.request.post('/api/v1/auth/token', {
      form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
    });
    expect(answer.status()).toBe(200);
  }
  await snap(page, testInfo, 'identity-clients-1366');
});

test('city staff search the security events and download them', async ({ page }, testInfo) => {
  await page.goto('/system/audit?kind=login_succeeded');
  await expect(page.getByRole('heading', { name: '安全审计' })).toBeVisible();
  const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
  await expect(first).toContainText('登录成功');
  await first.getByRole('button', { name: /展开行|Expand row/ }).click();
  await expect(page.getByTestId('audit-detail').first()).toContainText('"method": "password"');
  await snap(page, testInfo, 'identity-audit-1366');

  // Dates are whole Beijing days: today has the sign-ins just made, a day in 2020 has none.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await page.goto(`/system/audit?kind=login_succeeded&from=${today}&to=${today}`);
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toContainText('登录成功');
  await page.goto('/system/audit?from=2020-01-01&to=2020-01-02');
  await expect(page.getByText('没有符合筛选条件的记录')).toBeVisible();

  await page.goto(`/system/audit?kind=login_succeeded&from=${today}`);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');
});

test('the system pages on a desktop and on a phone', async ({ browser }, testInfo) => {
  for (const [device, size] of [
    ['1366', {}],
    ['375', PHONE],
  ] as const) {
    const page = await signedIn(browser, 'city', size);
    for (const [path, heading, name] of [
      ['/system/accounts', '账号管理', 'accounts'],
      ['/system/clients', '接口客户端', 'clients'],
      ['/system/audit', '安全审计', 'audit'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
      // The page never scrolls sideways; a wide table scrolls inside its card.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await snap(page, testInfo, `identity-${name}-${device}`);
    }
    await page.context().close();
  }
});
