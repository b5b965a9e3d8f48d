import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { loansApi } from '@/api/client';
import type { ApplicationCreate, ApplicationUpdate, Borrower, BorrowerProfile, PolicyVersion } from '@/api/models';
import { ApiError } from '@/api/problem';
import { unwrap } from '@/api/unwrap';
import { fetchApplications } from '../applications/api';

export const profileKey = ['loans', 'my', 'profile'] as const;
export const myApplicationsKey = ['loans', 'my', 'applications'] as const;

/** The entrepreneur's borrower profile, or null before they have filled it in. */
export async function fetchMyProfile(signal?: AbortSignal): Promise<Borrower | null> {
  try {
    return await unwrap(loansApi.GET('/api/v1/loans/borrowers/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Fills in or updates the profile: the service keeps one per entrepreneur. */
export const saveMyProfile = (profile: BorrowerProfile) =>
  unwrap(loansApi.PUT('/api/v1/loans/borrowers/me', { body: profile }));

/** An entrepreneur has a handful of applications: one page holds them all. */
export const fetchMyApplications = (signal?: AbortSignal) =>
  fetchApplications({ limit: 100, offset: 0, filters: {} }, signal);

export const myProfileQuery = queryOptions({
  queryKey: profileKey,
  queryFn: ({ signal }) => fetchMyProfile(signal),
});

export const myApplicationsQuery = queryOptions({
  queryKey: myApplicationsKey,
  queryFn: ({ signal }) => fetchMyApplications(signal),
});

/** The home's (我的贷款) data, asked for by its route's loader: side by side with the page's code, rather than
 * after it has arrived and rendered (on a slow link, its answers then come with the page). */
export function prefetchMyHome(client: QueryClient): void {
  void client.prefetchQuery(myProfileQuery);
  void client.prefetchQuery(myApplicationsQuery);
}

export const createApplication = (project: ApplicationCreate) =>
  unwrap(loansApi.POST('/api/v1/loans/applications', { body: project }));

export const updateApplication = (id: string, project: ApplicationUpdate) =>
  unwrap(
    loansApi.PATCH('/api/v1/loans/applications/{application_id}', {
      params: { path: { application_id: id } },
      body: project,
    }),
  );

/** The policy version in force on a day (YYYY-MM-DD): the latest that has started and not ended. */
export function policyInForce(policies: readonly PolicyVersion[], on: string): PolicyVersion | undefined {
  return [...policies]
    .filter((policy) => policy.effective_from <= on && (!policy.effective_to || policy.effective_to >= on))
    .sort((a, b) => b.effective_from.localeCompare(a.effective_from))[0];
}
