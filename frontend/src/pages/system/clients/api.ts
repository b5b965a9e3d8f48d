import { gatewayApi } from '@/api/client';
import type { ApiClient, ClientCreate } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { CLIENT_KINDS, oneOf } from '@/domain/enums';

export const clientsKey = ['auth', 'clients'] as const;

export const fetchClients: ListFetch<ApiClient> = ({ limit, offset, filters }, signal) =>
  unwrap(
    gatewayApi.GET('/api/v1/auth/clients', {
      params: { query: { limit, offset, kind: oneOf(CLIENT_KINDS, filters.kind), bank_id: filters.bank_id } },
      signal,
    }),
  );

/** Answers the client with its id and secret: the only time the secret is ever shown. */
export const createClient = (client: ClientCreate) => unwrap(gatewayApi.POST('/api/v1/auth/clients', { body: client }));

/** A new secret, shown once; the current one keeps working `overlapHours` more (0: it stops now). */
export const rotateSecret = (id: string, overlapHours: number) =>
  unwrap(
    gatewayApi.POST('/api/v1/auth/clients/{client_id}/secret', {
      params: { path: { client_id: id } },
      body: { overlap_hours: overlapHours },
    }),
  );

export const setClientActive = (id: string, active: boolean) =>
  unwrap(
    active
      ? gatewayApi.POST('/api/v1/auth/clients/{client_id}/enable', { params: { path: { client_id: id } } })
      : gatewayApi.POST('/api/v1/auth/clients/{client_id}/disable', { params: { path: { client_id: id } } }),
  );

/** The services a service's client may call by default: all the others. */
export function otherServices<T extends string>(all: readonly T[], own: T | undefined): T[] {
  return all.filter((service) => service !== own);
}
