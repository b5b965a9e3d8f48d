import { TEN_ONES } from './enums';
import type { ChildProgress, TenOne } from './types';

export interface GridRow {
  childId: string;
  name: string;
  /** One mark per item, in the ten ones' order. */
  done: boolean[];
  count: number;
  /** 0..1 */
  completion: number;
}

/** The camp's progress as a grid: one row per child, one column per item; the least done first, so that
 * staff see who still needs the most. Names break ties. */
export function tenOnesGrid(progress: readonly ChildProgress[]): GridRow[] {
  return progress
    .map((child) => {
      const done = TEN_ONES.map((item) => child.done.includes(item));
      const count = done.filter(Boolean).length;
      return { childId: child.child_id, name: child.name, done, count, completion: count / TEN_ONES.length };
    })
    .sort((a, b) => a.count - b.count || a.name.localeCompare(b.name, 'zh-CN'));
}

/** How many children have each item done, in the ten ones' order (an item nobody has done counts 0). */
export function itemCounts(
  byItem: readonly { item: TenOne; done: number }[] | undefined,
  progress: readonly ChildProgress[],
): { item: TenOne; done: number }[] {
  if (byItem && byItem.length > 0) {
    const counts = new Map(byItem.map((row) => [row.item, row.done]));
    return TEN_ONES.map((item) => ({ item, done: counts.get(item) ?? 0 }));
  }
  return TEN_ONES.map((item) => ({ item, done: progress.filter((child) => child.done.includes(item)).length }));
}

/** A 0..1 share as a whole percent for Progress bars. */
export function percent(share: number | null | undefined): number {
  if (share === null || share === undefined || !Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
