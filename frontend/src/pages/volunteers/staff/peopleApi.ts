import { volunteersApi } from '@/api/client';
import { idempotencyKey } from '@/api/idempotency';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';
import { saveDownload } from '@/export/download';
import type { ChildSummary, ChildWrite, TenOne } from './types';

const V = '/api/v1/volunteers';
const child = (id: string) => ({ path: { child_id: id } });

// Children: staff see every child (county staff their county's); the service logs every read.
export const childrenKey = ['volunteers', 'children'] as const;

const childQuery = (filters: Record<string, string>) => ({
  camp_id: filters.camp_id,
  county_code: oneOf(COUNTY_CODES, filters.county_code),
  q: filters.q,
});

export const fetchChildren: ListFetch<ChildSummary> = ({ limit, offset, filters }, signal) =>
  unwrap(volunteersApi.GET(`${V}/children`, { params: { query: { limit, offset, ...childQuery(filters) } }, signal }));

export const childKey = (id: string) => ['volunteers', 'child', id] as const;

export const fetchChild = (id: string, signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/children/{child_id}`, { params: child(id), signal }));

export const createChild = (body: ChildWrite) => unwrap(volunteersApi.POST(`${V}/children`, { body }));

export const recordTenOne = (childId: string, body: { item: TenOne; on: string; note: string }) =>
  unwrap(
    volunteersApi.POST(`${V}/children/{child_id}/ten-ones`, {
      params: { ...child(childId), header: { 'Idempotency-Key': idempotencyKey() } },
      body,
    }),
  );

export const accessLogKey = (id: string) => ['volunteers', 'child', id, 'access-log'] as const;

export const fetchAccessLog = (id: string, limit: number, offset: number, signal?: AbortSignal) =>
  unwrap(
    volunteersApi.GET(`${V}/children/{child_id}/access-log`, {
      params: { ...child(id), query: { limit, offset } },
      signal,
    }),
  );

/** The server's export (names masked, no guardian phones) of the children the filters select. */
export const downloadChildren = (filters: Record<string, string>, fallbackName: string) =>
  saveDownload(
    volunteersApi.GET(`${V}/children/export.xlsx`, { params: { query: childQuery(filters) }, parseAs: 'blob' }),
    fallbackName,
  );

// Retention: the children's records past the keeping period are anonymized by a run.
export const retentionKey = ['volunteers', 'retention-runs'] as const;

export const fetchRetentionRuns = (signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/retention/runs`, { signal }));

export const runRetention = (on: string) => unwrap(volunteersApi.POST(`${V}/retention/runs`, { body: { on } }));
