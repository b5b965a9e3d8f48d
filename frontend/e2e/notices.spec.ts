import { accessToken, expect, signedIn, test } from './fixtures';
import { snap } from './support';

// An unsold-produce notice from draft to the buyer's call: the demo entrepreneur (黄小龙, an admitted seller in
// 英德) has unsold dried sweet potato; 英德 county staff draft a notice over that lot and publish it; someone
// with no account opens the public page on a phone (as from a WeChat link), finds the notice and the lot and
// sends "我要采购"; county staff then see the inquiry with the number masked, and the seller sees it in full.

test.use({ role: 'county' });

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const YINGDE = '441881';
const SELLER_CONTACT = '13926000501'; // 黄小龙's number in the demo: never on the public page

test('staff publish a notice, the public asks to buy, staff and the seller see the inquiry', async ({
  browser,
  page: staff,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // A lot, a title and a buyer no earlier run used, so that this run's are found by them.
  const run = String(Date.now()).slice(-6);
  const kg = `${300 + Math.floor(Math.random() * 600)}.${String(10 + Math.floor(Math.random() * 89))}`;
  const title = `英德红薯干滞销信息（${run}批次）`;
  const mobile = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const masked = `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  const message = `单位食堂想采购红薯干做员工福利，请联系（${run}）`;

  await test.step('the seller lists unsold dried sweet potato', async () => {
    const token = await accessToken(request, 'entrepreneur');
    const headers = { Authorization: `Bearer ${token}` };
    const products = await request.get('/api/v1/products/products', { headers, params: { q: '红薯干' } });
    expect(products.ok(), await products.text()).toBe(true);
    const [product] = ((await products.json()) as { items: { id: string }[] }).items;
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const lot = await request.post('/api/v1/products/lots', {
      headers,
      data: {
        product_id: product?.id,
        quantity_kg: kg,
        floor_price_per_kg: '13.50',
        harvest_date: today,
        county_code: YINGDE,
        unsold: true,
        note: '红薯干积压，求单位食堂对接',
      },
    });
    expect(lot.status(), await lot.text()).toBe(201);
  });

  let noticePath = '';
  await test.step('county staff draft a notice over the lot', async () => {
    await staff.goto('/products/notices');
    await staff.getByTestId('draft-notice').click();
    const form = staff.getByTestId('notice-form');
    await expect(form).toBeVisible();
    // County staff draft for their own county; the scope is not theirs to choose.
    await expect(form).toContainText('英德市');
    await staff.getByTestId('notice-title').fill(title);
    await staff
      .getByTestId('notice-body')
      .fill('受疫情影响，以下红薯干销路受阻，欢迎企业、单位食堂和社区电商平台对接采购。');
    const picker = staff.getByRole('combobox', { name: '货源' });
    await picker.click();
    await picker.fill('红薯干');
    const option = staff.getByTestId('lot-option').filter({ hasText: `剩余 ${kg} 公斤` });
    await expect(option).toContainText('黄小龙');
    await expect(option).toContainText('滞销');
    await option.click();
    await staff.getByTestId('notice-title').click();
    await snap(staff, testInfo, 'notices-draft-1366', false);
    await staff.getByRole('button', { name: '保存草稿' }).click();

    await expect(staff).toHaveURL(/\/products\/notices\/[0-9a-f-]{36}$/);
    noticePath = new URL(staff.url()).pathname;
    await expect(staff.getByRole('heading', { name: title })).toBeVisible();
    await expect(staff.getByTestId('notice-status').first()).toHaveText('草稿');
    const lots = staff.getByTestId('notice-lots');
    await expect(lots).toContainText('黄小龙');
    await expect(lots).toContainText(`${kg} / ${kg}`);
    await expect(staff.getByTestId('notice-history')).toContainText('尚未发布');
  });

  await test.step('they publish it, after confirming', async () => {
    await staff.getByTestId('notice-publish').click();
    await expect(staff.getByText('发布这条公告？')).toBeVisible();
    await staff.getByRole('button', { name: '确认发布' }).click();
    await expect(staff.getByText('公告已发布')).toBeVisible();
    await expect(staff.getByTestId('notice-status').first()).toHaveText('已发布');
    const history = staff.getByTestId('notice-history').getByTestId('timeline-step');
    await expect(history).toHaveCount(1);
    await expect(history.first()).toContainText('英德团市委 陈志强 · 县团委工作人员');
    // What the service allows now: a published notice may only be closed.
    await expect(staff.getByTestId('notice-actions').getByRole('button')).toHaveText(['关闭']);
    await expect(staff.getByTestId('public-url')).toContainText(`/market/${noticePath.split('/').pop()}`);
    await snap(staff, testInfo, 'notices-notice-1366');
  });

  await test.step('someone with no account opens the public page on a phone and asks to buy', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    // The public page needs no session and sends no token.
    const withToken: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/') && r.headers()['authorization']) withToken.push(r.url());
    });
    await page.goto('/market');
    const card = page.getByTestId('public-notice').filter({ hasText: title });
    await expect(card).toContainText('红薯干');
    await snap(page, testInfo, 'notices-public-list-375');
    await card.click();

    await expect(page).toHaveURL(/\/market\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const lot = page.getByTestId('public-lot').filter({ hasText: `可供 ${kg} 公斤` });
    await expect(lot).toContainText('英德市');
    await expect(lot).toContainText('13.50');
    await expect(lot).toContainText('供货方：黄小龙');
    await expect(page.locator('body')).not.toContainText(SELLER_CONTACT);
    await snap(page, testInfo, 'notices-public-notice-375');

    await lot.getByTestId('buy-lot').click();
    await expect(page.getByRole('dialog', { name: '我要采购' })).toContainText(
      `意向货源：红薯干，13.50 元/公斤，可供 ${kg} 公斤`,
    );
    const form = page.getByTestId('inquiry-form');
    await page.getByTestId('inquiry-name').fill('李经理');
    await page.getByTestId('inquiry-organisation').fill('清远某工业园区食堂');
    await page.getByTestId('inquiry-mobile').fill('1392600');
    await page.getByTestId('inquiry-quantity').fill('400');
    await expect(form).toContainText('合 200.00 公斤');
    await page.getByTestId('inquiry-message').fill(message);
    await page.getByTestId('inquiry-submit').click();
    await expect(form).toContainText('请填写 11 位手机号');
    await page.getByTestId('inquiry-mobile').fill(mobile);
    await snap(page, testInfo, 'notices-inquiry-375', false);
    await page.getByTestId('inquiry-submit').click();

    await expect(page.getByTestId('inquiry-sent')).toContainText('采购意向已提交');
    await expect(page.getByTestId('inquiry-sent')).toContainText(mobile);
    await snap(page, testInfo, 'notices-inquiry-sent-375', false);
    await page.getByTestId('inquiry-done').click();
    await expect(page).not.toHaveURL(/\/login/);
    expect(withToken).toEqual([]);
    await context.close();
  });

  await test.step('county staff see the inquiry, the number masked', async () => {
    await staff.goto(noticePath);
    const onNotice = staff.getByTestId('notice-inquiries').getByTestId('inquiry').filter({ hasText: message });
    await expect(onNotice).toContainText('李经理（清远某工业园区食堂）');
    await expect(onNotice).toContainText(masked);

    await staff.goto('/products/inquiries');
    const row = staff.locator('.ant-table-row').filter({ hasText: message });
    await expect(row).toContainText(masked);
    await expect(row).toContainText('200.00');
    await expect(row).toContainText(title);
    await snap(staff, testInfo, 'notices-inquiries-1366');
  });

  await test.step('the seller sees it on a phone, with the number to call', async () => {
    const page = await signedIn(browser, 'entrepreneur', PHONE);
    await page.goto('/products/inquiries');
    const inquiry = page.getByTestId('inquiry').filter({ hasText: message });
    await expect(inquiry).toContainText('红薯干 · 意向 200.00 公斤');
    await expect(inquiry.getByTestId('inquiry-mobile')).toHaveText(mobile);
    await expect(inquiry.getByRole('link', { name: mobile })).toHaveAttribute('href', `tel:${mobile}`);
    await snap(page, testInfo, 'notices-my-inquiries-375');
    await page.context().close();
  });
});
