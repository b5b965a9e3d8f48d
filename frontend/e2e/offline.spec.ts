import type { Page, TestInfo } from '@playwright/test';
import { expect, signedIn, test } from './fixtures';

// The second visit without a network, and a page of an earlier release: the phone shows what it kept and says
// it is offline, or offers the new version, never a blank page. At a phone's width and a desktop's.

const SIZES = [
  { name: '375', options: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } },
  { name: '1440', options: { viewport: { width: 1440, height: 900 } } },
];

async function picture(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Opens a page by the menu: the side menu on a desktop, the drawer on a phone. */
async function openByMenu(page: Page, name: string): Promise<void> {
  const drawerButton = page.getByTestId('open-menu');
  if (await drawerButton.isVisible()) await drawerButton.click();
  await page.getByRole('link', { name }).click();
}

for (const { name: size, options } of SIZES) {
  test(`without a network the second visit opens and says it is offline (${size})`, async ({ browser }, testInfo) => {
    const page = await signedIn(browser, 'entrepreneur', options);
    await page.goto('/loans/my');
    await expect(page.getByTestId('my-loans')).toBeVisible();
    // The service worker has its shell; it serves the next page load.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByTestId('offline-banner')).toContainText('离线');
    await expect(page.getByTestId('current-user')).toHaveCount(0); // who the user is needs the network...
    await expect(page.getByRole('button', { name: '重试' })).toBeVisible(); // ...and the page says so
    await picture(page, testInfo, `offline-reload-${size}`);

    // Back online, the same page goes on; offline again, a page never opened says it is not kept.
    await page.context().setOffline(false);
    await page.getByRole('button', { name: '重试' }).click();
    await expect(page.getByTestId('my-loans')).toBeVisible();
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
    await page.context().setOffline(true);
    await openByMenu(page, '我的货源');
    await expect(page.getByTestId('route-error')).toContainText('离线：此页面尚未保存到本机');
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await picture(page, testInfo, `offline-page-${size}`);
    await page.context().close();
  });

  test(`a page of an earlier release offers the new version (${size})`, async ({ browser }, testInfo) => {
    // No service worker here: the server has moved on, and a chunk this page asks for is gone (404).
    const page = await signedIn(browser, 'entrepreneur', { ...options, serviceWorkers: 'block' });
    await page.goto('/loans/my');
    await expect(page.getByTestId('my-loans')).toBeVisible();
    await page.route(/\/assets\/MyLotsPage-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));

    await openByMenu(page, '我的货源');
    await expect(page.getByTestId('route-error')).toContainText('乡青已更新');
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('乡青有新版本');
    await picture(page, testInfo, `update-prompt-${size}`);

    await page.unroute(/\/assets\/MyLotsPage-[\w-]+\.js$/);
    await prompt.getByRole('button', { name: '刷新使用新版本' }).click();
    await expect(page).toHaveURL(/\/products\/my\/lots$/);
    await expect(page.getByTestId('route-error')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '我的货源' })).toBeVisible();
    await page.context().close();
  });
}
