import { expect, signedIn, test } from './fixtures';
import { snap } from './support';

// A partner bank's officer connects the bank's system to the loan events: registers the endpoint, keeps the
// signing secret shown once, sends a test event and reads what happened, then finds it in the delivery log.
// Nothing outside resolves in the test stack, so the endpoint's host name does not: the test event fails, and
// the page says why.

const ENDPOINT = 'https://bank.example.org/xiangqing/hooks';
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

test.use({ role: 'bank', viewport: { width: 1440, height: 900 } });
// The bank has one endpoint and no way to remove it: a retry would find it registered and fail at the first line
// for that reason, hiding the first run's. So a failure here is reported as it happened, never retried.
test.describe.configure({ retries: 0 });

test('a bank officer registers the endpoint, keeps the secret and sends a test event', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('menu').getByRole('link', { name: 'Webhook 推送' }).click();
  await expect(page.getByRole('heading', { name: 'Webhook 事件推送' })).toBeVisible();
  const card = page.getByTestId('endpoint-card');
  await expect(card).toContainText('贵行尚未登记接收地址');
  await expect(page.getByRole('button', { name: '发送测试事件' })).toBeDisabled();

  // Registering: the secret is shown once, with a copy button and a warning.
  await card.getByRole('button', { name: '登记接收地址' }).click();
  const form = page.getByRole('dialog', { name: '登记接收地址' });
  await form.getByLabel('接收地址').fill(ENDPOINT);
  await form.getByRole('button', { name: /^保\s?存$/ }).click();
  const shown = page.getByRole('dialog', { name: '接收地址已登记' });
  await expect(shown).toContainText('密钥只显示这一次');
  const secret = (await shown.getByTestId('webhook-secret').innerText()).trim();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
  await expect(shown.getByRole('button', { name: /复制|copy/i })).toBeVisible();
  await snap(page, testInfo, 'webhooks-secret-1440', false);
  await shown.getByRole('button', { name: '我已妥善保存' }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(card.getByTestId('endpoint-url')).toHaveText(ENDPOINT);
  await expect(card).toContainText('启用');

  // The test event goes through the outbox at once; its host name does not resolve, so nothing is sent.
  await page.getByRole('button', { name: '发送测试事件' }).click();
  const result = page.getByTestId('test-event-result');
  await expect(result).toContainText('发送失败');
  await expect(result).toContainText(/域名无法解析|域名解析超时/);
  await expect(result).toContainText('消息 ID：msg_');

  // The delivery log has it, waiting for its retry, and opens on its one attempt.
  const row = page.getByRole('row', { name: /test\.ping/ });
  await expect(row).toContainText('测试事件');
  await expect(row).toContainText('待发送');
  await expect(row).toContainText(/域名无法解析|域名解析超时/);
  await row.getByRole('button', { name: /展开行|expand row/i }).click();
  const attempts = page.getByTestId('delivery-attempts');
  await expect(attempts.getByRole('row')).toHaveCount(2);
  await expect(attempts).toContainText(/域名无法解析|域名解析超时/);
  await snap(page, testInfo, 'webhooks-1440');

  // The log goes to Excel like every list.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^Webhook 推送记录-\d{8}-\d{4}\.xlsx$/);

  // On a phone: the same page, the result under the button.
  const phone = await signedIn(browser, 'bank', PHONE);
  await phone.goto('/loans/webhooks');
  await expect(phone.getByTestId('endpoint-url')).toHaveText(ENDPOINT);
  await phone.getByRole('button', { name: '发送测试事件' }).click();
  await expect(phone.getByTestId('test-event-result')).toContainText('发送失败');
  await snap(phone, testInfo, 'webhooks-375');
  await phone.context().close();
});
