import type { TrainingStats } from './contract';

export const STAT_TABLES = ['programme', 'year', 'level', 'county'] as const;
export type StatTableId = (typeof STAT_TABLES)[number];

/** A table's value columns, by key; money is shown with two decimals. */
export const STAT_COLUMNS: Record<StatTableId, { key: string; money?: boolean }[]> = {
  programme: [
    { key: 'sessions' },
    { key: 'person_times' },
    { key: 'trainees' },
    { key: 'budget', money: true },
    { key: 'cost', money: true },
    { key: 'cost_per_person_time', money: true },
  ],
  year: [{ key: 'sessions' }, { key: 'person_times' }, { key: 'trainees' }, { key: 'poor_households' }],
  level: [{ key: 'sessions' }, { key: 'person_times' }],
  county: [{ key: 'sessions' }, { key: 'person_times' }, { key: 'trainees' }],
};

export interface StatRow {
  key: string;
  name: string;
  values: Record<string, number | null>;
}

const num = (value: string | number | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/** The stats' breakdowns as rows of one shape, named in the UI language (levels and counties by the given
 * functions); a breakdown the service does not send is an empty table. Years come oldest first. */
export function statTables(
  stats: TrainingStats,
  names: { level: (level: string) => string; county: (code: string, apiName: string) => string },
): Record<StatTableId, StatRow[]> {
  return {
    programme: (stats.by_programme ?? []).map((p) => ({
      key: p.programme_id,
      name: p.name,
      values: {
        sessions: p.sessions,
        person_times: p.person_times,
        trainees: p.trainees,
        budget: num(p.budget),
        cost: num(p.cost),
        cost_per_person_time: num(p.cost_per_person_time),
      },
    })),
    year: [...(stats.by_year ?? [])]
      .sort((a, b) => a.year - b.year)
      .map((y) => ({
        key: String(y.year),
        name: String(y.year),
        values: {
          sessions: y.sessions,
          person_times: y.person_times,
          trainees: y.trainees,
          poor_households: y.poor_households,
        },
      })),
    level: (stats.by_level ?? []).map((l) => ({
      key: l.level,
      name: names.level(l.level),
      values: { sessions: l.sessions, person_times: l.person_times },
    })),
    county: (stats.by_county_detail ?? []).map((c) => ({
      key: c.county_code,
      name: names.county(c.county_code, c.county_name),
      values: { sessions: c.sessions, person_times: c.person_times, trainees: c.trainees },
    })),
  };
}

/** Counts of unique people: one person counted in two rows is still one, so these columns have no total. */
const NOT_ADDITIVE = new Set(['cost_per_person_time', 'trainees', 'poor_households']);

/** Column totals of a table; a ratio (cost per person-time) and unique people have no meaningful sum and are
 * left out. */
export function statTotals(id: StatTableId, rows: readonly StatRow[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { key } of STAT_COLUMNS[id]) {
    if (NOT_ADDITIVE.has(key)) continue;
    totals[key] = rows.reduce((sum, row) => sum + (row.values[key] ?? 0), 0);
  }
  return totals;
}
