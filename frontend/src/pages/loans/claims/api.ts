import { loansApi } from '@/api/client';
import type { Claim, ClaimLine, LineDecision } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { CLAIM_STATUSES, LINE_DECISIONS, oneOf } from '@/domain/enums';
import { saveDownload } from '@/export/download';

export const claimKey = (id: string) => ['loans', 'claim', id] as const;

export const fetchClaims: ListFetch<Claim> = ({ limit, offset, filters }, signal) => {
  const year = Number(filters.year);
  const quarter = Number(filters.quarter);
  return unwrap(
    loansApi.GET('/api/v1/loans/claims', {
      params: {
        query: {
          limit,
          offset,
          bank_id: filters.bank_id,
          year: Number.isInteger(year) && year >= 2020 ? year : undefined,
          quarter: [1, 2, 3, 4].includes(quarter) ? quarter : undefined,
          status: oneOf(CLAIM_STATUSES, filters.status),
        },
      },
      signal,
    }),
  );
};

export const fetchClaim = (id: string, signal?: AbortSignal) =>
  unwrap(loansApi.GET('/api/v1/loans/claims/{claim_id}', { params: { path: { claim_id: id } }, signal }));

/** One claim's lines; the filters are the line table's (decision, flagged). */
export const fetchClaimLines =
  (id: string): ListFetch<ClaimLine> =>
  ({ limit, offset, filters }, signal) =>
    unwrap(
      loansApi.GET('/api/v1/loans/claims/{claim_id}/lines', {
        params: {
          path: { claim_id: id },
          query: {
            limit,
            offset,
            decision: oneOf(LINE_DECISIONS, filters.decision),
            flagged: filters.flagged === 'true' ? true : filters.flagged === 'false' ? false : undefined,
          },
        },
        signal,
      }),
    );

export const decideLine = (id: string, lineId: string, decision: Exclude<LineDecision, 'pending'>, reason?: string) =>
  unwrap(
    loansApi.POST('/api/v1/loans/claims/{claim_id}/lines/{line_id}/decision', {
      params: { path: { claim_id: id, line_id: lineId } },
      body: { decision, reason: reason?.trim() || null },
    }),
  );

export const approveUnflagged = (id: string) =>
  unwrap(
    loansApi.POST('/api/v1/loans/claims/{claim_id}/lines/approve-unflagged', { params: { path: { claim_id: id } } }),
  );

export const approveClaim = (id: string) =>
  unwrap(loansApi.POST('/api/v1/loans/claims/{claim_id}/approve', { params: { path: { claim_id: id } } }));

export const payClaim = (id: string, voucherNumber: string) =>
  unwrap(
    loansApi.POST('/api/v1/loans/claims/{claim_id}/pay', {
      params: { path: { claim_id: id } },
      body: { voucher_number: voucherNumber.trim() },
    }),
  );

/** The server-made claim sheet (.xlsx), fetched with the bearer token and handed to the browser. */
export const downloadClaimSheet = (id: string, fallbackName: string) =>
  saveDownload(
    loansApi.GET('/api/v1/loans/claims/{claim_id}/export.xlsx', {
      params: { path: { claim_id: id } },
      parseAs: 'blob',
    }),
    fallbackName,
  );
