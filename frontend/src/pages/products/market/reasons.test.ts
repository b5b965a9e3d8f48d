import { describe, expect, it } from 'vitest';
import { daysBetween, matchReasons } from './reasons';

const match = {
  parts: { quantity: 0.9, price: 0.123, distance: 0.825, freshness: 0.6667, unsold: 1, certified: 0 },
  distance_km: 35.2,
  best_before: '2026-12-20',
};

describe('matchReasons', () => {
  it('words each part with its number', () => {
    expect(matchReasons(match, '2026-11-30')).toEqual([
      { key: 'quantity', values: { percent: 90 }, good: false },
      { key: 'price', values: { percent: 12 }, good: true },
      { key: 'distance', values: { km: 35 }, good: true },
      { key: 'freshness', values: { days: 20 }, good: false },
      { key: 'unsold', values: {}, good: true },
    ]);
  });
  it('names certification only when it holds, and never counts days below zero', () => {
    const keys = matchReasons({ ...match, parts: { ...match.parts, unsold: 0, certified: 1 } }, '2027-01-01');
    expect(keys.map((r) => r.key)).toEqual(['quantity', 'price', 'distance', 'freshness', 'certified']);
    expect(keys[3]?.values.days).toBe(0);
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
});
