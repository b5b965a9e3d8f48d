import { gatewayApi } from '@/api/client';
import type { Account, AccountCreate, AccountUpdate } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { ROLES, oneOf } from '@/domain/enums';

export const accountsKey = ['auth', 'accounts'] as const;

const flag = (value: string | undefined) => (value === 'true' ? true : value === 'false' ? false : undefined);

export const fetchAccounts: ListFetch<Account> = ({ limit, offset, filters }, signal) =>
  unwrap(
    gatewayApi.GET('/api/v1/auth/accounts', {
      params: {
        query: {
          limit,
          offset,
          q: filters.q,
          role: oneOf(ROLES, filters.role),
          county: oneOf(COUNTY_CODES, filters.county),
          active: flag(filters.active),
        },
      },
      signal,
    }),
  );

/** Answers the account and its temporary password, shown once. */
export const createAccount = (account: AccountCreate) =>
  unwrap(gatewayApi.POST('/api/v1/auth/accounts', { body: account }));

export const updateAccount = (id: string, change: AccountUpdate) =>
  unwrap(gatewayApi.PATCH('/api/v1/auth/accounts/{user_id}', { params: { path: { user_id: id } }, body: change }));

export const setAccountActive = (id: string, active: boolean) =>
  unwrap(
    active
      ? gatewayApi.POST('/api/v1/auth/accounts/{user_id}/enable', { params: { path: { user_id: id } } })
      : gatewayApi.POST('/api/v1/auth/accounts/{user_id}/disable', { params: { path: { user_id: id } } }),
  );

/** A temporary password, shown once; the person's sessions end and they choose a new one at sign-in. */
export const resetPassword = (id: string) =>
  unwrap(gatewayApi.POST('/api/v1/auth/accounts/{user_id}/password-reset', { params: { path: { user_id: id } } }));
