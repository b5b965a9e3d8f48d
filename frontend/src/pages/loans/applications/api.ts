import { loansApi } from '@/api/client';
import { idempotencyKey } from '@/api/idempotency';
import type { Application, ApplicationAction, ApplicationDetail } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import type { Filters } from '@/components/list/useListParams';
import { COUNTY_CODES } from '@/domain/counties';
import { APPLICATION_STATUSES, LOAN_USES, oneOf } from '@/domain/enums';

/** The list's filters as the endpoint's query parameters; unknown values are dropped. */
export function applicationQuery(filters: Filters) {
  const year = Number(filters.year);
  return {
    status: oneOf(APPLICATION_STATUSES, filters.status),
    county_code: oneOf(COUNTY_CODES, filters.county_code),
    bank_id: filters.bank_id,
    use: oneOf(LOAN_USES, filters.use),
    year: Number.isInteger(year) && year >= 2000 ? year : undefined,
  };
}

export const fetchApplications: ListFetch<Application> = ({ limit, offset, filters }, signal) =>
  unwrap(
    loansApi.GET('/api/v1/loans/applications', {
      params: { query: { limit, offset, ...applicationQuery(filters) } },
      signal,
    }),
  );

export const fetchApplication = (id: string, signal?: AbortSignal) =>
  unwrap(
    loansApi.GET('/api/v1/loans/applications/{application_id}', { params: { path: { application_id: id } }, signal }),
  );

export const applicationKey = (id: string) => ['loans', 'application', id] as const;

/** What an action sends besides the application: a reason, and the bank for a referral. */
export interface ActionInputs {
  reason?: string;
  bank_id?: string;
}

/** Takes one step of the application's life; the answer is the application as it is afterwards. */
export function act(id: string, action: ApplicationAction, inputs: ActionInputs = {}): Promise<ApplicationDetail> {
  const params = { path: { application_id: id } };
  const body = { reason: inputs.reason?.trim() || null };
  switch (action) {
    case 'submit':
      return unwrap(loansApi.POST('/api/v1/loans/applications/{application_id}/submit', { params }));
    case 'withdraw':
      return unwrap(loansApi.POST('/api/v1/loans/applications/{application_id}/withdraw', { params, body }));
    case 'recommend':
      return unwrap(loansApi.POST('/api/v1/loans/applications/{application_id}/recommend', { params, body }));
    case 'return':
      return unwrap(loansApi.POST('/api/v1/loans/applications/{application_id}/return', { params, body }));
    case 'reject':
      return unwrap(loansApi.POST('/api/v1/loans/applications/{application_id}/reject', { params, body }));
    case 'refer':
      return unwrap(
        loansApi.POST('/api/v1/loans/applications/{application_id}/refer', {
          params,
          body: { ...body, bank_id: inputs.bank_id ?? '' },
        }),
      );
    // A bank's decisions are idempotent writes: each attempt carries its own key.
    case 'approve':
      return unwrap(
        loansApi.POST('/api/v1/loans/applications/{application_id}/approve', {
          params: { ...params, header: { 'Idempotency-Key': idempotencyKey() } },
          body,
        }),
      );
    case 'decline':
      return unwrap(
        loansApi.POST('/api/v1/loans/applications/{application_id}/decline', {
          params: { ...params, header: { 'Idempotency-Key': idempotencyKey() } },
          body,
        }),
      );
    default:
      return Promise.reject(new Error(`${action} is not taken from the console`));
  }
}
