import { loansApi } from '@/api/client';
import type { SubsidyQuoteRequest } from '@/api/models';
import { unwrap } from '@/api/unwrap';

export const quoteSubsidy = (request: SubsidyQuoteRequest) =>
  unwrap(loansApi.POST('/api/v1/loans/subsidy/quote', { body: request }));
