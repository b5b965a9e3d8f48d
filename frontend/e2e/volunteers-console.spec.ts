import type { APIRequestContext } from '@playwright/test';
import { accessToken, expect, test } from './fixtures';
import { snap } from './support';

// The volunteers console as city staff: the recruitment board of an activity open for applications, a camp's
// ten-ones dashboard, a child's record whose access log shows this very read, and the children's export.

test.use({ role: 'city' });

async function api<T>(request: APIRequestContext, path: string): Promise<T> {
  const headers = { Authorization: `Bearer ${await accessToken(request, 'city')}` };
  const response = await request.get(path, { headers });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

test('staff rank applicants, follow a camp and a child, and export the children', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const me = await api<{ display_name: string }>(request, '/api/v1/auth/me');
  const open = await api<{ items: { id: string; name: string }[] }>(
    request,
    `/api/v1/volunteers/activities?open_on=${today()}&limit=50`,
  );
  const withApplicants = [];
  for (const activity of open.items) {
    const board = await api<{ items: unknown[] }>(request, `/api/v1/volunteers/activities/${activity.id}/board`);
    if (board.items.length > 1) withApplicants.push(activity);
  }
  const activity = withApplicants[0];
  expect(activity, 'an activity open for applications, with applicants, in the demo').toBeDefined();

  await test.step('the board ranks the applicants by score', async () => {
    await page.goto('/volunteers/activities');
    await page.getByRole('link', { name: activity!.name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/volunteers/activities/${activity!.id}/board$`));
    await expect(page.getByRole('heading', { name: `招募看板：${activity!.name}` })).toBeVisible();
    await expect(page.getByTestId('board-places')).toContainText(/已录取 \d+ \/ \d+/);
    const rows = page.getByTestId('board-table').locator('tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(rows.first().locator('td').first()).toHaveText('1');
    const scores = (await page.getByTestId('board-score').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await snap(page, testInfo, 'volunteers-console-board');
  });

  let childName = '';
  await test.step('a camp dashboard shows each child’s ten ones', async () => {
    await page.goto('/volunteers/camps');
    const camps = page.locator('tbody tr.ant-table-row');
    await expect(camps.first()).toBeVisible();
    await camps.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/volunteers\/camps\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('camp-completion')).toContainText('营地完成度');
    const grid = page.getByTestId('ten-ones-grid');
    await expect(grid.getByRole('columnheader', { name: '体检' })).toBeVisible();
    const children = grid.locator('tbody tr.ant-table-row');
    await expect(children.first()).toBeVisible();
    await expect(children.first()).toContainText(/\d+\/10/);
    await expect(page.getByTestId('camp-items-chart')).toBeVisible();
    await snap(page, testInfo, 'volunteers-console-camp');
    const link = children.last().getByRole('link');
    childName = (await link.textContent()) ?? '';
    await link.click();
  });

  await test.step('the child’s access log records this read by staff', async () => {
    await expect(page).toHaveURL(/\/volunteers\/children\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: childName })).toBeVisible();
    await expect(page.getByTestId('guardian-phone')).toHaveText(/^1\d{10}$/);
    await page.getByRole('tab', { name: '查看记录' }).click();
    const log = page.getByTestId('access-log');
    const latest = log.locator('tbody tr.ant-table-row').first();
    await expect(latest).toContainText(me.display_name);
    await expect(latest).toContainText('详情');
    await expect(latest).toContainText('监护人电话');
    await snap(page, testInfo, 'volunteers-console-access-log');
  });

  await test.step('the children export downloads as Excel', async () => {
    await page.goto('/volunteers/children');
    await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByTestId('children-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
