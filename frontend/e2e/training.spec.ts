import type { APIRequestContext } from '@playwright/test';
import { accessToken, expect, signedIn, test } from './fixtures';
import { chooseOwnPassword, createAccount, PHONE, unique } from './identity/helpers';
import { apiToken, snap } from './support';

// Training on the phone: city staff open a session with one seat; another young entrepreneur books it; the
// demo entrepreneur (黄小龙) enrols on the full session from 附近的培训 and is waitlisted, 候补第1位; the one
// booked cancels on their own account; 黄小龙 finds himself booked in 我的报名, with the notice saying so.

const API = '/api/v1/training';
const STRONG = 'Yingde tea terraces 5173';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function call<T>(
  request: APIRequestContext,
  token: string,
  method: 'get' | 'post' | 'put',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request[method](`${API}${path}`, { headers: bearer(token), data });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A mobile number no earlier run used (the service keeps them unique). */
const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The trainee record an entrepreneur needs before enrolling: theirs if they have one, else a new one. */
async function ensureTrainee(request: APIRequestContext, token: string, name: string): Promise<void> {
  const response = await request.get(`${API}/trainees/me`, { headers: bearer(token) });
  if (response.ok()) return;
  expect(response.status()).toBe(404);
  await call(request, token, 'put', '/trainees/me', {
    name,
    mobile: mobile(),
    county_code: '441881',
    town: '英城街道',
    poor_household: false,
    groups: ['entrepreneur'],
  });
}

test.use({ role: 'city' });

test('a trainee waitlisted on a full session is booked when the one booked cancels', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const city = await accessToken(request, 'city');
  const title = unique('电商直播实操班 E2E');

  // A session on a day and hour of its own, weeks ahead, so it overlaps nothing the demo trainee holds.
  const start = new Date(Date.now() + (7 + Math.floor(Math.random() * 300)) * 86_400_000);
  start.setUTCHours(Math.floor(Math.random() * 10), Math.floor(Math.random() * 4) * 15, 0, 0);
  const end = new Date(start.getTime() + 45 * 60_000);
  const session = await test.step('city staff open a session with one seat for enrolment now', async () => {
    const programmes = await call<{ items: { id: string }[] }>(request, city, 'get', '/programmes?limit=1');
    return call<{ id: string }>(request, city, 'post', '/sessions', {
      programme_id: programmes.items[0]?.id,
      title,
      level: 'county',
      county_code: '441881',
      venue: '英德市青年创业园',
      mode: 'offline',
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      capacity: 1,
      enrolment_opens_at: new Date(Date.now() - 3_600_000).toISOString(),
      enrolment_closes_at: new Date(start.getTime() - 3_600_000).toISOString(),
      cancellation_cutoff_at: new Date(start.getTime() - 3_600_000).toISOString(),
      target_groups: ['all'],
      cost: '0.00',
    });
  });

  // Another young entrepreneur, with an account of their own, takes the one seat.
  const other = await test.step('another trainee books the one seat', async () => {
    const created = await createAccount(request, {
      username: unique('e2e-trainee'),
      display_name: '李 E2E',
      role: 'entrepreneur',
    });
    await chooseOwnPassword(request, created, STRONG);
    const { access_token } = await apiToken(request, created.account.username, STRONG);
    await ensureTrainee(request, access_token, '李晓红');
    const enrolment = await call<{ id: string; status: string }>(
      request,
      access_token,
      'post',
      `/sessions/${session.id}/enrolments`,
      {},
    );
    expect(enrolment.status).toBe('booked');
    return { token: access_token, enrolmentId: enrolment.id };
  });

  const phone = await signedIn(browser, 'entrepreneur', PHONE);
  await ensureTrainee(request, await accessToken(request, 'entrepreneur'), '黄小龙');

  await test.step('the demo entrepreneur enrols on the full session on the phone and is waitlisted first', async () => {
    await phone.goto('/training/my');
    await expect(phone.getByTestId('trainee-summary')).toBeVisible();
    const card = phone.getByTestId('nearby-session').filter({ hasText: title });
    const more = phone.getByTestId('more-sessions');
    // The list runs by date, the trainee's county first: load more until this run's session shows.
    await expect(phone.getByTestId('nearby-session').first()).toBeVisible();
    for (let page = 0; page < 30 && !(await card.isVisible()); page += 1) {
      await more.click();
      await expect(more).not.toHaveClass(/ant-btn-loading/);
    }
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByTestId('seats')).toHaveText('名额已满 · 0 人候补');
    await card.getByTestId('enrol').click();
    await expect(card.getByTestId('enrol-answer')).toContainText('候补第1位');
    await snap(phone, testInfo, 'training-phone-waitlisted-375', false);

    await phone.goto('/training/my/enrolments');
    const enrolment = phone.getByTestId('my-enrolment').filter({ hasText: title });
    await expect(enrolment.getByTestId('enrolment-status')).toHaveText('候补第1位');
  });

  await test.step('the booked trainee cancels on their own account', async () => {
    const cancelled = await call<{ status: string }>(
      request,
      other.token,
      'post',
      `/enrolments/${other.enrolmentId}/cancel`,
      {},
    );
    expect(cancelled.status).toBe('cancelled');
  });

  await test.step('the waitlisted trainee reloads 我的报名 and finds a seat and the notice', async () => {
    await phone.reload();
    const enrolment = phone.getByTestId('my-enrolment').filter({ hasText: title });
    await expect(enrolment.getByTestId('enrolment-status')).toHaveText('已报名');
    await expect(phone.getByTestId('notification').filter({ hasText: title })).toContainText('您已从候补转为正式报名');
    await snap(phone, testInfo, 'training-phone-promoted-375');

    // The enrolment's history tells the same story.
    await enrolment.getByTestId('open-history').click();
    const history = phone.getByTestId('enrolment-history');
    await expect(history).toContainText('进入候补');
    await expect(history).toContainText('候补转为正式报名');
  });
  await phone.context().close();
});

test('anyone checks a training certificate by its number, without a login', async ({ browser, request }, testInfo) => {
  const { access_token } = await apiToken(request, 'city');
  const {
    items: [certificate],
  } = await call<{ items: { number: string; programme_name: string }[] }>(
    request,
    access_token,
    'get',
    '/certificates?limit=1',
  );
  expect(certificate, 'the demo data holds certificates').toBeDefined();

  // Signed out, at a phone's width: an employer who scanned the QR code on the certificate, or typed its number.
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...PHONE });
  const visitor = await context.newPage();
  await visitor.goto('/verify');
  await visitor.getByLabel('证书编号').fill(certificate.number);
  await visitor.getByRole('button', { name: '核验' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/verify/${certificate.number}$`));
  await expect(visitor.getByTestId('verify-verdict')).toHaveText('证书有效');
  await expect(visitor.getByTestId('verify-outcome')).toContainText(certificate.number);
  await expect(visitor.getByTestId('verify-outcome')).toContainText(certificate.programme_name);
  await expect(visitor.getByTestId('verify-outcome')).toContainText('*'); // the name masked
  await snap(visitor, testInfo, 'training-verify-valid-375');
  await visitor.goto('/verify/QY-NO-SUCH-NUMBER');
  await expect(visitor.getByTestId('verify-verdict')).toHaveText('未找到该证书');
  await context.close();
});
