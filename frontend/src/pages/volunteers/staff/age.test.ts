import { describe, expect, it } from 'vitest';
import { ageAllowed, ageOn, birthYears, isMobile } from './age';

describe('ageOn', () => {
  const today = { year: 2026, month: 7 };
  it('counts the birthday as reached from its month', () => {
    expect(ageOn(2016, 7, today)).toBe(10);
    expect(ageOn(2016, 6, today)).toBe(10);
    expect(ageOn(2016, 8, today)).toBe(9);
  });
});

describe('ageAllowed', () => {
  it('takes children of 3 to 17', () => {
    expect(ageAllowed(2)).toBe(false);
    expect(ageAllowed(3)).toBe(true);
    expect(ageAllowed(17)).toBe(true);
    expect(ageAllowed(18)).toBe(false);
  });
});

describe('birthYears', () => {
  it('offers the youngest year first and covers a 17-year-old not yet at their birthday', () => {
    const years = birthYears(2026);
    expect(years[0]).toBe(2023);
    expect(years.at(-1)).toBe(2008);
  });
});

describe('isMobile', () => {
  it('takes eleven digits starting 13-19', () => {
    expect(isMobile('13800138000')).toBe(true);
    expect(isMobile('12800138000')).toBe(false);
    expect(isMobile('1380013800')).toBe(false);
  });
});
