/** Beijing time is UTC+8 all year (no daylight saving time since 1991): the API speaks UTC, people read Beijing
 * time. Plain arithmetic rather than dayjs's time zone plugin, which builds an Intl formatter per zone and was a
 * good share of the entrepreneur's home's first render on a phone; the pages that compute with Beijing dates use
 * the plugin (lib/businessZone.ts). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The instant's Beijing date and time, as YYYY-MM-DD and HH:mm:ss; null for what is not a time. Strings are read
 * as dayjs read them (Date.parse: an ISO time without an offset is the browser's local time). */
function beijing(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return null;
  const at = new Date(instant + BEIJING_OFFSET_MS);
  return {
    date: `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`,
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`,
  };
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = beijing(iso);
  return at ? `${at.date} ${at.time.slice(0, 5)}` : 'Invalid Date';
}

/** To the second, for the security events. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = beijing(iso);
  return at ? `${at.date} ${at.time}` : 'Invalid Date';
}

/** The instant a business day (YYYY-MM-DD, Beijing) starts, as an ISO time in UTC. */
export function businessDayStart(date: string): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - BEIJING_OFFSET_MS).toISOString();
}

/** A session's time span on one line: the end shows only its time when it ends the same day. */
export function formatTimeRange(startIso: string, endIso: string): string {
  const start = formatDateTime(startIso);
  const end = formatDateTime(endIso);
  return `${start} – ${start.slice(0, 10) === end.slice(0, 10) ? end.slice(11) : end}`;
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
  return beijing(now.toISOString())!.date;
}
