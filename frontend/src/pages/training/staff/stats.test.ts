import { describe, expect, it } from 'vitest';
import type { TrainingStats } from './contract';
import { statTables, statTotals } from './stats';

const names = { level: (l: string) => `L:${l}`, county: (code: string, name: string) => `${name}(${code})` };

const stats: TrainingStats = {
  service: 'training',
  figures: [],
  by_county: [],
  by_programme: [
    {
      programme_id: 'p1',
      name: '领头雁',
      kind: 'lead_goose',
      sessions: 2,
      person_times: 100,
      trainees: 80,
      budget: '50000.00',
      cost: '40000.00',
      cost_per_person_time: '400.00',
    },
  ],
  by_year: [
    { year: 2020, sessions: 3, person_times: 30, trainees: 20, poor_households: 5 },
    { year: 2018, sessions: 1, person_times: 10, trainees: 10, poor_households: 2 },
  ],
  by_level: [{ level: 'city', sessions: 4, person_times: 40 }],
  by_county_detail: [],
};

describe('the training statistics tables', () => {
  it('reads money as numbers', () => {
    expect(statTables(stats, names).programme[0]?.values.cost).toBe(40000);
  });

  it('puts the years oldest first and names levels', () => {
    const tables = statTables(stats, names);
    expect(tables.year.map((r) => r.name)).toEqual(['2018', '2020']);
    expect(tables.level[0]?.name).toBe('L:city');
  });

  it('gives an empty table for a breakdown the service does not send', () => {
    expect(statTables(stats, names).county).toEqual([]);
  });

  it('totals counts and money, but neither the cost per person-time nor unique trainees', () => {
    const totals = statTotals('programme', statTables(stats, names).programme);
    expect(totals).toEqual({ sessions: 2, person_times: 100, budget: 50000, cost: 40000 });
    expect(statTotals('year', statTables(stats, names).year).person_times).toBe(40);
  });
});
