import { productsApi } from '@/api/client';
import type { Pairing, PairingCreate, PairingUpdate, Platform, PlatformCreate, Video, VideoCreate } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';

export const pairingsKey = ['products', 'pairings'] as const;
export const videosKey = ['products', 'videos'] as const;
export const platformsKey = ['products', 'platforms'] as const;
export const productStatsKey = ['products', 'stats'] as const;

/** A year filter's value as the API takes it (2000–2100), or nothing. */
export function yearParam(value: string | undefined): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id filter's value (a product's, from a bookmarked URL say) when it is a UUID, else nothing. */
export function idParam(value: string | undefined): string | undefined {
  return value && UUID.test(value) ? value : undefined;
}

/** 万企帮万村 pairings (county staff: their county's), by county and year paired. */
export const fetchPairings: ListFetch<Pairing> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/pairings', {
      params: {
        query: {
          limit,
          offset,
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          year: yearParam(filters.year),
        },
      },
      signal,
    }),
  );

export const createPairing = (pairing: PairingCreate) =>
  unwrap(productsApi.POST('/api/v1/products/pairings', { body: pairing }));

/** Records what has arrived in all so far (not this one transfer). */
export const updatePairing = (id: string, update: PairingUpdate) =>
  unwrap(
    productsApi.PATCH('/api/v1/products/pairings/{pairing_id}', {
      params: { path: { pairing_id: id } },
      body: update,
    }),
  );

/** The brand programme's promotion videos, newest first, by product and year shot. */
export const fetchVideos: ListFetch<Video> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/videos', {
      params: { query: { limit, offset, product_id: idParam(filters.product_id), year: yearParam(filters.year) } },
      signal,
    }),
  );

/** One product's videos for the catalogue (a product has a handful). */
export const fetchProductVideos = (productId: string, signal?: AbortSignal) =>
  unwrap(
    productsApi.GET('/api/v1/products/videos', {
      params: { query: { limit: 50, offset: 0, product_id: productId } },
      signal,
    }),
  );

export const createVideo = (video: VideoCreate) => unwrap(productsApi.POST('/api/v1/products/videos', { body: video }));

/** A video corrected: the whole of it, as it is created (its views as they grow, a title, a link). */
export const updateVideo = (id: string, video: VideoCreate) =>
  unwrap(productsApi.PUT('/api/v1/products/videos/{video_id}', { params: { path: { video_id: id } }, body: video }));

/** Youth e-commerce service platforms, by county and by a product sold through them. */
export const fetchPlatforms: ListFetch<Platform> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/platforms', {
      params: {
        query: {
          limit,
          offset,
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          product_id: idParam(filters.product_id),
        },
      },
      signal,
    }),
  );

export const createPlatform = (platform: PlatformCreate) =>
  unwrap(productsApi.POST('/api/v1/products/platforms', { body: platform }));

/** A platform corrected: its name, county, operator and products. */
export const updatePlatform = (id: string, platform: PlatformCreate) =>
  unwrap(
    productsApi.PUT('/api/v1/products/platforms/{platform_id}', {
      params: { path: { platform_id: id } },
      body: platform,
    }),
  );

/** The products figures and the breakdowns behind them. */
export const fetchProductStats = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/stats', { signal }));
