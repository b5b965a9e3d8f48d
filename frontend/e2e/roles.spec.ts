import { expect, test } from './fixtures';

test.describe(() => {
  test.use({ role: 'entrepreneur' });

  test('an entrepreneur lands on their loans and is not offered the staff pages', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/loans\/my$/);
    await expect(page.getByRole('heading', { name: '我的贷款' })).toBeVisible();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('link', { name: '我的贷款' })).toBeVisible();
    for (const staffPage of ['总览', '贷款申请', '贷款台账', '贴息政策', '贴息测算', '合作银行']) {
      await expect(menu.getByRole('link', { name: staffPage }), staffPage).toHaveCount(0);
    }
    await expect(menu.getByRole('link', { name: '培训场次' })).toBeVisible();

    // Typing a staff page's address (or an old bookmark of one) leads back to their loans.
    for (const path of ['/', '/loans/applications', '/loans/loans', '/loans/ledger']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/loans\/my$/);
    }
  });
});

test.describe(() => {
  test.use({ role: 'county' });

  test('county staff see the partner banks but may not add one', async ({ page }) => {
    await page.goto('/loans/banks');

    await expect(page.getByRole('heading', { name: '合作银行' })).toBeVisible();
    await expect(page.getByRole('button', { name: '导出 Excel' })).toBeVisible();
    await expect(page.getByRole('button', { name: '新增合作银行' })).toHaveCount(0);
  });
});
