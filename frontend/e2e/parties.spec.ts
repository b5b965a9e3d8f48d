import { accessToken, expect, test } from './fixtures';
import { snap } from './support';

// 英德 county staff (the demo `county` account) review a cooperative that registered in their county: they find
// it among the sellers waiting for them, with its contact number masked, admit it and see its admission
// history grow by their step; then suspend it, which needs a reason, and see the history grow again. Then they
// open the season's settled deal from the list of deals and read every step it took.

test.use({ role: 'county' });

const YINGDE = '441881';

test('county staff admit a pending seller and read a deal’s timeline', async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  // A seller no earlier run registered: the demo's pending seller is in another county, and a run's own
  // seller leaves the demo's as it was.
  const name = `英德市青塘镇青年茶叶专业合作社 ${Date.now().toString(36)}`;

  await test.step('a cooperative registers in 英德, pending admission', async () => {
    const token = await accessToken(request, 'county');
    const response = await request.post('/api/v1/products/sellers', {
      headers: { Authorization: `Bearer ${token}` },
      data: { kind: 'cooperative', name, county_code: YINGDE, town: '青塘镇', contact: '13926001234' },
    });
    expect(response.status(), await response.text()).toBe(201);
  });

  await test.step('staff find it among the sellers, its number masked', async () => {
    await page.goto('/products/sellers?status=pending');
    await page.getByLabel('搜索卖方名称').fill(name);
    await page.getByLabel('搜索卖方名称').press('Enter');
    const row = page.locator('.ant-table-row').filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('seller-status')).toHaveText('待审核');
    await expect(row).toContainText('农民专业合作社');
    // County staff see the contact masked, as the service sends it.
    await expect(row).toContainText('139****1234');
    await snap(page, testInfo, 'parties-sellers-1366');
    await row.getByTestId('seller-link').click();
  });

  const history = page.getByTestId('seller-history').getByTestId('timeline-step');
  await test.step('they admit it, and its history shows who did it and why', async () => {
    await expect(page).toHaveURL(/\/products\/sellers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByTestId('seller-history')).toContainText('尚无准入记录');
    await expect(history).toHaveCount(0);

    await page.getByTestId('seller-admit').click();
    const dialog = page.getByTestId('seller-action-form');
    await expect(dialog).toBeVisible();
    await page.getByTestId('seller-action-reason').fill('经青塘镇团委实地走访，合作社茶园在产');
    await page.getByRole('button', { name: '确认', exact: true }).click();

    await expect(page.getByText(`已准入“${name}”`)).toBeVisible();
    await expect(page.getByTestId('seller-page').getByTestId('seller-status').first()).toHaveText('已准入');
    await expect(history).toHaveCount(1);
    await expect(history.first()).toContainText('准入');
    await expect(history.first()).toContainText('英德团市委 陈志强 · 县团委工作人员（您）');
    await expect(history.first()).toContainText('经青塘镇团委实地走访，合作社茶园在产');
    // Exactly what the service now allows: an admitted seller can only be suspended.
    await expect(page.getByTestId('seller-actions').getByRole('button')).toHaveText(['暂停资格']);
    await snap(page, testInfo, 'parties-seller-1366');
  });

  await test.step('suspending needs a reason, and the history grows again', async () => {
    await page.getByTestId('seller-suspend').click();
    await page.getByRole('button', { name: '确认', exact: true }).click();
    await expect(page.getByText('请填写理由，2 至 1000 字')).toBeVisible();
    await page.getByTestId('seller-action-reason').fill('抽检发现农残超标，整改前暂停');
    await page.getByRole('button', { name: '确认', exact: true }).click();

    await expect(history).toHaveCount(2);
    await expect(history.last()).toContainText('暂停资格');
    await expect(history.last()).toContainText('抽检发现农残超标，整改前暂停');
    await expect(page.getByTestId('seller-actions').getByRole('button')).toHaveText(['恢复资格']);
    await page.setViewportSize({ width: 375, height: 812 });
    await snap(page, testInfo, 'parties-seller-375');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  await test.step('they open the season’s settled deal and read its timeline', async () => {
    await page.goto('/products/market/deals?status=settled');
    // The demo season's settled deal: 300 kg of 红薯干 at 15.00 CNY/kg, between 黄小龙 and the canteen.
    const row = page.locator('.ant-table-row').filter({ hasText: '黄小龙' }).filter({ hasText: '15.00' });
    await expect(row).toHaveCount(1);
    await row.getByTestId('deal-link').click();

    await expect(page).toHaveURL(/\/products\/market\/deals\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('deal-info')).toContainText('300.00 公斤（600.00 斤）');
    await expect(page.getByTestId('deal-amount')).toHaveText('4,500.00 元');
    const steps = page.getByTestId('deal-timeline').getByTestId('timeline-step');
    // Proposed by the canteen, accepted by each side, shipped, delivered, settled by 英德 staff.
    await expect(steps).toHaveCount(6);
    await expect(steps.first()).toContainText('发起交易');
    await expect(steps.first()).toContainText('清远高新区食堂 采购 刘洋 · 采购方');
    await expect(steps.last()).toContainText('结算');
    await expect(steps.last()).toContainText('英德市团委 工作人员 · 县团委工作人员');
    // A settled deal has no next step for anyone.
    await expect(page.getByTestId('deal-next')).toContainText('当前没有需要您办理的操作。');
    await snap(page, testInfo, 'parties-deal-1366');
    await page.setViewportSize({ width: 375, height: 812 });
    await snap(page, testInfo, 'parties-deal-375');
  });
});
