import { expect, test } from './fixtures';
import { snap } from './support';

test.use({ role: 'city' });

test('staff open the products catalogue and find 连州砂糖橘', async ({ page }, testInfo) => {
  await page.goto('/');

  await page.getByRole('menu').getByRole('link', { name: '特色农产品' }).click();
  await expect(page).toHaveURL(/\/products$/);
  await expect(page.getByRole('heading', { name: '特色农产品' })).toBeVisible();

  const row = page.getByRole('row', { name: /连州砂糖橘/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('连州市');
  await snap(page, testInfo, 'products-desktop');

  // The county filter narrows the list to Lianzhou's products, and the URL remembers it.
  await page.getByRole('combobox', { name: '全部县（市、区）' }).click();
  await page.locator('.ant-select-dropdown').getByTitle('连州市', { exact: true }).click();
  await expect(page).toHaveURL(/county_code=441882/);
  await expect(row).toBeVisible();
  await expect(page.getByRole('row', { name: /英德红茶/ })).toHaveCount(0);
});
