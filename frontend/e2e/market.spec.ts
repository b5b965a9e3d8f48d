import type { Page } from '@playwright/test';
import { expect, signedIn, test } from './fixtures';
import { snap } from './support';

// The products market on two phones: the demo entrepreneur (黄小龙, an admitted seller) lists unsold
// 连州砂糖橘 in 斤, the demo buyer (清远高新区企业联合食堂) posts a demand for it, finds the lot among the
// ranked offers with its reasons and proposes a deal, both accept, and the lot's remaining quantity falls
// by the deal.

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PRODUCT = '连州砂糖橘';

/** Picks an option of an antd Select by its label: open it, type to narrow it, click the option. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: label, exact: true }) })
    .click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

test.use({ role: 'city' });

test('a seller lists unsold oranges, a buyer finds them and both accept the deal', async ({
  browser,
  page: staff,
}, testInfo) => {
  test.setTimeout(120_000);
  // A quantity and a price no earlier run used, so that this run's lot and deal are found by their numbers.
  // An even number of 斤 (whole kilograms) under 2,000 (under 1,000 kg: no thousands separator).
  const jin = 1000 + Math.floor(Math.random() * 450) * 2;
  const kg = jin / 2;
  const floor = `6.${String(10 + Math.floor(Math.random() * 89))}`;
  const lotKg = `${kg}.00`;
  const dealKg = '200.00';
  const leftKg = `${kg - 200}.00`;

  await test.step('the seller lists unsold oranges in 斤 on a phone', async () => {
    const page = await signedIn(browser, 'entrepreneur', PHONE);
    await page.goto('/products/my/lots');
    await expect(page.getByTestId('my-lots')).toBeVisible();
    await page.getByTestId('publish-lot').click();
    const form = page.getByTestId('lot-form');
    await expect(form).toBeVisible();
    await choose(page, '产品', PRODUCT);
    // The best-before follows the product's shelf life.
    await expect(form).toContainText('默认：采收日期 + 保质期');
    await page.getByRole('spinbutton', { name: '数量' }).fill(String(jin));
    await expect(form).toContainText(`合 ${lotKg} 公斤`);
    await page.getByTestId('lot-floor').fill(floor);
    await page.getByTestId('lot-unsold').check();
    await snap(page, testInfo, 'market-new-lot-375');
    await page.getByTestId('lot-submit').click();

    await expect(page).toHaveURL(/\/products\/my\/lots$/);
    const lot = page.getByTestId('my-lot').filter({ hasText: `剩余 ${lotKg} / ${lotKg} 公斤` });
    await expect(lot).toContainText(PRODUCT);
    await expect(lot).toContainText('滞销');
    await snap(page, testInfo, 'market-my-lots-375');
    await page.context().close();
  });

  let demandUrl = '';
  await test.step('the buyer posts a demand and proposes a deal from the ranked offers', async () => {
    const page = await signedIn(browser, 'buyer', PHONE);
    await page.goto('/products/my/demands');
    await expect(page.getByTestId('my-demands')).toBeVisible();
    await page.getByTestId('publish-demand').click();
    const form = page.getByTestId('demand-form');
    await expect(form).toBeVisible();
    await choose(page, '产品', PRODUCT);
    await page.getByRole('spinbutton', { name: '数量' }).fill('400');
    await expect(form).toContainText(`合 ${dealKg} 公斤`);
    await page.getByTestId('demand-ceiling').fill('9.00');
    await snap(page, testInfo, 'market-new-demand-375');
    await page.getByTestId('demand-submit').click();

    await expect(page).toHaveURL(/\/products\/my\/demands\/[0-9a-f-]{36}$/);
    demandUrl = new URL(page.url()).pathname;
    const offer = page
      .getByTestId('offer')
      .filter({ hasText: `可供 ${lotKg} 公斤` })
      .filter({ hasText: floor });
    await expect(offer).toBeVisible();
    const reasons = offer.getByTestId('match-reasons');
    await expect(reasons).toContainText('数量满足 100%');
    await expect(reasons).toContainText('价格低于上限');
    await expect(reasons).toContainText('公里');
    await expect(reasons).toContainText('距保质期');
    await expect(reasons).toContainText('滞销优先');
    await offer.scrollIntoViewIfNeeded();
    await snap(page, testInfo, 'market-offers-375');

    await offer.getByTestId('propose-deal').click();
    const dialog = page.getByTestId('propose-form');
    await expect(dialog.getByTestId('propose-quantity')).toHaveValue(dealKg);
    await expect(dialog.getByTestId('propose-price')).toHaveValue(floor);
    await snap(page, testInfo, 'market-propose-375', false);
    await page.getByRole('button', { name: '发起交易' }).last().click();
    await expect(page.getByText('交易已发起，等待双方确认')).toBeVisible();

    await page.goto('/products/my/demands');
    const deal = page.getByTestId('my-deal').filter({ hasText: `${dealKg} 公斤 × ${floor} 元/公斤` });
    await expect(deal).toContainText('卖方：黄小龙');
    await deal.getByTestId('accept-deal').click();
    await expect(deal).toContainText('您已确认，等待对方');
    await snap(page, testInfo, 'market-my-demands-375');
    await page.context().close();
  });

  await test.step('city staff see the match with its reasons and run a clearing', async () => {
    const demandId = demandUrl.split('/').pop() ?? '';
    await staff.goto(`/products/market/matching?demand=${demandId}`);
    const row = staff
      .getByTestId('board-matches')
      .locator('tr')
      .filter({ hasText: '黄小龙' })
      .filter({ hasText: floor });
    await expect(row).toBeVisible();
    await expect(row.getByTestId('match-reasons')).toContainText('滞销优先');
    await expect(row.getByTestId('match-reasons')).toContainText('数量满足 100%');
    await snap(staff, testInfo, 'market-matching-1366');
    await staff.setViewportSize({ width: 375, height: 812 });
    await snap(staff, testInfo, 'market-matching-375');
    await staff.setViewportSize({ width: 1366, height: 900 });

    await staff.goto('/products/market/clearing');
    await choose(staff, '产品', PRODUCT);
    await staff.getByTestId('run-clearing').click();
    const result = staff.getByTestId('clearing-result');
    await expect(result.getByTestId('clearing-total')).toBeVisible();
    await expect(result.getByTestId('clearing-allocations')).toContainText(PRODUCT);
    await expect(result.locator('canvas')).toBeVisible();
    await snap(staff, testInfo, 'market-clearing-1366');
    await staff.setViewportSize({ width: 375, height: 812 });
    await snap(staff, testInfo, 'market-clearing-375');
    await staff.setViewportSize({ width: 1366, height: 900 });
  });

  await test.step('city staff find the lot and the demand in their lists', async () => {
    await staff.goto('/products/market/lots');
    await expect(staff.locator('.ant-table-row').filter({ hasText: floor }).first()).toContainText('黄小龙');
    await snap(staff, testInfo, 'market-lots-1366');
    await staff.goto('/products/market/deals');
    await expect(staff.locator('.ant-table-row').filter({ hasText: floor }).first()).toContainText('黄小龙');
    await snap(staff, testInfo, 'market-deals-1366');
    await staff.goto('/products/market/demands');
    await expect(staff.locator('.ant-table-row').first()).toBeVisible();
    await snap(staff, testInfo, 'market-demands-1366');
    await staff.setViewportSize({ width: 375, height: 812 });
    await snap(staff, testInfo, 'market-demands-375');
    await staff.setViewportSize({ width: 1366, height: 900 });
  });

  await test.step('the seller accepts, and the lot holds the deal less', async () => {
    const page = await signedIn(browser, 'entrepreneur', PHONE);
    await page.goto('/products/my/lots');
    const deal = page.getByTestId('my-deal').filter({ hasText: `${dealKg} 公斤 × ${floor} 元/公斤` });
    await expect(deal).toContainText('采购方：清远高新区企业联合食堂');
    await expect(deal.getByTestId('deal-status')).toHaveText('待确认');
    await deal.getByTestId('accept-deal').click();
    await expect(deal.getByTestId('deal-status')).toHaveText('已成交');
    await expect(page.getByTestId('my-lot').filter({ hasText: `剩余 ${leftKg} / ${lotKg} 公斤` })).toBeVisible();
    await snap(page, testInfo, 'market-my-lots-accepted-375');
    await page.context().close();
  });

  await test.step('the same pages hold at 1366 px', async () => {
    const seller = await signedIn(browser, 'entrepreneur', DESKTOP);
    await seller.goto('/products/my/lots');
    await expect(seller.getByTestId('my-lot').first()).toBeVisible();
    await snap(seller, testInfo, 'market-my-lots-1366');
    await seller.goto('/products/my/lots/new');
    await expect(seller.getByTestId('lot-form')).toBeVisible();
    await snap(seller, testInfo, 'market-new-lot-1366');
    await seller.context().close();

    const buyer = await signedIn(browser, 'buyer', DESKTOP);
    await buyer.goto(demandUrl);
    await expect(buyer.getByTestId('demand-summary')).toContainText('已满足');
    await snap(buyer, testInfo, 'market-offers-1366');
    await buyer.goto('/products/my/demands');
    await expect(buyer.getByTestId('my-deal').first()).toBeVisible();
    await snap(buyer, testInfo, 'market-my-demands-1366');
    await buyer.context().close();
  });
});
