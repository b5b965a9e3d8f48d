import { expect, type APIRequestContext } from '@playwright/test';
import { accessToken } from './fixtures';
import { chooseOwnPassword, createAccount, STRONG, unique } from './identity/helpers';
import { apiToken } from './support';

// What the volunteers journeys set up through the API as city staff: a summer camp recruiting today, a new
// student with an account of their own, a team with a camp and a child.

export const API = '/api/v1/volunteers';
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function call<T>(
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

/** A calendar day in Beijing, `days` from today (YYYY-MM-DD). */
export const day = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** A mobile number no earlier run used. */
export const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

export interface Student {
  username: string;
  token: string;
}

/** A university student with an account of their own (the demo volunteer's teams are left as they are). */
export async function newStudent(request: APIRequestContext): Promise<Student> {
  const created = await createAccount(request, {
    username: unique('e2e-student'),
    display_name: '林 E2E',
    role: 'volunteer',
  });
  await chooseOwnPassword(request, created, STRONG);
  const { access_token } = await apiToken(request, created.account.username, STRONG);
  return { username: created.account.username, token: access_token };
}

/** A summer camp recruiting today, its service starting today. */
export async function openCamp(request: APIRequestContext, city: string, name: string): Promise<{ id: string }> {
  return call(request, city, 'post', '/activities', {
    name,
    kind: 'summer_camp',
    county_code: '441881',
    town: '浛洸镇',
    village: '鱼咀村',
    recruit_from: day(-1),
    recruit_until: day(0),
    places: 5,
    starts_on: day(0),
    ends_on: day(14),
    skills_wanted: ['art', 'tutoring'],
    description: '端到端测试：留守儿童暑期夏令营。',
  });
}

export interface Placed {
  teamId: string;
  campId: string;
  childId: string;
  childName: string;
}

/** Staff put the accepted student in a new team as its leader, hold a camp today, and add one child. */
export async function placeInCamp(request: APIRequestContext, city: string, activityId: string, applicationId: string) {
  const points = await call<{ id: string; county_code: string }[]>(request, city, 'get', '/service-points');
  const point = points.find((candidate) => candidate.county_code === '441881') ?? points[0];
  const team = await call<{ id: string }>(request, city, 'post', '/teams', {
    activity_id: activityId,
    service_point_id: point?.id,
    name: unique('鱼咀村服务队'),
    advising_teacher: '周老师',
    starts_on: day(0),
    ends_on: day(14),
  });
  await call(request, city, 'post', `/teams/${team.id}/members`, { application_id: applicationId, leader: true });
  const camp = await call<{ id: string }>(request, city, 'post', '/camps', {
    team_id: team.id,
    name: unique('鱼咀村夏令营'),
    starts_on: day(0),
    ends_on: day(10),
  });
  const childName = `林小满${Math.floor(Math.random() * 90 + 10)}`;
  const child = await call<{ id: string }>(request, city, 'post', '/children', {
    camp_id: camp.id,
    name: childName,
    birth_year: new Date().getFullYear() - 9,
    birth_month: 5,
    gender: 'female',
    grade: '三年级',
    village: '鱼咀村',
    guardian_name: '林桂英',
    guardian_relationship: '祖母',
    guardian_phone: mobile(),
    consent_records: true,
    consent_photos: false,
    consent_on: day(0),
  });
  return { teamId: team.id, campId: camp.id, childId: child.id, childName } satisfies Placed;
}

/** The whole way to a camp by API, for the tests that start in the field. */
export async function studentInCamp(request: APIRequestContext): Promise<Student & Placed> {
  const city = await accessToken(request, 'city');
  const student = await newStudent(request);
  await call(request, student.token, 'put', '/profiles/me', {
    name: '林晓',
    phone: mobile(),
    university: '华南师范大学',
    major: '小学教育',
    year: 2,
    hometown_county_code: '441881',
    skills: ['tutoring'],
    emergency_contact_name: '林建国',
    emergency_contact_phone: mobile(),
    declaration_no_record: true,
  });
  const activity = await openCamp(request, city, unique('夏令营 E2E 离线'));
  const application = await call<{ id: string }>(
    request,
    student.token,
    'post',
    `/activities/${activity.id}/applications`,
    { motivation: '' },
  );
  await call(request, city, 'post', `/applications/${application.id}/accept`, {});
  return { ...student, ...(await placeInCamp(request, city, activity.id, application.id)) };
}
