// 万企帮万村 funds: what arrived against what was pledged, exactly, in fen.
import { fromFen, isMoney, toFen } from '@/lib/money';

// The service's ceiling for one pairing's funds: 1,000,000,000.00 元.
const MAX_FEN = 100_000_000_000n;

/** Received as a percentage of pledged, to one decimal rounded half up; null when nothing was pledged.
 * More than pledged reads as more than 100. */
export function fundsProgress(pledged: string, received: string): number | null {
  const base = toFen(pledged);
  if (base <= 0n) return null;
  const tenths = (toFen(received) * 1000n * 2n + base) / (base * 2n);
  return Number(tenths) / 10;
}

/** What a new running total adds to what had arrived: this transfer (negative: a correction). */
export function fundsAdded(previous: string, total: string): string {
  return fromFen(toFen(total) - toFen(previous));
}

/** Whether more has arrived than was pledged (a pairing with no pledge never exceeds it): worth a second look
 * before saving, not an error. */
export function exceedsPledge(pledged: string, received: string): boolean {
  const base = toFen(pledged);
  return base > 0n && toFen(received) > base;
}

/** Whether a typed amount is one the service takes for a pairing's funds: 0 to 1,000,000,000 元, two
 * decimals at most. */
export function isFundsAmount(value: string | undefined): boolean {
  return value !== undefined && isMoney(value) && toFen(value) <= MAX_FEN;
}
