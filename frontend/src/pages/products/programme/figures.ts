// The statistics page's headline figures: which of the service's figures go together, the year a card also
// counts, and the county rows in the official order. Pure; the page translates.
import type { ProductStats, YearFigures } from '@/api/models';
import { COUNTY_CODES } from '@/domain/counties';

export type Figure = ProductStats['figures'][number];

/** The report's four topics, each a card of figures. A figure the service adds later joins the last. */
export const FIGURE_GROUPS = {
  unsold: [
    'notices_published',
    'unsold_listed_kg',
    'unsold_cleared_kg',
    'unsold_clearance_rate',
    'median_days_to_clear',
  ],
  brand: ['featured_products', 'brand_products', 'certified_products', 'promotion_videos', 'ecommerce_platforms'],
  pairing: ['villages_paired', 'pairing_funds_pledged', 'pairing_funds_raised'],
  trade: ['deals_made', 'deal_value'],
} as const;
export type FigureGroup = keyof typeof FIGURE_GROUPS;
export const GROUP_ORDER = Object.keys(FIGURE_GROUPS) as FigureGroup[];

/** The figures of each group, in the group's order; figures no group names go to the last group. */
export function groupFigures(figures: readonly Figure[]): Record<FigureGroup, Figure[]> {
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  const named = new Set<string>(Object.values(FIGURE_GROUPS).flat());
  const groups = Object.fromEntries(
    GROUP_ORDER.map((group) => [
      group,
      FIGURE_GROUPS[group].flatMap((key) => {
        const figure = byKey.get(key);
        return figure ? [figure] : [];
      }),
    ]),
  ) as Record<FigureGroup, Figure[]>;
  const last = GROUP_ORDER[GROUP_ORDER.length - 1] as FigureGroup;
  groups[last].push(...figures.filter((figure) => !named.has(figure.key)));
  return groups;
}

/** The figures the report also counts for one year (2020: 7 videos, 3 notices, 4 villages). */
export const YEAR_COUNTS: Readonly<Record<string, Exclude<keyof YearFigures, 'year'>>> = {
  promotion_videos: 'videos',
  notices_published: 'notices_published',
  villages_paired: 'villages_paired',
};

/** The latest year that has any record: the year the cards count by default. */
export function latestYear(rows: readonly YearFigures[]): number | undefined {
  return rows.reduce<number | undefined>(
    (latest, row) => (latest === undefined || row.year > latest ? row.year : latest),
    undefined,
  );
}

/** A figure's count in a year (0 for a year with no record of it). */
export function countInYear(rows: readonly YearFigures[], year: number, key: string): number | undefined {
  const field = YEAR_COUNTS[key];
  if (!field) return undefined;
  return rows.find((row) => row.year === year)?.[field] ?? 0;
}

export function figureOf(stats: ProductStats, key: string): Figure | undefined {
  return stats.figures.find((figure) => figure.key === key);
}

/** Rows keyed by county code, in the official order; unknown codes keep their place at the end. */
export function inCountyOrder<T extends { key: string }>(rows: readonly T[]): T[] {
  const rank = (key: string) => {
    const index = COUNTY_CODES.indexOf(key as (typeof COUNTY_CODES)[number]);
    return index === -1 ? COUNTY_CODES.length : index;
  };
  return [...rows].sort((a, b) => rank(a.key) - rank(b.key));
}
