import { loansApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';

export const fetchLoanStats = (year: number | undefined, signal?: AbortSignal) =>
  unwrap(loansApi.GET('/api/v1/loans/stats', { params: { query: { year } }, signal }));
