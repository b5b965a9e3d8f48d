import type { Browser, Page } from '@playwright/test';
import { accessToken, expect, signedIn, test } from './fixtures';
import { PHONE, STRONG, unique } from './identity/helpers';
import { logIn, snap } from './support';
import {
  API,
  bearer,
  call,
  mobile,
  newStudent,
  openCamp,
  placeInCamp,
  studentInCamp,
  type Student,
} from './volunteers-setup';

// The volunteers programme on a student's phone. City staff open a summer camp recruiting today; a new
// university student fills in their profile and applies on the phone; staff accept them on the recruitment
// board, put them in a team (as its leader) with a camp and one child; the student records a home visit for
// the child, and staff see the camp's completion rise. A child of another team's camp stays out of reach.
// Then the field's weak signal: a record made offline waits on the phone and is sent once when it is back.

/** The student's phone: 375 px wide, logged in through the login page. */
async function phoneOf(browser: Browser, student: Student): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const phone = await context.newPage();
  await logIn(phone, student.username, STRONG);
  return phone;
}

/** An Ant Design select by its form label (a required field's name starts with the "*" mark). */
async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const name = new RegExp(`^(\\* )?${label.replace(/[()（）]/g, '.')}$`);
  await page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name }) })
    .click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

test.use({ role: 'city' });

test('a student applies, is accepted, records a home visit in their camp, and cannot open another camp’s child', async ({
  browser,
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const city = await accessToken(request, 'city');
  const name = unique('英德市鱼咀村夏令营 E2E');
  const activity = await test.step('city staff open a summer camp recruiting today', () =>
    openCamp(request, city, name));
  const student = await newStudent(request);
  const phone = await phoneOf(browser, student);

  await test.step('the student is sent to the profile first, fills it in with the declaration', async () => {
    await expect(phone).toHaveURL(/\/volunteers\/my$/);
    await expect(phone.getByTestId('profile-missing')).toBeVisible();
    const card = phone.getByTestId('open-activity').filter({ hasText: name });
    await card.getByRole('button', { name: '报名' }).click();
    await expect(phone).toHaveURL(/\/volunteers\/my\/profile$/);
    await phone.getByLabel('姓名', { exact: true }).fill('林晓');
    await phone.getByLabel('手机号码', { exact: true }).fill(mobile());
    await phone.getByLabel('就读高校').fill('华南师范大学');
    await phone.getByLabel('专业', { exact: true }).fill('小学教育');
    await chooseOption(phone, '年级', '2 年级');
    await chooseOption(phone, '生源地（清远市）', '英德市');
    await phone.getByRole('checkbox', { name: '学业辅导' }).check();
    await phone.getByLabel('紧急联系人姓名').fill('林建国');
    await phone.getByLabel('紧急联系人电话').fill(mobile());
    await phone.getByRole('checkbox', { name: '我承诺本人无违法犯罪记录' }).check();
    await snap(phone, testInfo, 'volunteers-phone-profile-375');
    await phone.getByRole('button', { name: '保存档案' }).click();
    await expect(phone).toHaveURL(/\/volunteers\/my$/);
    await expect(phone.getByTestId('profile-summary')).toContainText('林晓');
  });

  await test.step('the student applies on the phone', async () => {
    const card = phone.getByTestId('open-activity').filter({ hasText: name });
    await card.getByRole('button', { name: '报名' }).click();
    await phone.getByLabel('报名理由').fill('我是英德人，想陪伴家乡的孩子过一个有意义的暑假。');
    await phone.getByRole('button', { name: '提交报名' }).click();
    await expect(card.getByTestId('activity-status')).toHaveText('已报名');
    const mine = phone.getByTestId('my-application').filter({ hasText: name });
    await expect(mine.getByTestId('application-status')).toHaveText('已报名');
    await snap(phone, testInfo, 'volunteers-phone-applied-375');
  });

  const applicationId = await test.step('city staff accept the student on the recruitment board', async () => {
    await page.goto(`/volunteers/activities/${activity.id}/board`);
    const row = page.getByTestId('board-table').getByRole('row').filter({ hasText: '林晓' });
    await row.getByTestId('board-accept').click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect(row.getByTestId('board-status')).toHaveText('已录取');
    await snap(page, testInfo, 'volunteers-board-accepted-1440');
    const board = await call<{ items: { id: string; status: string }[] }>(
      request,
      city,
      'get',
      `/activities/${activity.id}/board`,
    );
    expect(board.items.map((item) => item.status)).toEqual(['accepted']);
    return board.items[0]?.id ?? '';
  });

  await test.step('the student sees 已录取 and the notice', async () => {
    await phone.reload();
    const mine = phone.getByTestId('my-application').filter({ hasText: name });
    await expect(mine.getByTestId('application-status')).toHaveText('已录取');
    await expect(phone.getByTestId('notice').filter({ hasText: name }).first()).toBeVisible();
  });

  const placed = await test.step('staff put the student in a team with a camp and a child', () =>
    placeInCamp(request, city, activity.id, applicationId));

  await test.step('the student records a home visit for the child of their camp', async () => {
    await phone.goto('/volunteers/my/team');
    const team = phone
      .getByTestId('my-team')
      .filter({ has: phone.getByTestId('my-camp') })
      .first();
    // The leader's phone shows the rotating code as a QR code the members scan (an image that loaded).
    const qr = team.getByRole('img', { name: '服务队签到二维码' });
    await expect.poll(() => qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await snap(phone, testInfo, 'volunteers-phone-team-375');
    await team.getByTestId('camp-child').filter({ hasText: placed.childName }).click();
    await expect(phone.getByRole('heading', { name: placed.childName })).toBeVisible();
    await chooseOption(phone, '项目', '家访探视');
    await phone.getByLabel('备注').fill('奶奶身体好，孩子作业按时完成。');
    await phone.getByRole('button', { name: '记录' }).click();
    const visit = phone.locator('[data-testid="ten-one"][data-item="home_visit"]');
    await expect(visit).toHaveAttribute('data-state', 'done');
    await expect(phone.getByTestId('queue-bar')).toHaveCount(0);
    await snap(phone, testInfo, 'volunteers-phone-child-375');
  });

  await test.step('staff see the camp’s progress rise', async () => {
    const camp = await call<{ completion: number; by_item: { item: string; done: number }[] }>(
      request,
      city,
      'get',
      `/camps/${placed.campId}`,
    );
    expect(camp.completion).toBeCloseTo(0.1);
    expect(camp.by_item.find((row) => row.item === 'home_visit')?.done).toBe(1);
    await page.goto(`/volunteers/camps/${placed.campId}`);
    await expect(page.getByTestId('camp-completion')).toContainText('10%');
  });

  await test.step('a child of another camp is not found on the student’s phone', async () => {
    const children = await call<{ items: { id: string; camp_id: string }[] }>(
      request,
      city,
      'get',
      '/children?limit=100',
    );
    const other = children.items.find((child) => child.camp_id !== placed.campId);
    expect(other, 'a child of another camp in the demo data').toBeTruthy();
    const direct = await request.get(`${API}/children/${other?.id}`, { headers: bearer(student.token) });
    expect(direct.status()).toBe(404);
    await phone.goto(`/volunteers/my/children/${other?.id}`);
    await expect(phone.getByTestId('child-not-found')).toBeVisible();
    await expect(phone.getByText('未找到该儿童')).toBeVisible();
    await snap(phone, testInfo, 'volunteers-phone-child-not-found-375');
  });
  await phone.context().close();
});

test('a ten-ones record made offline waits on the phone and is sent once when the signal is back', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const city = await accessToken(request, 'city');
  const student = await studentInCamp(request);
  const phone = await phoneOf(browser, student);
  const context = phone.context();
  const posts: number[] = [];
  phone.on('response', (response) => {
    if (response.url().includes('/ten-ones') && response.request().method() === 'POST') posts.push(response.status());
  });

  await phone.goto(`/volunteers/my/children/${student.childId}`);
  await expect(phone.getByRole('heading', { name: student.childName })).toBeVisible();

  await test.step('offline, the record is kept on the phone: 待发送 1 条', async () => {
    await context.setOffline(true);
    await chooseOption(phone, '项目', '游戏拓展');
    await phone.getByRole('button', { name: '记录' }).click();
    await expect(phone.getByTestId('queue-count')).toHaveText('待发送 1 条');
    await expect(phone.locator('[data-testid="ten-one"][data-item="games"]')).toHaveAttribute('data-state', 'queued');
    await snap(phone, testInfo, 'volunteers-phone-queued-375');
    // Kept in localStorage: a reload while offline would lose nothing.
    const stored = await phone.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('xq.volunteers.tenOneQueue.')),
    );
    expect(stored).toHaveLength(1);
  });

  await test.step('back online, it is sent once and the queue empties', async () => {
    await context.setOffline(false);
    await expect(phone.getByTestId('queue-bar')).toHaveCount(0);
    await expect(phone.locator('[data-testid="ten-one"][data-item="games"]')).toHaveAttribute('data-state', 'done');
    await expect(phone.getByTestId('queue-refused')).toHaveCount(0);
    expect(posts).toEqual([201]);
    const child = await call<{ ten_ones: { item: string }[] }>(request, city, 'get', `/children/${student.childId}`);
    expect(child.ten_ones.filter((record) => record.item === 'games')).toHaveLength(1);
  });

  await test.step('the leader’s code checks the student in on the hours page', async () => {
    await phone.goto('/volunteers/my/team');
    const code = (await phone.getByTestId('team-code').first().textContent())?.trim() ?? '';
    expect(code).not.toBe('');
    await phone.goto('/volunteers/my/hours');
    await phone.getByLabel('签到码').fill(code);
    await phone.getByRole('button', { name: '签到' }).click();
    await expect(phone.getByTestId('hours-entry').first()).toContainText('进行中');
    await snap(phone, testInfo, 'volunteers-phone-hours-375');
  });

  await test.step('scanning the QR code again offers the check-out, and the hours wait for approval', async () => {
    const code = await call<{ check_in_url: string }>(request, student.token, 'get', `/teams/${student.teamId}/code`);
    const scanned = new URL(code.check_in_url);
    expect(scanned.pathname).toBe('/volunteers/my/check-in');
    await phone.goto(scanned.pathname + scanned.search);
    await expect(phone.getByText('你已签到，是否现在签退？')).toBeVisible();
    await phone.getByRole('button', { name: '签退' }).click();
    await expect(phone.getByTestId('check-in-success')).toContainText('签退成功');
    await snap(phone, testInfo, 'volunteers-phone-check-out-375');
    await phone.goto('/volunteers/my/hours');
    await expect(phone.getByTestId('hours-entry').first()).toContainText('待审核');
  });
  await context.close();
});

test('the demo volunteer downloads the hours certificate, and anyone checks its number without a login', async ({
  browser,
}, testInfo) => {
  const phone = await signedIn(browser, 'volunteer', PHONE);
  await phone.goto('/volunteers/my/hours');
  await expect(phone.getByTestId('hours-approved')).not.toContainText('0 小时 0 分');
  await snap(phone, testInfo, 'volunteers-phone-hours-demo-375');
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: '下载时长证明' }).click(),
  ]);
  const number = /^hours-(.+)\.pdf$/.exec(download.suggestedFilename())?.[1] ?? '';
  expect(number, download.suggestedFilename()).not.toBe('');
  await phone.context().close();

  // Signed out, in a context of its own: an employer checking the number printed on the certificate.
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const visitor = await context.newPage();
  await visitor.goto('/verify-hours');
  await visitor.getByLabel('证明编号').fill(number);
  await visitor.getByRole('button', { name: '核验' }).click();
  await expect(visitor.getByTestId('verify-verdict')).toHaveText('证明有效');
  await expect(visitor.getByTestId('verify-outcome')).toContainText('*');
  await snap(visitor, testInfo, 'volunteers-verify-hours-valid-1440');
  await visitor.goto('/verify-hours/VH-NO-SUCH-NUMBER');
  await expect(visitor.getByTestId('verify-verdict')).toHaveText('未找到该编号的证明');
  await context.close();
});
