import dayjs from 'dayjs';
import { gatewayApi } from '@/api/client';
import type { SecurityEvent } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import type { Filters } from '@/components/list/useListParams';
import { EVENT_KINDS, oneOf } from '@/domain/enums';
import { saveDownload } from '@/export/download';
import { businessDayStart } from '@/lib/format';

export const auditKey = ['auth', 'audit'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list's filters as the API's: the dates are whole Beijing days, `to` included (the API's `to` is
 * "before", so it is the start of the next day). */
export function auditQuery(filters: Filters) {
  const from = filters.from && DATE.test(filters.from) ? businessDayStart(filters.from) : undefined;
  const to =
    filters.to && DATE.test(filters.to)
      ? businessDayStart(dayjs(filters.to).add(1, 'day').format('YYYY-MM-DD'))
      : undefined;
  return {
    kind: oneOf(EVENT_KINDS, filters.kind),
    subject: filters.subject?.trim() || undefined,
    actor: filters.actor?.trim() || undefined,
    from,
    to,
  };
}

export const fetchEvents: ListFetch<SecurityEvent> = ({ limit, offset, filters }, signal) =>
  unwrap(
    gatewayApi.GET('/api/v1/auth/audit', { params: { query: { limit, offset, ...auditQuery(filters) } }, signal }),
  );

/** The server's Excel file of the events the filters select (newest first, at most 50,000). */
export const downloadEvents = (filters: Filters, fallbackName: string) =>
  saveDownload(
    gatewayApi.GET('/api/v1/auth/audit/export.xlsx', { params: { query: auditQuery(filters) }, parseAs: 'blob' }),
    fallbackName,
  );

export const fetchAccountName = (id: string, signal?: AbortSignal) =>
  unwrap(gatewayApi.GET('/api/v1/auth/accounts/{user_id}', { params: { path: { user_id: id } }, signal }));

export const fetchClientName = (id: string, signal?: AbortSignal) =>
  unwrap(gatewayApi.GET('/api/v1/auth/clients/{client_id}', { params: { path: { client_id: id } }, signal }));

export type Tone = 'alert' | 'change' | 'routine';

const ALERTS = new Set<SecurityEvent['kind']>([
  'login_failed',
  'login_locked',
  'login_slowed',
  'token_rejected',
  'refresh_reused',
  'registration_code_failed',
  'client_authentication_failed',
]);
const ROUTINE = new Set<SecurityEvent['kind']>([
  'login_succeeded',
  'logout',
  'session_revoked',
  'registration_started',
  'registration_completed',
  'client_authenticated',
]);

/** How an event reads at a glance: something that went wrong (or was tried), a change someone made, or
 * the day's routine. */
export function eventTone(kind: string): Tone {
  if (ALERTS.has(kind)) return 'alert';
  if (ROUTINE.has(kind)) return 'routine';
  return 'change';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | null | undefined): value is string {
  return !!value && UUID.test(value);
}

/** An event's detail on one line: `key: value` pairs, nested values as JSON, at most `max` characters. Ids
 * (`session_id`, `registration_id`, ...) are left to the full detail: they say nothing at a glance. */
export function detailSummary(detail: Record<string, unknown>, max = 120): string {
  const text = Object.entries(detail)
    .filter(([key, value]) => !key.endsWith('_id') && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
