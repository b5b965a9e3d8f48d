import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap } from './support';

// The products programme as city staff: the statistics page shows the committee report's figures from the
// demo records (32 promotion videos, 7 of them shot in 2020; 10 youth e-commerce platforms; 3 unsold-produce
// notices in 2020; 4 poor villages paired and 130,000 CNY raised), a new 万企帮万村 pairing is recorded and
// the funds that arrive for it, and the videos, the platforms and a product's videos in the catalogue open.

/** Picks an option of an antd Select by its label (a required field's label starts with its "*"): open it,
 * click the option. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const name = new RegExp(`^(\\* )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name }) })
    .click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

test.use({ role: 'city' });

test("city staff see the report's figures, pair a village and record its funds", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // An enterprise no earlier run used; whole thousands of yuan (no decimals to type).
  const enterprise = `清远市青年企业家协会第${1000 + Math.floor(Math.random() * 9000)}号会员企业`;
  const pledged = 50_000;
  const received = 20_000;

  await test.step("the statistics show the committee report's figures", async () => {
    // The yearly counts are of the latest year with records unless asked: other journeys add some this year.
    await page.goto('/products/stats?year=2020');
    await expect(page.getByTestId('stats-promotion_videos')).toContainText('32');
    await expect(page.getByTestId('stats-promotion_videos-note')).toHaveText('其中 2020 年 7 个');
    await expect(page.getByTestId('stats-ecommerce_platforms')).toContainText('10');
    await expect(page.getByTestId('stats-notices_published-note')).toHaveText('其中 2020 年 3 篇');
    await expect(page.getByTestId('stats-villages_paired')).toContainText('4');
    await expect(page.getByTestId('stats-pairing_funds_raised')).toContainText('130,000.00');
    await expect(page.getByTestId('stats-pairing_funds_raised-note')).toHaveText('到账率 100%');
    await expect(page.getByTestId('stats-county-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('stats-year-chart').locator('canvas')).toBeVisible();
    await page.getByRole('tab', { name: '分年度' }).click();
    const year2020 = page.getByTestId('breakdown-year').locator('tr').filter({ hasText: '2020' });
    await expect(year2020).toContainText('7');
    await snap(page, testInfo, 'programme-stats-1366');
  });

  await test.step('a new pairing is recorded, and then the funds that arrive', async () => {
    await page.goto('/products/pairings');
    await page.getByTestId('create-pairing').click();
    const form = page.getByTestId('pairing-form');
    await form.getByLabel('帮扶企业').fill(enterprise);
    await choose(page, '县（市、区）', '连州市');
    await form.getByLabel('镇（街道）').fill('保安镇');
    await form.getByLabel('结对村').fill('卿罡村');
    await page.getByTestId('pairing-pledged').fill(String(pledged));
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(`已新增结对：${enterprise} 帮扶 卿罡村`)).toBeVisible();

    const row = page.locator('.ant-table-row').filter({ hasText: enterprise });
    await expect(row).toContainText('50,000.00');
    await expect(row.getByTestId('pairing-progress')).toContainText('0%');
    await row.getByTestId('record-funds').click();
    const funds = page.getByTestId('funds-form');
    await expect(funds).toBeVisible();
    await page.getByTestId('funds-total').fill(String(received));
    await expect(page.getByTestId('funds-change')).toHaveText('本次新增 20,000.00 元');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(`已登记：${enterprise} 累计到账 20,000.00 元`)).toBeVisible();
    await expect(row).toContainText('20,000.00');
    await expect(row.getByTestId('pairing-progress')).toContainText('40%');
    await snap(page, testInfo, 'programme-pairings-1366');
  });

  await test.step('the statistics count the new pairing and its funds', async () => {
    await page.goto('/products/stats');
    await expect(page.getByTestId('stats-pairing_funds_raised')).toContainText('150,000.00');
    await expect(page.getByTestId('stats-pairing_funds_pledged')).toContainText('180,000.00');
    await expect(page.getByTestId('stats-villages_paired')).toContainText('5');
  });

  await test.step('the promotion videos open in a new tab, 7 of them shot in 2020', async () => {
    await page.goto('/products/videos');
    await expect(page.getByText('共 32 条')).toBeVisible();
    await choose(page, '拍摄年份', '2020');
    await expect(page.getByText('共 7 条')).toBeVisible();
    const tea = page.locator('.ant-table-row').filter({ hasText: '英德红茶：一杯红艳的英德' });
    const link = tea.getByTestId('video-link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await snap(page, testInfo, 'programme-videos-1366');
    // Views grow: staff correct them in the same form.
    await tea.getByTestId('edit-video').click();
    const form = page.getByTestId('video-form');
    await form.getByLabel('播放量').fill('123456');
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect(tea).toContainText('123,456');
  });

  await test.step('the youth e-commerce platforms list the products they sell', async () => {
    await page.goto('/products/platforms');
    await expect(page.getByText('共 10 条')).toBeVisible();
    const yingde = page.locator('.ant-table-row').filter({ hasText: '英德市青年电商服务平台' });
    await expect(yingde).toContainText('英德红茶');
    await expect(yingde).toContainText('红薯干');
    await snap(page, testInfo, 'programme-platforms-1366');
  });

  await test.step("the catalogue shows a product's promotion videos", async () => {
    await page.goto('/products');
    const tea = page.locator('.ant-table-row').filter({ hasText: '英德红茶' });
    await tea.getByRole('button', { name: /展开|Expand/ }).click();
    await expect(page.getByTestId('product-videos')).toContainText('英德红茶：一杯红艳的英德');
  });
});
