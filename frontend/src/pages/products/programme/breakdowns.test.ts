import { describe, expect, it } from 'vitest';
import { breakdowns, breakdownTotals } from './breakdowns';
import { REPORT_STATS } from './stats.fixture';

const named = breakdowns(REPORT_STATS, (code, apiName) => `${apiName}(${code})`);

describe('breakdowns', () => {
  it('names counties and puts them in the official order', () => {
    expect(named.county.rows.map((r) => r.name)).toEqual(['英德市(441881)', '连州市(441882)']);
    expect(named.catalogue.rows.map((r) => r.key)).toEqual(['441802', '441881', '441882']);
  });

  it('lists months and years oldest first', () => {
    expect(named.month.rows.map((r) => r.name)).toEqual(['2026-10', '2026-11']);
    expect(named.year.rows.map((r) => r.name)).toEqual(['2017', '2018', '2019', '2020']);
  });

  it('keeps money as the API wrote it', () => {
    expect(named.product.rows.map((r) => r.values.deal_value)).toEqual(['7400.00', '14000.00']);
  });
});

describe('breakdownTotals', () => {
  it('adds money exactly', () => {
    expect(breakdownTotals(named.county)).toEqual({ deal_value: '22400.50' });
  });

  it("adds the years' videos to the report's 32, and notices to 3", () => {
    expect(breakdownTotals(named.year)).toEqual({ videos: 32, notices_published: 3 });
  });

  it('adds featured products by county', () => {
    expect(breakdownTotals(named.catalogue)).toEqual({ featured_products: 4 });
  });
});
