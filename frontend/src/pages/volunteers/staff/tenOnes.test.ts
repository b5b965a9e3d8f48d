import { describe, expect, it } from 'vitest';
import { itemCounts, percent, tenOnesGrid } from './tenOnes';

const progress = [
  { child_id: 'a', name: '黄小明', done: ['health_check', 'tutoring', 'safety_education'] as const, completion: 0.3 },
  { child_id: 'b', name: '陈小红', done: [] as const, completion: 0 },
].map((c) => ({ ...c, done: [...c.done] }));

describe('tenOnesGrid', () => {
  it('marks each of the ten items in order', () => {
    const row = tenOnesGrid(progress).find((r) => r.childId === 'a')!;
    expect(row.done).toEqual([true, false, true, false, false, false, false, false, false, true]);
    expect(row.count).toBe(3);
    expect(row.completion).toBeCloseTo(0.3);
  });

  it('puts the children with the least done first', () => {
    expect(tenOnesGrid(progress).map((r) => r.childId)).toEqual(['b', 'a']);
  });
});

describe('itemCounts', () => {
  it('counts from the children when the camp sends no totals', () => {
    const counts = itemCounts(undefined, progress);
    expect(counts).toHaveLength(10);
    expect(counts[0]).toEqual({ item: 'health_check', done: 1 });
    expect(counts[1]).toEqual({ item: 'art_class', done: 0 });
  });

  it('keeps the ten ones order and fills items the service left out', () => {
    const counts = itemCounts([{ item: 'safety_education', done: 4 }], []);
    expect(counts[9]).toEqual({ item: 'safety_education', done: 4 });
    expect(counts[0]).toEqual({ item: 'health_check', done: 0 });
  });
});

describe('percent', () => {
  it('rounds and clamps a share', () => {
    expect(percent(0.333)).toBe(33);
    expect(percent(1.2)).toBe(100);
    expect(percent(null)).toBe(0);
  });
});
