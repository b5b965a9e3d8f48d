import { expect, test } from '@playwright/test';
import { logIn } from './support';

test('an entrepreneur lands on the product catalogue and is not offered the staff dashboard', async ({ page }) => {
  await logIn(page, 'entrepreneur');

  await expect(page).toHaveURL(/\/products$/);
  await expect(page.getByRole('heading', { name: '特色农产品' })).toBeVisible();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('link', { name: '总览' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: '合作银行' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: '培训场次' })).toBeVisible();

  // Typing the dashboard's address leads back to the catalogue.
  await page.goto('/');
  await expect(page).toHaveURL(/\/products$/);
});

test('county staff see the partner banks but may not add one', async ({ page }) => {
  await logIn(page, 'county');
  await page.goto('/loans/banks');

  await expect(page.getByRole('heading', { name: '合作银行' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增合作银行' })).toHaveCount(0);
});
