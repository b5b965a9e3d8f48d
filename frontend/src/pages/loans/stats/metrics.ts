// The statistics page's measures: which figure of a breakdown row a chart shows, in which unit, and
// the county rows in the official order. Money is charted in 万元 (ten thousand yuan), as the
// committee's reports write it; the tables keep the exact amounts.
import type { Breakdown } from '@/api/models';
import { COUNTY_CODES } from '@/domain/counties';
import { decimal } from '@/lib/format';

export const METRICS = [
  'loans',
  'amount_disbursed',
  'poor_households_driven',
  'subsidy_paid',
  'overdue_loans',
] as const;
export type Metric = (typeof METRICS)[number];

export type MetricUnit = 'loans' | 'tenThousandYuan' | 'households';

export const METRIC_UNIT: Record<Metric, MetricUnit> = {
  loans: 'loans',
  amount_disbursed: 'tenThousandYuan',
  poor_households_driven: 'households',
  subsidy_paid: 'tenThousandYuan',
  overdue_loans: 'loans',
};

/** A row's value of a measure for a chart: counts as they are, amounts in 万元 to two decimals. */
export function metricValue(row: Breakdown, metric: Metric): number {
  const value = row[metric];
  if (typeof value === 'number') return value;
  const yuan = decimal(value) ?? 0;
  return Math.round(yuan / 100) / 100;
}

/** County rows in the official order of division codes; unknown codes keep their place at the end. */
export function inCountyOrder(rows: readonly Breakdown[]): Breakdown[] {
  const rank = (key: string) => {
    const index = COUNTY_CODES.indexOf(key as (typeof COUNTY_CODES)[number]);
    return index === -1 ? COUNTY_CODES.length : index;
  };
  return [...rows].sort((a, b) => rank(a.key) - rank(b.key));
}

/** Year rows oldest first, so a chart reads left to right. */
export function inYearOrder(rows: readonly Breakdown[]): Breakdown[] {
  return [...rows].sort((a, b) => a.key.localeCompare(b.key));
}
