// A buyer's yearly purchase pledge (保供稳价 / 万企帮万村) as the console shows it. Pure.
import { fromFen, toFen } from '@/lib/money';

export interface PledgeBar {
  /** For the bar: the progress, at most 100. */
  percent: number;
  /** Bought as much as pledged, or more. */
  met: boolean;
}

/** The service's progress ("37.50", "120.00"; null without a pledge) as a bar. */
export function pledgeBar(progress: string | null | undefined): PledgeBar | null {
  if (progress === null || progress === undefined || progress === '') return null;
  const value = Number(progress);
  if (!Number.isFinite(value)) return null;
  return { percent: Math.min(100, Math.max(0, value)), met: value >= 100 };
}

/** What is still to buy to meet the pledge, exactly ("150000.00"); null without a pledge or once it is met. */
export function pledgeShortfall(pledge: string | null | undefined, purchased: string): string | null {
  if (!pledge) return null;
  const left = toFen(pledge) - toFen(purchased);
  return left > 0n ? fromFen(left) : null;
}
