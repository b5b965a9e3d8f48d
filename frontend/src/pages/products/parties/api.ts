import { productsApi } from '@/api/client';
import type {
  Buyer,
  BuyerCreate,
  BuyerKind,
  SellerAction,
  SellerCreate,
  SellerDetail,
  SellerKind,
  SellerRead,
  SellerStatus,
} from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';

// Each list is checked against the generated type: a value the API adds or drops is a compile error here.
function valuesOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const SELLER_STATUSES = valuesOf<SellerStatus>({ pending: true, admitted: true, suspended: true });
export const SELLER_KINDS = valuesOf<SellerKind>({
  entrepreneur: true,
  cooperative: true,
  family_farm: true,
  association_member: true,
});
export const BUYER_KINDS = valuesOf<BuyerKind>({
  industrial_park: true,
  enterprise_canteen: true,
  work_unit_canteen: true,
  community_group_buying: true,
  supermarket: true,
  other: true,
});

export const sellersKey = ['products', 'sellers'] as const;
export const sellerKey = (id: string) => [...sellersKey, id] as const;
export const buyersKey = ['products', 'buyers'] as const;
export const buyerKey = (id: string) => [...buyersKey, id] as const;

/** The sellers staff may see (county staff: their county's), by admission status, kind, county and name. */
export const fetchSellers: ListFetch<SellerRead> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/sellers', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(SELLER_STATUSES, filters.status),
          kind: oneOf(SELLER_KINDS, filters.kind),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          q: filters.q,
        },
      },
      signal,
    }),
  );

export const fetchSeller = (id: string, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/sellers/{seller_id}', { params: { path: { seller_id: id } }, signal }));

/** Registers a seller, pending admission: an entrepreneur registers themselves. */
export const registerSeller = (seller: SellerCreate) =>
  unwrap(productsApi.POST('/api/v1/products/sellers', { body: seller }));

/** Admits, suspends or reinstates a seller; the answer is the seller with its grown history. */
export function actOnSeller(id: string, action: SellerAction, reason?: string): Promise<SellerDetail> {
  const params = { path: { seller_id: id } };
  const body = { reason: reason?.trim() || null };
  switch (action) {
    case 'admit':
      return unwrap(productsApi.POST('/api/v1/products/sellers/{seller_id}/admit', { params, body }));
    case 'suspend':
      return unwrap(productsApi.POST('/api/v1/products/sellers/{seller_id}/suspend', { params, body }));
    case 'reinstate':
      return unwrap(productsApi.POST('/api/v1/products/sellers/{seller_id}/reinstate', { params, body }));
  }
}

/** The buyers staff may see, by kind, county and name. */
export const fetchBuyers: ListFetch<Buyer> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/buyers', {
      params: {
        query: {
          limit,
          offset,
          kind: oneOf(BUYER_KINDS, filters.kind),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          q: filters.q,
        },
      },
      signal,
    }),
  );

export const fetchBuyer = (id: string, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/buyers/{buyer_id}', { params: { path: { buyer_id: id } }, signal }));

/** Registers a buyer: a buyer's account registers itself, and may post demands at once (no admission). */
export const registerBuyer = (buyer: BuyerCreate) =>
  unwrap(productsApi.POST('/api/v1/products/buyers', { body: buyer }));
