import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { DEMO_PASSWORD, ROLES, sessionPath, statePath } from './roles';

// Each demo role signs in once, through the login page, and what the browser then holds is saved for the
// specs, which start signed in (fixtures.ts) instead of logging in.
//
// The session is in sessionStorage, which Playwright's storage state leaves out: it is saved beside it and
// put back into each new tab by an init script. Many tests share a role's session, and its refresh token
// must never reach them: a refresh token is spent on use, and the gateway takes a second use of it for
// theft and revokes the whole session (every test of that role would be logged out at once). The SPA
// refreshes 12 minutes into a 15-minute access token, before a call whose token is about to expire, and
// after a 401; two tests doing so with the same saved token would kill each other's session. So the tests
// get the access token only (a session without a refresh token, which the SPA ends when the token does),
// and a worker whose saved token has less than a few minutes left gets a new one from the token endpoint
// (one argon2 check; successful logins do not count against the gateway's per-address login throttle).
// Nothing a test does can end a shared session: tests that log out, change a password, revoke devices or
// refresh sign in with an account or a session of their own.

for (const role of ROLES) {
  setup(`${role} signs in`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(role);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    // A password's check is slow by design (argon2), and here seven run at once: on a busy two-core machine one
    // took over the default 10 s.
    await expect(page.getByTestId('current-user')).toBeVisible({ timeout: 30_000 });

    mkdirSync(dirname(statePath(role)), { recursive: true });
    await page.context().storageState({ path: statePath(role) });
    const session = await page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
    expect(session['xq.accessToken']).toBeTruthy();
    writeFileSync(sessionPath(role), JSON.stringify(session, null, 2));
  });
}
