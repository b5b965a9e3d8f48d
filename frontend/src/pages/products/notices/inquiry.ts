// The "我要采购" form's rules and answers, as the service has them (notices/schemas.py, service.py). Pure.
import type { InquiryCreate } from '@/api/models';
import { ApiError } from '@/api/problem';
import { toKilograms, type QuantityUnit } from '../market/units';

/** The units a buyer asks in: 斤 first, as people in the market count. */
export const INQUIRY_UNITS = ['jin', 'kg', 'tonne'] as const satisfies readonly QuantityUnit[];
export type InquiryUnit = (typeof INQUIRY_UNITS)[number];

export interface InquiryValues {
  name: string;
  organisation?: string;
  mobile: string;
  quantity?: number | null;
  unit: InquiryUnit;
  message: string;
}

/** A mobile number as typed ("139 2600-0601") in the form the service keeps ("13926000601"). */
export const normaliseMobile = (value: string): string => value.replace(/[\s-]/g, '');

/** Eleven digits starting 13 to 19, as the service checks it. */
export const isMobile = (value: string): boolean => /^1[3-9]\d{9}$/.test(normaliseMobile(value));

/** The request for one lot of the notice, or (no lot) for the whole notice. */
export function toInquiry(values: InquiryValues, lotId: string | null): InquiryCreate {
  const organisation = values.organisation?.trim();
  return {
    name: values.name.trim(),
    organisation: organisation ? organisation : null,
    mobile: normaliseMobile(values.mobile),
    lot_id: lotId,
    quantity_kg: values.quantity ? toKilograms(values.quantity, values.unit) : null,
    message: values.message.trim(),
  };
}

/** Why an inquiry was refused, in the words the public page has for each case. */
export type Refusal =
  /** The gateway's per-address limit: try again in a few seconds. */
  | { kind: 'tooFast'; seconds: number | null }
  /** The service's ten a day per mobile number. */
  | { kind: 'dailyLimit' }
  /** Closed meanwhile (409) or no longer public (404). */
  | { kind: 'closed' }
  /** The lot sold out or was withdrawn meanwhile. */
  | { kind: 'lotGone' }
  /** Anything else: the problem's own text. */
  | { kind: 'other' };

export function refusal(error: unknown): Refusal {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  const slug = error.problem?.type?.split('/').pop();
  if (error.status === 429) {
    return slug === 'too-many-requests' ? { kind: 'dailyLimit' } : { kind: 'tooFast', seconds: error.retryAfter };
  }
  if (error.status === 409 || error.status === 404) return { kind: 'closed' };
  const onLot = (error.problem?.errors ?? []).some((item) => item.loc.includes('lot_id'));
  if (error.status === 422 && onLot) return { kind: 'lotGone' };
  return { kind: 'other' };
}
