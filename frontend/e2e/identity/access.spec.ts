import { expect, test } from '../fixtures';
import { logIn, snap } from '../support';
import { PHONE, STRONG, unique, createAccount, loginFrom, otherAddress } from './helpers';

// County staff see their county only; accounts staff made choose their own password; staff manage accounts.

test.describe(() => {
  test.use({ role: 'county' });

  test('county staff see the accounts and the applications of their own county only', async ({
    page,
    request,
  }, testInfo) => {
    // An account in another county, so that there is something not to see, and one more in 英德市.
    const lianzhou = unique('e2e-lz');
    await createAccount(request, {
      username: lianzhou,
      display_name: '连州市团委 E2E',
      role: 'county_staff',
      county_code: '441882',
    });
    await createAccount(request, {
      username: unique('e2e-yd'),
      display_name: '英德市团委 E2E',
      role: 'county_staff',
      county_code: '441881',
    });

    await page.goto('/system/accounts?size=200');
    await expect(page.getByRole('heading', { name: '账号管理' })).toBeVisible();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.nth(1)).toBeVisible();
    for (const row of await rows.all()) await expect(row).toContainText('英德市');
    await expect(page.locator('.ant-table-tbody')).not.toContainText('连州市');
    // Read-only: nothing to create, no actions, no county to choose.
    await expect(page.getByRole('button', { name: '新建账号' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: '操作' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: '全部县（市、区）' })).toHaveCount(0);
    await snap(page, testInfo, 'identity-county-accounts-1366');

    // Asking for the other county's account by name finds nothing.
    await page.goto(`/system/accounts?q=${lianzhou}`);
    await expect(page.getByText('没有符合筛选条件的记录')).toBeVisible();

    // The menu offers the accounts, and neither the API clients nor the audit.
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('link', { name: '账号管理' })).toBeVisible();
    await expect(menu.getByRole('link', { name: '接口客户端' })).toHaveCount(0);
    await expect(menu.getByRole('link', { name: '安全审计' })).toHaveCount(0);

    await page.goto('/loans/applications?size=200');
    await expect(page.getByRole('heading', { name: '贷款申请' })).toBeVisible();
    const applications = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(applications.first()).toBeVisible();
    for (const row of await applications.all()) await expect(row).toContainText('英德市');
  });
});

test.describe(() => {
  test.use({ role: 'city' });

  test('an account staff made is sent to choose its own password, and lands in the app', async ({
    browser,
    page,
  }, testInfo) => {
    const username = unique('e2e-new');

    await test.step('city staff create the account and see the temporary password once', async () => {
      await page.goto('/system/accounts');
      await page.getByRole('button', { name: '新建账号' }).click();
      const form = page.getByTestId('account-form');
      await form.getByLabel('用户名').fill(username);
      await form.getByLabel('姓名').fill('连州市团委 新同事');
      await page
        .locator('.ant-select')
        .filter({ has: page.getByRole('combobox', { name: '角色', exact: true }) })
        .click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('县团委工作人员', { exact: true }).click();
      await page
        .locator('.ant-select')
        .filter({ has: page.getByRole('combobox', { name: '县（市、区）', exact: true }) })
        .click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('连州市', { exact: true }).click();
      await page.getByRole('button', { name: '创建' }).click();

      await expect(page.getByText('账号已创建')).toBeVisible();
      await expect(page.getByTestId('shown-username')).toHaveText(username);
      await snap(page, testInfo, 'identity-temporary-password-1366', false);
    });
    const temporary = (await page.getByTestId('shown-password').textContent()) ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    await page.getByTestId('shown-once-close').click();
    await expect(page.getByTestId('shown-password')).toHaveCount(0);

    await test.step('the new colleague logs in with it and must choose a password first', async () => {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...PHONE });
      const phone = await context.newPage();
      await phone.goto('/login');
      await phone.getByLabel('用户名').fill(username);
      await phone.getByLabel('密码').fill(temporary);
      await phone.getByRole('button', { name: '登录' }).click();

      await expect(phone).toHaveURL(/\/password\/change$/);
      const form = phone.getByTestId('forced-change-form');
      // What was typed on the login page is handed over: only the new password is asked for.
      await expect(form.getByLabel('用户名')).toHaveValue(username);

      // A common password is refused with zxcvbn's advice, in Chinese.
      await form.getByLabel('新密码', { exact: true }).fill('password123');
      await form.getByLabel('确认新密码').fill('password123');
      await form.getByRole('button', { name: '设置新密码并登录' }).click();
      await expect(phone.getByTestId('auth-error')).toContainText('密码太容易被猜到');
      await expect(phone.getByTestId('auth-error')).toContainText('这是非常常见的密码');
      await snap(phone, testInfo, 'identity-weak-password-375');

      await form.getByLabel('新密码', { exact: true }).fill(STRONG);
      await form.getByLabel('确认新密码').fill(STRONG);
      await form.getByRole('button', { name: '设置新密码并登录' }).click();
      // County staff land on the dashboard.
      await expect(phone).toHaveURL(/\/$/);
      await expect(phone.getByTestId('current-user')).toBeVisible();
      await context.close();
    });

    // From now on the new password works as usual.
    const again = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const desktop = await again.newPage();
    await logIn(desktop, username, STRONG);
    await expect(desktop.getByTestId('current-user')).toContainText('连州市团委 新同事');
    await again.close();
  });

  test('city staff edit an account, reset its password and disable it', async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    const created = await createAccount(request, {
      username: unique('e2e-edit'),
      display_name: '采购方 E2E',
      role: 'buyer',
    });
    const username = created.account.username;
    await page.goto(`/system/accounts?q=${username}`);
    const row = page.getByRole('row').filter({ hasText: username });
    await expect(row).toContainText('待设新密码');

    await row.getByRole('button', { name: '编辑' }).click();
    const form = page.getByTestId('account-form');
    await expect(form.getByLabel('用户名')).toBeDisabled();
    await form.getByLabel('姓名').fill('清远农批市场 采购部');
    await snap(page, testInfo, 'identity-account-edit-1366', false);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(row).toContainText('清远农批市场 采购部');

    await row.getByTestId('account-more').click();
    await page.getByRole('menuitem', { name: '重置密码' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(page.getByText('密码已重置')).toBeVisible();
    // The reset's answer is there (the new password shown) before it is read and the dialog closed.
    await expect(page.getByTestId('shown-password')).not.toBeEmpty();
    const temporary = (await page.getByTestId('shown-password').textContent()) ?? '';
    expect(temporary).not.toBe(created.temporary_password);
    await page.getByTestId('shown-once-close').click();

    await row.getByTestId('account-more').click();
    await page.getByRole('menuitem', { name: '停用' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(row).toContainText('停用');
    // A disabled account cannot sign in, and is told nothing more than a wrong password would be. (The
    // failure counts against the address too: it is made from one of its own.)
    const refused = await loginFrom(otherAddress(), baseURL ?? '', username, temporary);
    expect(refused.status).toBe(401);

    await row.getByTestId('account-more').click();
    await page.getByRole('menuitem', { name: '启用' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(row).toContainText('待设新密码');
  });
});
