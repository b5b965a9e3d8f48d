import type { Locator, Page } from '@playwright/test';
import { expect, signedIn, test } from './fixtures';
import { snap } from './support';

// The subsidy quote draws the working the loans service returns: the rate cap, the subsidised days cut
// where a repayment changes the outstanding principal, and the interest paid against the cap.

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** Types dates into a date picker's inputs, as a user may instead of clicking through the calendar. */
async function typeDates(page: Page, ...entries: [input: Locator, date: string][]): Promise<void> {
  for (const [input, date] of entries) {
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
}

test('staff quote a loan repaid in part during the quarter and follow each segment', async ({ browser }, testInfo) => {
  for (const [device, size] of [
    ['1366', {}],
    ['375', PHONE],
  ] as const) {
    const page = await signedIn(browser, 'city', size);
    await page.goto('/loans/subsidy-quote');
    const form = page.getByTestId('quote-form');
    await form.getByLabel('贷款本金（元）').fill('600000');
    await typeDates(page, [form.getByLabel('合同签订日'), '2020-05-10']);
    await typeDates(
      page,
      [form.getByPlaceholder('开始日期'), '2020-07-01'],
      [form.getByPlaceholder('结束日期'), '2020-09-30'],
    );
    await form.getByLabel('期内实付正常利息（元）').fill('7000');
    await form.getByRole('button', { name: '添加一笔还本' }).click();
    await typeDates(page, [form.getByPlaceholder('还本日期'), '2020-08-01']);
    await form.getByPlaceholder('金额（元）').fill('150000');
    await form
      .getByRole('button', { name: '测 算' })
      .or(form.getByRole('button', { name: '测算' }))
      .click();

    // Above the policy's cap of 500,000 until the repayment, 450,000 after it.
    const formula = page.getByTestId('quote-formula');
    await expect(formula.getByRole('listitem')).toHaveText([
      /^2020-07-01 至 2020-07-31：500,000\.00 × 5\.05% ÷ 360 × 31 天$/,
      /^2020-08-01 至 2020-09-30：450,000\.00 × 5\.05% ÷ 360 × 61 天$/,
    ]);
    await expect(formula).toContainText('贴息利率上限 = LPR 3.85% + 1.20% = 5.05%');
    await expect(formula).toContainText('实付利息高于上限，按上限贴息。');
    await expect(page.getByTestId('quote-subsidy')).toContainText('6,024.93');
    // On a phone the result is brought into view below the form: what the user sees then.
    await snap(page, testInfo, `loans-quote-${device}`, device === '1366');
    await page.context().close();
  }
});
