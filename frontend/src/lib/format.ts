import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Business time zone: the API speaks UTC, people read Beijing time. */
export const BUSINESS_TZ = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(BUSINESS_TZ).format('YYYY-MM-DD HH:mm') : '';
}

/** To the second, for the security events. */
export function formatTimestamp(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(BUSINESS_TZ).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** The instant a business day (YYYY-MM-DD, Beijing) starts, as an ISO time in UTC. */
export function businessDayStart(date: string): string {
  return dayjs.tz(date, BUSINESS_TZ).toISOString();
}

/** A session's time span on one line: the end shows only its time when it ends the same day. */
export function formatTimeRange(startIso: string, endIso: string): string {
  const start = dayjs(startIso).tz(BUSINESS_TZ);
  const end = dayjs(endIso).tz(BUSINESS_TZ);
  const endFormat = start.isSame(end, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm';
  return `${start.format('YYYY-MM-DD HH:mm')} – ${end.format(endFormat)}`;
}

/** Plain dates (YYYY-MM-DD) are calendar dates already and are shown as they are. */
export function formatDate(date: string | null | undefined): string {
  return date ?? '';
}

/** Decimal strings from the API ("3.85", "28000000.00") as numbers for display and export. */
export function decimal(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/**
 * Money strings from the API ("200000.00") with thousands separators and the digits left as they are
 * ("200,000.00"): no float ever touches an amount on its way to the screen.
 */
export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!match) return value;
  const [, sign = '', whole = '', fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** Percent strings from the API ("4.35") as "4.35%". */
export function formatPercent(value: string | null | undefined): string {
  return value ? `${value}%` : '';
}

/** Basis points as a percent string: 120 bp is "1.20" (a policy's spread over the LPR). */
export function basisPointsToPercent(basisPoints: number): string {
  return (basisPoints / 100).toFixed(2);
}

/** Today's date in Beijing, as the services count business dates. */
export function businessToday(now: Date = new Date()): string {
  return dayjs(now).tz(BUSINESS_TZ).format('YYYY-MM-DD');
}
