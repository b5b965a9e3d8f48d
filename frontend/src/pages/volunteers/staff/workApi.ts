import { volunteersApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import type {
  AdjustmentWrite,
  HostWrite,
  HoursEntry,
  HoursStatus,
  Host,
  Placement,
  PlacementWrite,
  Position,
  PositionWrite,
  Visit,
} from './types';

const V = '/api/v1/volunteers';
const HOURS_STATUSES: readonly HoursStatus[] = ['open', 'pending', 'approved', 'rejected'];
const status = (value: string | undefined) => HOURS_STATUSES.find((s) => s === value);

// Site visits
export const visitsKey = ['volunteers', 'visits'] as const;

export const fetchVisits: ListFetch<Visit> = ({ limit, offset, filters }, signal) =>
  unwrap(volunteersApi.GET(`${V}/visits`, { params: { query: { limit, offset, team_id: filters.team_id } }, signal }));

export const visitKey = (id: string) => ['volunteers', 'visit', id] as const;

const visit = (id: string) => ({ path: { visit_id: id } });

export const fetchVisit = (id: string, signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/visits/{visit_id}`, { params: visit(id), signal }));

export const reviewVisit = (id: string, note: string) =>
  unwrap(volunteersApi.POST(`${V}/visits/{visit_id}/review`, { params: visit(id), body: { note } }));

export const returnVisit = (id: string, note: string) =>
  unwrap(volunteersApi.POST(`${V}/visits/{visit_id}/return`, { params: visit(id), body: { note } }));

// Internships (展翅计划)
export const hostsKey = ['volunteers', 'internships', 'hosts'] as const;
export const positionsKey = ['volunteers', 'internships', 'positions'] as const;
export const placementsKey = ['volunteers', 'internships', 'placements'] as const;

export const fetchHosts: ListFetch<Host> = ({ limit, offset }, signal) =>
  unwrap(volunteersApi.GET(`${V}/internships/hosts`, { params: { query: { limit, offset } }, signal }));

export const createHost = (body: HostWrite) => unwrap(volunteersApi.POST(`${V}/internships/hosts`, { body }));

export const fetchPositions: ListFetch<Position> = ({ limit, offset, filters }, signal) =>
  unwrap(
    volunteersApi.GET(`${V}/internships/positions`, {
      params: { query: { limit, offset, host_id: filters.host_id } },
      signal,
    }),
  );

export const createPosition = (body: PositionWrite) =>
  unwrap(volunteersApi.POST(`${V}/internships/positions`, { body }));

export const fetchPlacements: ListFetch<Placement> = ({ limit, offset }, signal) =>
  unwrap(volunteersApi.GET(`${V}/internships/placements`, { params: { query: { limit, offset } }, signal }));

export const createPlacement = (body: PlacementWrite) =>
  unwrap(volunteersApi.POST(`${V}/internships/placements`, { body }));

export const evaluatePlacement = (id: string, body: { rating: number; comment: string }) =>
  unwrap(
    volunteersApi.PUT(`${V}/internships/placements/{placement_id}/evaluation`, {
      params: { path: { placement_id: id } },
      body,
    }),
  );

export const searchProfiles = (q: string, signal?: AbortSignal) =>
  unwrap(volunteersApi.GET(`${V}/profiles`, { params: { query: { q: q || undefined, limit: 20 } }, signal }));

// Hours
export const hoursKey = ['volunteers', 'hours'] as const;

export const fetchHours: ListFetch<HoursEntry> = ({ limit, offset, filters }, signal) =>
  unwrap(
    volunteersApi.GET(`${V}/hours`, {
      params: { query: { limit, offset, status: status(filters.status), team_id: filters.team_id } },
      signal,
    }),
  );

const entry = (id: string) => ({ path: { entry_id: id } });

export const approveHours = (id: string) =>
  unwrap(volunteersApi.POST(`${V}/hours/{entry_id}/approve`, { params: entry(id) }));

export const rejectHours = (id: string, reason: string) =>
  unwrap(volunteersApi.POST(`${V}/hours/{entry_id}/reject`, { params: entry(id), body: { reason } }));

export const reverseHours = (id: string, reason: string) =>
  unwrap(volunteersApi.POST(`${V}/hours/{entry_id}/reverse`, { params: entry(id), body: { reason } }));

export const adjustHours = (body: AdjustmentWrite) => unwrap(volunteersApi.POST(`${V}/hours/adjustments`, { body }));

// Statistics
export const statsKey = ['volunteers', 'stats'] as const;

export const fetchStats = (signal?: AbortSignal) => unwrap(volunteersApi.GET(`${V}/stats`, { signal }));
