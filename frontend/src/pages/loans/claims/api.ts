import { loansApi } from '@/api/client';
import type { Claim, ClaimLine, LineDecision } from '@/api/models';
import { ApiError, asProblem } from '@/api/problem';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { CLAIM_STATUSES, LINE_DECISIONS, oneOf } from '@/domain/enums';

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

/** The file name a download answer suggests (RFC 6266), else the fallback. */
export function attachmentName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding: try the plain name.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim() || fallback;
}

/** The server-made claim sheet (.xlsx), fetched with the bearer token and handed to the browser. */
export async function downloadClaimSheet(id: string, fallbackName: string): Promise<void> {
  const { data, error, response } = await loansApi.GET('/api/v1/loans/claims/{claim_id}/export.xlsx', {
    params: { path: { claim_id: id } },
    parseAs: 'blob',
  });
  if (!response.ok || !(data instanceof Blob)) throw new ApiError(response.status, asProblem(error));
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
