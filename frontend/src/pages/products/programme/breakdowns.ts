// The breakdowns behind the products figures, each as one table shape (a name and some values) so that one
// table and one Excel export serve them all. Pure; the page translates the titles.
import type { ProductStats } from '@/api/models';
import { sumMoney } from '@/lib/money';
import { inCountyOrder } from './figures';

export const BREAKDOWNS = ['county', 'product', 'month', 'year', 'catalogue'] as const;
export type BreakdownId = (typeof BREAKDOWNS)[number];

export type ValueKey = 'deal_value' | 'videos' | 'notices_published' | 'villages_paired' | 'featured_products';

export interface BreakdownRow {
  key: string;
  name: string;
  /** Money as the API writes it ("21400.00"); counts as numbers. */
  values: Partial<Record<ValueKey, string | number>>;
}

export interface Breakdown {
  id: BreakdownId;
  values: { key: ValueKey; money: boolean }[];
  rows: BreakdownRow[];
}

const DEAL_VALUE = [{ key: 'deal_value', money: true }] as const satisfies Breakdown['values'];

/** Every breakdown of the statistics: deal value by county, product and month; the report's counts by
 * year; featured products by county. `county` names a county code in the UI language. */
export function breakdowns(
  stats: ProductStats,
  county: (code: string, apiName: string) => string,
): Record<BreakdownId, Breakdown> {
  return {
    county: {
      id: 'county',
      values: [...DEAL_VALUE],
      rows: inCountyOrder(stats.deal_value_by_county).map((row) => ({
        key: row.key,
        name: county(row.key, row.label),
        values: { deal_value: row.value },
      })),
    },
    product: {
      id: 'product',
      values: [...DEAL_VALUE],
      rows: stats.deal_value_by_product.map((row) => ({
        key: row.product_id,
        name: row.product_name,
        values: { deal_value: row.value },
      })),
    },
    month: {
      id: 'month',
      values: [...DEAL_VALUE],
      rows: [...stats.deal_value_by_month]
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((row) => ({ key: row.key, name: row.label, values: { deal_value: row.value } })),
    },
    year: {
      id: 'year',
      values: [
        { key: 'videos', money: false },
        { key: 'notices_published', money: false },
        { key: 'villages_paired', money: false },
      ],
      rows: [...stats.by_year]
        .sort((a, b) => a.year - b.year)
        .map((row) => ({
          key: String(row.year),
          name: String(row.year),
          values: {
            videos: row.videos,
            notices_published: row.notices_published,
            villages_paired: row.villages_paired,
          },
        })),
    },
    catalogue: {
      id: 'catalogue',
      values: [{ key: 'featured_products', money: false }],
      rows: inCountyOrder(stats.by_county.map((row) => ({ ...row, key: row.county_code }))).map((row) => ({
        key: row.county_code,
        name: county(row.county_code, row.county_name),
        values: { featured_products: row.value },
      })),
    },
  };
}

/** A breakdown's column totals: money summed exactly, counts added. Villages paired are not added up across
 * years (a village paired twice would count twice): the total is left out. */
export function breakdownTotals(breakdown: Breakdown): Partial<Record<ValueKey, string | number>> {
  const totals: Partial<Record<ValueKey, string | number>> = {};
  for (const { key, money } of breakdown.values) {
    if (key === 'villages_paired') continue;
    const cells = breakdown.rows.map((row) => row.values[key] ?? (money ? '0.00' : 0));
    totals[key] = money ? sumMoney(cells.map(String)) : cells.reduce<number>((total, cell) => total + Number(cell), 0);
  }
  return totals;
}
