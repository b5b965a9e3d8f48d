import { describe, expect, it } from 'vitest';
import { countInYear, figureOf, groupFigures, inCountyOrder, latestYear } from './figures';
import { REPORT_STATS } from './stats.fixture';

describe('groupFigures', () => {
  it('puts every figure of the service in its topic, in order', () => {
    const groups = groupFigures(REPORT_STATS.figures);
    expect(groups.unsold.map((f) => f.key)).toEqual([
      'notices_published',
      'unsold_listed_kg',
      'unsold_cleared_kg',
      'unsold_clearance_rate',
      'median_days_to_clear',
    ]);
    expect(groups.brand.map((f) => f.key)).toContain('promotion_videos');
    expect(groups.pairing.map((f) => f.key)).toEqual([
      'villages_paired',
      'pairing_funds_pledged',
      'pairing_funds_raised',
    ]);
    expect(Object.values(groups).flat()).toHaveLength(REPORT_STATS.figures.length);
  });

  it('shows a figure no topic names in the last one', () => {
    const groups = groupFigures([...REPORT_STATS.figures, { key: 'live_streams', value: '2', unit: 'streams' }]);
    expect(groups.trade.map((f) => f.key)).toEqual(['deals_made', 'deal_value', 'live_streams']);
  });

  it('leaves out a figure the service no longer sends', () => {
    const groups = groupFigures(REPORT_STATS.figures.filter((f) => f.key !== 'deals_made'));
    expect(groups.trade.map((f) => f.key)).toEqual(['deal_value']);
  });
});

describe('year counts', () => {
  it('defaults to the latest year with records', () => {
    expect(latestYear(REPORT_STATS.by_year)).toBe(2020);
    expect(latestYear([])).toBeUndefined();
  });

  it("counts the report's 2020: 7 videos, 3 notices, 4 villages", () => {
    expect(countInYear(REPORT_STATS.by_year, 2020, 'promotion_videos')).toBe(7);
    expect(countInYear(REPORT_STATS.by_year, 2020, 'notices_published')).toBe(3);
    expect(countInYear(REPORT_STATS.by_year, 2020, 'villages_paired')).toBe(4);
  });

  it('counts 0 in a year without records, and nothing for a figure not counted by year', () => {
    expect(countInYear(REPORT_STATS.by_year, 2016, 'promotion_videos')).toBe(0);
    expect(countInYear(REPORT_STATS.by_year, 2020, 'deal_value')).toBeUndefined();
  });
});

describe('figureOf', () => {
  it('finds a figure by its key', () => {
    expect(figureOf(REPORT_STATS, 'pairing_funds_raised')?.value).toBe('130000.00');
    expect(figureOf(REPORT_STATS, 'nothing')).toBeUndefined();
  });
});

describe('inCountyOrder', () => {
  it('puts counties in the official order, unknown ones last', () => {
    const rows = [{ key: '441882' }, { key: '999999' }, { key: '441802' }];
    expect(inCountyOrder(rows).map((r) => r.key)).toEqual(['441802', '441882', '999999']);
  });
});
