import { expect, test } from './fixtures';
import { snap } from './support';

test.use({ role: 'city', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test('on a phone the menu opens from a drawer and leads to the activities', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('figure-volunteers-applicants')).toBeVisible();
  await snap(page, testInfo, 'dashboard-phone');

  // No side menu on a phone: the menu button opens the drawer.
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.getByTestId('open-menu').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('menuitem', { name: '志愿服务' })).toBeVisible();
  await snap(page, testInfo, 'menu-drawer-phone', false);

  await drawer.getByRole('link', { name: '志愿活动' }).click();
  await expect(page).toHaveURL(/\/volunteers\/activities$/);
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { name: '志愿活动' })).toBeVisible();

  // The page itself never scrolls sideways; the table scrolls inside its card.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, testInfo, 'activities-phone');
});
