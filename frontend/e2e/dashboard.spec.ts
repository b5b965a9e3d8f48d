import { expect, test } from './fixtures';
import { snap } from './support';

test.use({ role: 'city' });

// One headline figure per service: each must be there and count something.
const HEADLINES = [
  ['loans', 'partner_banks'],
  ['products', 'featured_products'],
  ['training', 'sessions'],
  ['volunteers', 'applicants'],
] as const;

test('a city staff member logs in and sees figures from all four services', async ({ page }, testInfo) => {
  await page.goto('/');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: '总览' })).toBeVisible();
  for (const [service, key] of HEADLINES) {
    const figure = page.getByTestId(`figure-${service}-${key}`);
    await expect(figure, `${service} ${key}`).toBeVisible();
    const value = Number(await figure.getAttribute('data-value'));
    expect(value, `${service} ${key} = ${value}`).toBeGreaterThan(0);
    await expect(figure).toContainText(value.toLocaleString('en-US'));
  }
  await expect(page.getByTestId('current-user')).toContainText('市团委工作人员');
  await expect(page.locator('[data-testid="county-chart"] canvas')).toBeVisible();

  await snap(page, testInfo, 'dashboard-desktop');
});
