import { loansApi } from '@/api/client';
import type { components } from '@/api/generated/loans';
import { ApiError } from '@/api/problem';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { oneOf } from '@/domain/enums';

type Schemas = components['schemas'];
export type WebhookEndpoint = Schemas['EndpointRead'];
export type EndpointIn = Schemas['EndpointIn'];
export type EndpointWithSecret = Schemas['EndpointWithSecret'];
export type Delivery = Schemas['DeliveryRead'];
export type Attempt = Schemas['AttemptRead'];
export type SentTestEvent = Schemas['SentTestEvent'];
export type EventType = Schemas['EventType'];
export type MessageStatus = Schemas['MessageStatus'];

function valuesOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

// Checked against the generated types: an event type or status the API adds is a compile error here.
export const EVENT_TYPES = valuesOf<EventType>({
  'application.referred': true,
  'claim.line_approved': true,
  'claim.line_rejected': true,
  'claim.lines_approved': true,
  'claim.paid': true,
  'test.ping': true,
});
export const MESSAGE_STATUSES = valuesOf<MessageStatus>({ pending: true, delivered: true, failed: true });

export const endpointKey = ['loans', 'webhooks', 'endpoint'] as const;
export const deliveriesKey = ['loans', 'webhooks', 'deliveries'] as const;

/** The bank's endpoint, or null before it has registered one. */
export async function fetchEndpoint(signal?: AbortSignal): Promise<WebhookEndpoint | null> {
  try {
    return await unwrap(loansApi.GET('/api/v1/loans/webhooks/endpoint', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Registers the endpoint (the answer carries its secret, shown once) or changes it (no secret). */
export const saveEndpoint = (endpoint: EndpointIn): Promise<WebhookEndpoint | EndpointWithSecret> =>
  unwrap(loansApi.PUT('/api/v1/loans/webhooks/endpoint', { body: endpoint }));

export const rotateSecret = () => unwrap(loansApi.POST('/api/v1/loans/webhooks/endpoint/rotate-secret'));

export const sendTestEvent = () => unwrap(loansApi.POST('/api/v1/loans/webhooks/endpoint/test'));

export const fetchDeliveries: ListFetch<Delivery> = ({ limit, offset, filters }, signal) =>
  unwrap(
    loansApi.GET('/api/v1/loans/webhooks/deliveries', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(MESSAGE_STATUSES, filters.status),
          event_type: oneOf(EVENT_TYPES, filters.event_type),
        },
      },
      signal,
    }),
  );

export const fetchAttempts = (deliveryId: string, signal?: AbortSignal) =>
  unwrap(
    loansApi.GET('/api/v1/loans/webhooks/deliveries/{delivery_id}/attempts', {
      params: { path: { delivery_id: deliveryId } },
      signal,
    }),
  );
