// A match's score parts (matching/score.py) as reasons a person reads: 数量满足 90%、价格低于上限 12%… Pure.
import type { Match } from '@/api/models';

export type ReasonKey = 'quantity' | 'price' | 'distance' | 'freshness' | 'unsold' | 'certified';

export interface Reason {
  key: ReasonKey;
  /** The interpolation values for the i18n key `market.reason.<key>`. */
  values: Record<string, number>;
  /** Whether the part speaks for the lot (shown green) or is only a fact. */
  good: boolean;
}

/** Days from one calendar day (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reasons behind a match, in the score's order. `today` (YYYY-MM-DD) is when delivery can start: the
 * days to best-before are counted from it. Unsold and certified appear only when they hold.
 */
export function matchReasons(match: Pick<Match, 'parts' | 'distance_km' | 'best_before'>, today: string): Reason[] {
  const { parts } = match;
  const percent = (value: number) => Math.round(value * 100);
  const reasons: Reason[] = [
    { key: 'quantity', values: { percent: percent(parts.quantity) }, good: parts.quantity >= 0.999 },
    { key: 'price', values: { percent: percent(parts.price) }, good: parts.price > 0 },
    { key: 'distance', values: { km: Math.round(match.distance_km) }, good: parts.distance >= 0.5 },
    {
      key: 'freshness',
      values: { days: Math.max(0, daysBetween(today, match.best_before)) },
      good: parts.freshness >= 0.999,
    },
  ];
  if (parts.unsold > 0) reasons.push({ key: 'unsold', values: {}, good: true });
  if (parts.certified > 0) reasons.push({ key: 'certified', values: {}, good: true });
  return reasons;
}
