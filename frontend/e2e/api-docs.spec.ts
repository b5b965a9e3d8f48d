import { expect, test } from './fixtures';
import { snap } from './support';

// A partner bank's developer reads the API at the one door they are given: the gateway's /api/docs.
test('a bank developer finds the approve operation with its Idempotency-Key, and the bank view has no staff routes', async ({
  page,
}, testInfo) => {
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /乡青 Xiangqing API/ })).toBeVisible({ timeout: 20_000 });
  // The loan API is here, under its own tags, with the guides above it.
  await expect(page.getByRole('heading', { name: 'Idempotency: every write takes an Idempotency-Key' })).toBeVisible();
  const path = (action: string) => `/api/v1/loans/applications/{application_id}/${action}`;
  const operation = (action: string) =>
    page.locator('.opblock', { has: page.getByRole('link', { name: path(action), exact: true }) });
  const approve = operation('approve');
  await expect(page.getByText('loans · applications', { exact: true })).toBeVisible();
  await page.getByText('loans · applications', { exact: true }).click();
  await approve.locator('.opblock-summary').click();
  await expect(approve.getByRole('row', { name: /^Idempotency-Key \*required string \(header\)/ })).toBeVisible();
  await snap(page, testInfo, 'api-docs-approve-1440', false);

  await page.getByRole('link', { name: /Bank view/ }).click();
  await expect(page).toHaveURL(/audience=bank/);
  await expect(page.getByRole('heading', { name: /partner banks/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('loans · applications', { exact: true })).toBeVisible();
  // Staff-only routes and other services are not in the bank's document.
  await expect(page.getByText('products · products', { exact: true })).toHaveCount(0);
  await expect(page.getByText('gateway · accounts', { exact: true })).toHaveCount(0);
  await page.getByText('loans · applications', { exact: true }).click();
  await expect(operation('approve')).toHaveCount(1);
  await expect(operation('recommend')).toHaveCount(0); // county staff's
  await expect(operation('refer')).toHaveCount(0); // city staff's
  await snap(page, testInfo, 'api-docs-bank-view-1440', false);

  await page.setViewportSize({ width: 375, height: 800 });
  await snap(page, testInfo, 'api-docs-bank-view-375', false);
});
