import { volunteersApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';
import { saveDownload } from '@/export/download';
import { problemCode } from './reading';
import type { AttemptResult, TenOneBody } from './tenOneQueue';
import type { Profile, ProfileWrite, TeamCode } from './types';

// The volunteer's own calls (a student's token: the service scopes every list to them).

export const myKey = ['volunteers', 'my'] as const;
export const profileKey = [...myKey, 'profile'] as const;
export const openActivitiesKey = [...myKey, 'open-activities'] as const;
export const applicationsKey = [...myKey, 'applications'] as const;
export const noticesKey = [...myKey, 'notices'] as const;
export const teamsKey = [...myKey, 'teams'] as const;
export const campsKey = [...myKey, 'camps'] as const;
export const hoursKey = [...myKey, 'hours'] as const;
export const childKey = (childId: string) => [...myKey, 'child', childId] as const;
export const campChildrenKey = (campId: string) => [...myKey, 'camp-children', campId] as const;

/** The volunteer's profile, or null when they have none yet (404). */
export async function fetchMyProfile(signal?: AbortSignal): Promise<Profile | null> {
  const call = volunteersApi.GET('/api/v1/volunteers/profiles/me', { signal });
  if ((await call).response.status === 404) return null;
  return unwrap(call);
}

export const saveMyProfile = (body: ProfileWrite) =>
  unwrap(volunteersApi.PUT('/api/v1/volunteers/profiles/me', { body }));

/** Activities recruiting today. */
export const fetchOpenActivities = (today: string, signal?: AbortSignal) =>
  unwrap(
    volunteersApi.GET('/api/v1/volunteers/activities', {
      params: { query: { open_on: today, limit: 50, offset: 0 } },
      signal,
    }),
  );

export const apply = (activityId: string, motivation: string) =>
  unwrap(
    volunteersApi.POST('/api/v1/volunteers/activities/{activity_id}/applications', {
      params: { path: { activity_id: activityId } },
      body: { motivation },
    }),
  );

export const fetchMyApplications = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET('/api/v1/volunteers/applications/me', { signal }));

export const withdraw = (applicationId: string) =>
  unwrap(
    volunteersApi.POST('/api/v1/volunteers/applications/{application_id}/withdraw', {
      params: { path: { application_id: applicationId } },
      body: {},
    }),
  );

export const fetchMyNotices = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET('/api/v1/volunteers/notices/me', { signal }));

export const fetchMyTeams = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET('/api/v1/volunteers/teams/me', { signal }));

export const savePlan = (teamId: string, plan: string) =>
  unwrap(
    volunteersApi.PUT('/api/v1/volunteers/teams/{team_id}/plan', {
      params: { path: { team_id: teamId } },
      body: { plan },
    }),
  );

export const fetchTeamCode = (teamId: string, signal?: AbortSignal): Promise<TeamCode> =>
  unwrap(
    volunteersApi.GET('/api/v1/volunteers/teams/{team_id}/code', { params: { path: { team_id: teamId } }, signal }),
  );

/** My team's camps (a student sees only theirs), with their children counts and completion. */
export const fetchMyCamps = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET('/api/v1/volunteers/camps', { params: { query: { limit: 100, offset: 0 } }, signal }));

export const fetchCampChildren = (campId: string, signal?: AbortSignal) =>
  unwrap(
    volunteersApi.GET('/api/v1/volunteers/children', {
      params: { query: { camp_id: campId, limit: 100, offset: 0 } },
      signal,
    }),
  );

export const fetchChild = (childId: string, signal?: AbortSignal) =>
  unwrap(
    volunteersApi.GET('/api/v1/volunteers/children/{child_id}', { params: { path: { child_id: childId } }, signal }),
  );

/** One attempt at a queued ten-ones record: its status and the problem's reason, or 'network' when nothing
 * came back (offline, the connection dropped). Never throws. */
export async function sendTenOne(childId: string, body: TenOneBody, key: string): Promise<AttemptResult> {
  try {
    const { error, response } = await volunteersApi.POST('/api/v1/volunteers/children/{child_id}/ten-ones', {
      params: { path: { child_id: childId }, header: { 'Idempotency-Key': key } },
      body,
    });
    const detail = (error as { detail?: unknown } | undefined)?.detail;
    return { status: response.status, code: problemCode(error), detail: typeof detail === 'string' ? detail : null };
  } catch {
    return 'network';
  }
}

export const fetchMyHours = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET('/api/v1/volunteers/hours/me', { signal }));

export const checkIn = (teamId: string, code: string) =>
  unwrap(volunteersApi.POST('/api/v1/volunteers/hours/check-in', { body: { team_id: teamId, code } }));

export const checkOut = (teamId: string, code: string) =>
  unwrap(volunteersApi.POST('/api/v1/volunteers/hours/check-out', { body: { team_id: teamId, code } }));

/** The team's entries waiting for its leader's approval. */
export const fetchTeamPendingHours = (teamId: string, signal?: AbortSignal) =>
  unwrap(
    volunteersApi.GET('/api/v1/volunteers/hours', {
      params: { query: { team_id: teamId, status: 'pending', limit: 100, offset: 0 } },
      signal,
    }),
  );

export const approveHours = (entryId: string) =>
  unwrap(
    volunteersApi.POST('/api/v1/volunteers/hours/{entry_id}/approve', { params: { path: { entry_id: entryId } } }),
  );

export const rejectHours = (entryId: string, reason: string) =>
  unwrap(
    volunteersApi.POST('/api/v1/volunteers/hours/{entry_id}/reject', {
      params: { path: { entry_id: entryId } },
      body: { reason },
    }),
  );

/** The hours certificate's PDF, fetched with the token and saved as a file. */
export const downloadHoursCertificate = (): Promise<void> =>
  saveDownload(
    volunteersApi.GET('/api/v1/volunteers/hours/me/certificate.pdf', { parseAs: 'blob' }),
    'volunteer-hours.pdf',
  );

/** The public check of an hours certificate: the client sends no token on this path. */
export const fetchPublicHoursCertificate = (number: string, signal?: AbortSignal) =>
  unwrap(volunteersApi.GET('/api/v1/volunteers/certificates/{number}', { params: { path: { number } }, signal }));
