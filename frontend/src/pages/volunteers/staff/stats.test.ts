import { describe, expect, it } from 'vitest';
import { figureValue, orderedFigures, yearRows } from './stats';

describe('orderedFigures', () => {
  it('puts the report order first and unknown figures last', () => {
    const figures = [
      { key: 'other', value: '1', unit: 'count' },
      { key: 'hours', value: '10', unit: 'hour' },
      { key: 'applicants', value: '5', unit: 'person' },
    ];
    expect(orderedFigures(figures).map((f) => f.key)).toEqual(['applicants', 'hours', 'other']);
  });
});

describe('figureValue', () => {
  it('shows the ten ones completion as a percent', () => {
    expect(figureValue({ key: 'ten_ones_completion', value: '0.456', unit: 'ratio' })).toEqual({
      value: 45.6,
      percent: true,
    });
    expect(figureValue({ key: 'ten_ones_completion', value: '45.6', unit: '%' })).toEqual({
      value: 45.6,
      percent: true,
    });
  });

  it('keeps counts as numbers', () => {
    expect(figureValue({ key: 'teams', value: '12', unit: 'team' })).toEqual({ value: 12, percent: false });
  });
});

describe('yearRows', () => {
  const row = {
    kind: 'summer_camp' as const,
    activities: 1,
    applicants: 10,
    accepted: 5,
    students: 5,
    teams: 1,
    service_points: 1,
    camps: 1,
    children: 20,
    ten_ones_completion: 0.5,
  };
  it('adds up the kinds of a year and sorts the years oldest first', () => {
    const rows = yearRows({
      by_year: [
        { ...row, year: 2026 },
        { ...row, year: 2024 },
        { ...row, year: 2026, kind: 'service_team', camps: 0, children: 0 },
      ],
    });
    expect(rows.map((r) => r.year)).toEqual([2024, 2026]);
    expect(rows[1]).toMatchObject({ applicants: 20, teams: 2, camps: 1, children: 20 });
  });
});
