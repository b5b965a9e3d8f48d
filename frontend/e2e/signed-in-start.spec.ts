import { expect, signedIn, test } from './fixtures';

// index.html's start script (vite-plugins/signedInStart.ts) asks for the signed-in home's first answers before
// the app's code arrives, and the app takes each for its first identical request (src/api/early.ts). The list it
// asks for is written in vite.config.ts: if the home's calls change and the list does not, the home would ask for
// everything twice and wait as before. So: every answer asked for early is taken, and no call goes out twice.

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

test('the signed-in home takes every answer index.html asked for, and asks for nothing twice', async ({ browser }) => {
  const page = await signedIn(browser, 'entrepreneur', PHONE);
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) asked.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto('/loans/my');
  await expect(page.getByTestId('apply-button')).toBeVisible();

  // The start script ran (a signed-in tab on the home) and the app used every answer it left.
  expect(await page.evaluate(() => (window as { __xqEarly?: object }).__xqEarly)).toEqual({});
  expect(asked).toEqual(
    expect.arrayContaining([
      'GET /api/v1/auth/me',
      'GET /api/v1/loans/borrowers/me',
      'GET /api/v1/loans/applications?limit=100&offset=0',
    ]),
  );
  expect(asked.filter((call, n) => asked.indexOf(call) !== n)).toEqual([]);
  await page.context().close();
});
