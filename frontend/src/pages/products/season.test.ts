import { describe, expect, it } from 'vitest';
import { formatSeason } from './season';

const zh = (m: number) => `${m}月`;

describe('formatSeason', () => {
  it('joins consecutive months into a range', () => {
    expect(formatSeason([6, 7, 8, 9], zh, '全年')).toBe('6月–9月');
  });

  it('wraps a range over the new year', () => {
    expect(formatSeason([11, 12, 1], zh, '全年')).toBe('11月–1月');
  });

  it('lists separate runs in calendar order', () => {
    expect(formatSeason([9, 3, 4], zh, '全年')).toBe('3月–4月、9月');
  });

  it('shows a single month alone', () => {
    expect(formatSeason([5], zh, '全年')).toBe('5月');
  });

  it('calls no months, or every month, all year', () => {
    expect(formatSeason([], zh, '全年')).toBe('全年');
    expect(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], zh, '全年')).toBe('全年');
  });
});
