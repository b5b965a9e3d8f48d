import { productsApi } from '@/api/client';
import type {
  Buyer,
  ClearingScope,
  Deal,
  DealAction,
  DealCreate,
  DealDetail,
  DealStatus,
  Demand,
  DemandCreate,
  DemandStatus,
  DemandUpdate,
  Lot,
  LotCreate,
  LotStatus,
  LotUpdate,
  Seller,
} from '@/api/models';
import { ApiError } from '@/api/problem';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf, PRODUCT_CATEGORIES } from '@/domain/enums';

// A seller has a few dozen lots and a buyer a few dozen demands: one page of 200 holds them on a phone.
const MINE = { limit: 200, offset: 0 } as const;

export const marketKey = ['products', 'market'] as const;
export const myLotsKey = [...marketKey, 'my', 'lots'] as const;
export const myDemandsKey = [...marketKey, 'my', 'demands'] as const;
export const myDealsKey = [...marketKey, 'my', 'deals'] as const;
export const catalogueKey = [...marketKey, 'catalogue'] as const;

/** The caller's own record, or null when they have none (404). */
async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const fetchMySeller = (signal?: AbortSignal): Promise<Seller | null> =>
  orNull(unwrap(productsApi.GET('/api/v1/products/sellers/me', { signal })));

export const fetchMyBuyer = (signal?: AbortSignal): Promise<Buyer | null> =>
  orNull(unwrap(productsApi.GET('/api/v1/products/buyers/me', { signal })));

/** A seller sees their own lots; the service scopes the list. */
export const fetchMyLots = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/lots', { params: { query: MINE }, signal }));

/** A buyer sees their own demands. */
export const fetchMyDemands = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/demands', { params: { query: MINE }, signal }));

/** The deals on the caller's lots (a seller) or demands (a buyer). */
export const fetchMyDeals = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/deals', { params: { query: MINE }, signal }));

export const fetchDemand = (id: string, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/demands/{demand_id}', { params: { path: { demand_id: id } }, signal }));

export const fetchMatches = (demandId: string, signal?: AbortSignal) =>
  unwrap(
    productsApi.GET('/api/v1/products/demands/{demand_id}/matches', {
      params: { path: { demand_id: demandId }, query: { limit: 20 } },
      signal,
    }),
  );

/** The whole catalogue (a few dozen featured products) for the product pickers. */
export const fetchCatalogue = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/products', { params: { query: { limit: 200, offset: 0 } }, signal }));

export const createLot = (lot: LotCreate) => unwrap(productsApi.POST('/api/v1/products/lots', { body: lot }));

export const createDemand = (demand: DemandCreate) =>
  unwrap(productsApi.POST('/api/v1/products/demands', { body: demand }));

/** Corrects a lot on offer: only the fields sent change (`quantity_kg` is the new total). */
export const editLot = (id: string, update: LotUpdate) =>
  unwrap(productsApi.PATCH('/api/v1/products/lots/{lot_id}', { params: { path: { lot_id: id } }, body: update }));

/** Corrects a demand still wanted: only the fields sent change (`max_distance_km: null` is any distance). */
export const editDemand = (id: string, update: DemandUpdate) =>
  unwrap(
    productsApi.PATCH('/api/v1/products/demands/{demand_id}', { params: { path: { demand_id: id } }, body: update }),
  );

export const proposeDeal = (deal: DealCreate) => unwrap(productsApi.POST('/api/v1/products/deals', { body: deal }));

/** Accepts a proposed deal for the caller's own side (the seller's or the buyer's). */
export const acceptDeal = (id: string) =>
  unwrap(productsApi.POST('/api/v1/products/deals/{deal_id}/accept', { params: { path: { deal_id: id } } }));

export const dealKey = (id: string) => [...marketKey, 'deal', id] as const;

/** One deal with its timeline and what the caller may do now (staff, or the seller or buyer on it). */
export const fetchDeal = (id: string, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/deals/{deal_id}', { params: { path: { deal_id: id } }, signal }));

/** What a step sends besides the deal: a reason or note, and for a delivery the kilograms that arrived. */
export interface DealInputs {
  reason?: string;
  delivered_kg?: string;
}

/** Takes one step of the deal; the answer is the deal as it is afterwards. */
export function actOnDeal(id: string, action: DealAction, inputs: DealInputs = {}): Promise<DealDetail> {
  const params = { path: { deal_id: id } };
  const body = { reason: inputs.reason?.trim() || null };
  switch (action) {
    case 'accept':
      return acceptDeal(id);
    case 'ship':
      return unwrap(productsApi.POST('/api/v1/products/deals/{deal_id}/ship', { params, body }));
    case 'deliver':
      return unwrap(
        productsApi.POST('/api/v1/products/deals/{deal_id}/deliver', {
          params,
          body: { ...body, delivered_kg: inputs.delivered_kg ?? '' },
        }),
      );
    case 'dispute':
      return unwrap(productsApi.POST('/api/v1/products/deals/{deal_id}/dispute', { params, body }));
    case 'settle':
      return unwrap(productsApi.POST('/api/v1/products/deals/{deal_id}/settle', { params, body }));
    case 'cancel':
      return unwrap(productsApi.POST('/api/v1/products/deals/{deal_id}/cancel', { params, body }));
    default:
      return Promise.reject(new Error(`${action} is the clearing's, not taken from a page`));
  }
}

/** The latest deals of one seller or buyer, for their page (the service scopes them to the caller). */
export const fetchPartyDeals = (party: { seller_id?: string; buyer_id?: string }, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/deals', { params: { query: { ...party, limit: 20, offset: 0 } }, signal }));

/** The demands still wanted (open or partly filled), for the staff's matching board. */
export async function fetchOpenDemands(signal?: AbortSignal) {
  const page = await unwrap(productsApi.GET('/api/v1/products/demands', { params: { query: MINE }, signal }));
  return page.items.filter((demand) => demand.status === 'open' || demand.status === 'partly_filled');
}

export const clearingKey = [...marketKey, 'clearing-runs'] as const;

export const fetchClearingRunsPage = (page: { limit: number; offset: number }, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/clearing-runs', { params: { query: page }, signal }));

/** The latest runs, newest first. */
export const fetchClearingRuns = (signal?: AbortSignal) => fetchClearingRunsPage({ limit: 20, offset: 0 }, signal);

export const fetchClearingRun = (id: string, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/clearing-runs/{run_id}', { params: { path: { run_id: id } }, signal }));

export const runClearing = (scope: ClearingScope) =>
  unwrap(productsApi.POST('/api/v1/products/clearing-runs', { body: scope }));

/** The deals still proposed (a clearing's allocations become proposed deals), to name their parties. */
export const fetchProposedDeals = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/deals', { params: { query: { status: 'proposed', ...MINE } }, signal }));

export const LOT_STATUSES: readonly LotStatus[] = ['open', 'partly_sold', 'sold_out', 'expired', 'withdrawn'];
export const DEMAND_STATUSES: readonly DemandStatus[] = ['open', 'partly_filled', 'filled', 'cancelled', 'expired'];

/** The staff's list of lots, filtered by status, category, county, unsold and a search. */
export const fetchLots: ListFetch<Lot> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/lots', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(LOT_STATUSES, filters.status),
          category: oneOf(PRODUCT_CATEGORIES, filters.category),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          unsold: filters.unsold === 'yes' ? true : filters.unsold === 'no' ? false : undefined,
          q: filters.q,
        },
      },
      signal,
    }),
  );

/** The staff's list of demands, filtered by status, category, county and a search. */
export const fetchDemands: ListFetch<Demand> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/demands', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(DEMAND_STATUSES, filters.status),
          category: oneOf(PRODUCT_CATEGORIES, filters.category),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          q: filters.q,
        },
      },
      signal,
    }),
  );

export const DEAL_STATUSES: readonly DealStatus[] = [
  'proposed',
  'accepted',
  'shipped',
  'delivered',
  'disputed',
  'settled',
  'cancelled',
  'withdrawn',
];

/** The staff's list of deals (county staff: those on their county's lots), by status and county. */
export const fetchDeals: ListFetch<Deal> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/deals', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(DEAL_STATUSES, filters.status),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
        },
      },
      signal,
    }),
  );
