import { describe, expect, it } from 'vitest';
import { yearsSince } from './years';

describe('yearsSince', () => {
  it('lists the years newest first, down to the first', () => {
    expect(yearsSince(2017, '2020-03-15')).toEqual([2020, 2019, 2018, 2017]);
  });

  it('is empty before the first year', () => {
    expect(yearsSince(2021, '2020-12-31')).toEqual([]);
  });
});
