import type { StatsFigure, VolunteerStats, YearFigures } from './types';

/** The figures on the cards, in the report's order; any other the service sends follows. */
export const FIGURE_ORDER = [
  'applicants',
  'accepted',
  'participants',
  'teams',
  'service_points',
  'camps',
  'children_served',
  'ten_ones_completion',
  'hours',
  'internship_positions',
];

export function orderedFigures(figures: readonly StatsFigure[]): StatsFigure[] {
  const rank = (key: string) => {
    const index = FIGURE_ORDER.indexOf(key);
    return index < 0 ? FIGURE_ORDER.length : index;
  };
  return [...figures].sort((a, b) => rank(a.key) - rank(b.key));
}

/** A figure's value for a card: a share (0..1, or a percent unit) as a percent with one decimal. */
export function figureValue(figure: StatsFigure): { value: number | string; percent: boolean } {
  const n = Number(figure.value);
  if (!Number.isFinite(n)) return { value: String(figure.value), percent: false };
  if (figure.unit === 'ratio' || (figure.key === 'ten_ones_completion' && n <= 1 && figure.unit !== '%'))
    return { value: Math.round(n * 1000) / 10, percent: true };
  if (figure.unit === '%' || figure.unit === 'percent') return { value: n, percent: true };
  return { value: n, percent: false };
}

export const YEAR_COLUMNS = [
  'applicants',
  'accepted',
  'students',
  'teams',
  'service_points',
  'camps',
  'children',
] as const;
export type YearColumn = (typeof YEAR_COLUMNS)[number];
export type YearRow = { year: number } & Record<YearColumn, number>;

/** The years oldest first, both kinds of activity added up (the service sends a row per year and kind). */
export function yearRows(stats: Pick<VolunteerStats, 'by_year'>): YearRow[] {
  const years = new Map<number, YearRow>();
  for (const row of stats.by_year ?? []) {
    const sum = years.get(row.year) ?? { year: row.year, ...zeros() };
    for (const key of YEAR_COLUMNS) sum[key] += (row as YearFigures)[key] ?? 0;
    years.set(row.year, sum);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function zeros(): Record<YearColumn, number> {
  return Object.fromEntries(YEAR_COLUMNS.map((key) => [key, 0])) as Record<YearColumn, number>;
}
