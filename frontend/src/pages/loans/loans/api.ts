import { loansApi } from '@/api/client';
import type { Loan } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';
import { LENT_STATUSES } from '../lifecycle';

export const fetchLoans: ListFetch<Loan> = ({ limit, offset, filters }, signal) => {
  const year = Number(filters.year);
  return unwrap(
    loansApi.GET('/api/v1/loans/loans', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(LENT_STATUSES, filters.status),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          bank_id: filters.bank_id,
          year: Number.isInteger(year) && year >= 2000 ? year : undefined,
        },
      },
      signal,
    }),
  );
};

export const loanKey = (id: string) => ['loans', 'loan', id] as const;

export const fetchLoan = (id: string, signal?: AbortSignal) =>
  unwrap(loansApi.GET('/api/v1/loans/loans/{loan_id}', { params: { path: { loan_id: id } }, signal }));

export const fetchSchedule = (id: string, signal?: AbortSignal) =>
  unwrap(loansApi.GET('/api/v1/loans/loans/{loan_id}/schedule', { params: { path: { loan_id: id } }, signal }));

export const writeOff = (id: string, reason: string) =>
  unwrap(
    loansApi.POST('/api/v1/loans/loans/{loan_id}/write-off', {
      params: { path: { loan_id: id } },
      body: { reason: reason.trim() },
    }),
  );

export const markOverdue = () => unwrap(loansApi.POST('/api/v1/loans/overdue/mark'));
