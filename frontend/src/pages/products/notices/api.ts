import { productsApi } from '@/api/client';
import type {
  Inquiry,
  InquiryCreate,
  Lot,
  Notice,
  NoticeAction,
  NoticeCreate,
  NoticeStatus,
  CountyCode,
} from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';
import { offeredFirst } from './lots';

export const NOTICE_STATUSES: readonly NoticeStatus[] = ['draft', 'published', 'closed'];

export const noticesKey = ['products', 'notices'] as const;
export const noticeKey = (id: string) => [...noticesKey, id] as const;
export const inquiriesKey = ['products', 'inquiries'] as const;
/** The public page's answers: kept apart from the console's, and alike for everyone. */
export const publicNoticesKey = ['public', 'notices'] as const;

// --- staff: notices ----------------------------------------------------------------------------------------

/** The notices staff may see (county staff: their county's and the city-wide ones), by status. */
export const fetchNotices: ListFetch<Notice> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/notices', {
      params: {
        query: {
          limit,
          offset,
          status: oneOf(NOTICE_STATUSES, filters.status),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          q: filters.q || undefined,
        },
      },
      signal,
    }),
  );

/** The latest notices, for the inquiries' filter (a county has a handful a season). */
export const fetchRecentNotices = (signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/notices', { params: { query: { limit: 200, offset: 0 } }, signal }));

export const fetchNotice = (id: string, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/notices/{notice_id}', { params: { path: { notice_id: id } }, signal }));

export const createNotice = (notice: NoticeCreate) =>
  unwrap(productsApi.POST('/api/v1/products/notices', { body: notice }));

export function actOnNotice(id: string, action: NoticeAction) {
  const params = { path: { notice_id: id } };
  return unwrap(
    action === 'publish'
      ? productsApi.POST('/api/v1/products/notices/{notice_id}/publish', { params })
      : productsApi.POST('/api/v1/products/notices/{notice_id}/close', { params }),
  );
}

/** Lots still on offer (open or partly sold) that a notice may cover: matching a product's or seller's name,
 * in a county (none: every county the caller sees), the unsold ones first. */
export async function searchOfferedLots(
  query: { q?: string; county_code?: CountyCode },
  signal?: AbortSignal,
): Promise<Lot[]> {
  const page = await unwrap(
    productsApi.GET('/api/v1/products/lots', {
      params: {
        query: { limit: 50, offset: 0, on_offer: true, q: query.q || undefined, county_code: query.county_code },
      },
      signal,
    }),
  );
  return offeredFirst(page.items);
}

// --- inquiries --------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The inquiries the caller may see (staff: their county's; a seller: those on their lots), by notice (an
 * address edited by hand to something that is not a notice's id filters nothing). */
export const fetchInquiries: ListFetch<Inquiry> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/inquiries', {
      params: {
        query: { limit, offset, notice_id: UUID.test(filters.notice_id ?? '') ? filters.notice_id : undefined },
      },
      signal,
    }),
  );

// --- the public page (no login: these paths never carry a token, see api/client.ts) ---------------------------

export const fetchPublicNotices = (page: { limit: number; offset: number }, signal?: AbortSignal) =>
  unwrap(productsApi.GET('/api/v1/products/public/notices', { params: { query: page }, signal }));

export const fetchPublicNotice = (id: string, signal?: AbortSignal) =>
  unwrap(
    productsApi.GET('/api/v1/products/public/notices/{notice_id}', { params: { path: { notice_id: id } }, signal }),
  );

export const sendInquiry = (noticeId: string, inquiry: InquiryCreate) =>
  unwrap(
    productsApi.POST('/api/v1/products/public/notices/{notice_id}/inquiries', {
      params: { path: { notice_id: noticeId } },
      body: inquiry,
    }),
  );
