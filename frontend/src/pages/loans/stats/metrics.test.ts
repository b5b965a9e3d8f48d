import { describe, expect, it } from 'vitest';
import type { Breakdown } from '@/api/models';
import { inCountyOrder, inYearOrder, metricValue } from './metrics';

const row = (key: string, overrides: Partial<Breakdown> = {}): Breakdown => ({
  key,
  label: key,
  loans: 18,
  amount_disbursed: '3500000.00',
  projects: 18,
  poor_households_driven: 70,
  subsidy_paid: '26922.09',
  overdue_loans: 1,
  overdue_amount: '133333.28',
  ...overrides,
});

describe('metricValue', () => {
  it('charts counts as they are', () => {
    expect(metricValue(row('441802'), 'loans')).toBe(18);
    expect(metricValue(row('441802'), 'poor_households_driven')).toBe(70);
  });

  it('charts amounts in 万元 to two decimals', () => {
    expect(metricValue(row('441802'), 'amount_disbursed')).toBe(350);
    expect(metricValue(row('441802'), 'subsidy_paid')).toBe(2.69);
  });
});

describe('ordering', () => {
  it('puts counties in the official order, unknown ones last', () => {
    const rows = [row('441882'), row('999999'), row('441802'), row('441881')];
    expect(inCountyOrder(rows).map((r) => r.key)).toEqual(['441802', '441881', '441882', '999999']);
  });

  it('puts years oldest first', () => {
    expect(inYearOrder([row('2024'), row('2020'), row('2021')]).map((r) => r.key)).toEqual(['2020', '2021', '2024']);
  });
});
