import { loansApi } from '@/api/client';
import type { Bank, BankCreate, LprFixing } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { BANK_TYPES, oneOf } from '@/domain/enums';

export const fetchBanks: ListFetch<Bank> = ({ limit, offset, filters }, signal) =>
  unwrap(
    loansApi.GET('/api/v1/loans/banks', {
      params: { query: { limit, offset, bank_type: oneOf(BANK_TYPES, filters.bank_type), q: filters.q } },
      signal,
    }),
  );

export const createBank = (bank: BankCreate) => unwrap(loansApi.POST('/api/v1/loans/banks', { body: bank }));

export const fetchLpr: ListFetch<LprFixing> = ({ limit, offset }, signal) =>
  unwrap(loansApi.GET('/api/v1/loans/lpr', { params: { query: { limit, offset } }, signal }));

export const fetchLprInForce = (on: string) =>
  unwrap(loansApi.GET('/api/v1/loans/lpr/in-force', { params: { query: { on } } }));
