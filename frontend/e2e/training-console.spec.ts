import type { Page } from '@playwright/test';
import { accessToken, expect, test } from './fixtures';
import { snap } from './support';

// The training console as city staff: a new session with one seat, two trainees enrolled (the second
// waits, first on the waitlist), the booked one marked present, and the roster exported as the server's
// Excel file.

test.use({ role: 'city' });

/** Picks an option of an antd Select (by its test id) by the option's label. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Types a date and time into one end of an antd RangePicker and confirms it. */
async function typeTime(input: ReturnType<Page['locator']>, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('staff create a session, enrol two trainees, mark attendance and export the roster', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = String(Date.now()).slice(-6);
  const title = `电商直播实操班（测试${run}）`;
  // A day far ahead that no earlier run used: the trainees are booked on nothing that overlaps it.
  const day = `2029-${String(1 + (Number(run) % 12)).padStart(2, '0')}-${String(1 + (Number(run) % 28)).padStart(2, '0')}`;
  const names = [`甲${run}`, `乙${run}`];

  await test.step('two trainees are on the register', async () => {
    const headers = { Authorization: `Bearer ${await accessToken(request, 'city')}` };
    for (const [index, name] of names.entries()) {
      const response = await request.post('/api/v1/training/trainees', {
        headers,
        data: {
          name,
          mobile: `13${index}${run}${String(Math.floor(Math.random() * 900) + 100)}`.slice(0, 11),
          county_code: '441881',
          poor_household: index === 1,
          groups: ['ecommerce_youth'],
        },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
  });

  await test.step('staff create a session with one seat', async () => {
    await page.goto('/training/sessions');
    await page.getByTestId('create-session').click();
    const form = page.getByTestId('session-form');
    await expect(form).toBeVisible();
    await choose(page, 'session-programme', '青农大讲堂');
    await page.getByTestId('session-title').fill(title);
    await page.getByTestId('session-venue').fill('英德市电子商务公共服务中心');
    await page.getByTestId('session-capacity').fill('1');
    const span = form.locator('.ant-picker-range').first().locator('input');
    await typeTime(span.nth(0), `${day} 09:00`);
    await typeTime(span.nth(1), `${day} 17:00`);
    await snap(page, testInfo, 'training-console-new-session');
    await page.getByRole('button', { name: '创建' }).click();
    await expect(page).toHaveURL(/\/training\/sessions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  });

  await test.step('two trainees enrol: the second waits, first on the waitlist', async () => {
    for (const name of names) {
      const picker = page.getByRole('combobox', { name: '搜索学员姓名或手机号' });
      await picker.click();
      await picker.fill(name);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
      await page.getByTestId('enrol-button').click();
      await expect(page.locator('.ant-message')).toContainText(name);
    }
    const rows = page.getByTestId('roster').locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(names[0]!);
    await expect(rows.nth(0).getByTestId('enrolment-status')).toHaveText('已报名');
    await expect(rows.nth(1)).toContainText(names[1]!);
    await expect(rows.nth(1)).toContainText('建档立卡');
    await expect(rows.nth(1).getByTestId('enrolment-status')).toHaveText('候补第1位');
    await expect(page.getByTestId('session-seats')).toContainText('已报 1 / 1，余 0，候补 1');
    await snap(page, testInfo, 'training-console-roster');
  });

  await test.step('staff mark the booked trainee present', async () => {
    await page.getByRole('tab', { name: '考勤' }).click();
    const sheet = page.getByTestId('attendance');
    await expect(sheet.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(sheet).toContainText(names[0]!);
    await page.getByTestId('all-present').click();
    await expect(sheet).toContainText('1 处修改未保存');
    await page.getByTestId('attendance-save').click();
    await expect(page.locator('.ant-message')).toContainText('已保存 1 条考勤');
    await expect(page.getByTestId('attendance-save')).toBeDisabled();
    await expect(sheet.getByTestId('attendance-cell')).toContainText('全勤');
  });

  await test.step('staff export the roster', async () => {
    await page.getByRole('tab', { name: '报名名单' }).click();
    const download = page.waitForEvent('download');
    await page.getByTestId('roster-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
