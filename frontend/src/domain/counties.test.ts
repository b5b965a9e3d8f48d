import { describe, expect, it } from 'vitest';
import { COUNTIES, countyName, findCounty } from './counties';

describe('counties', () => {
  it('lists the eight Qingyuan divisions with unique codes', () => {
    expect(COUNTIES).toHaveLength(8);
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(8);
    expect(COUNTIES.every((c) => c.code.startsWith('4418'))).toBe(true);
  });

  it('keeps the official order of division codes', () => {
    expect(COUNTIES.map((c) => c.nameZh)).toEqual([
      '清城区',
      '清新区',
      '佛冈县',
      '阳山县',
      '连山壮族瑶族自治县',
      '连南瑶族自治县',
      '英德市',
      '连州市',
    ]);
  });

  it('finds a county by its code', () => {
    expect(findCounty('441882')?.nameZh).toBe('连州市');
  });

  it('finds nothing for an unknown, empty or missing code', () => {
    expect(findCounty('110101')).toBeUndefined();
    expect(findCounty('')).toBeUndefined();
    expect(findCounty(null)).toBeUndefined();
  });

  it('names a county in the UI language', () => {
    expect(countyName('441881', 'zh-CN')).toBe('英德市');
    expect(countyName('441881', 'en')).toBe('Yingde City');
  });

  it('falls back to the API name, then the code, for an unknown county', () => {
    expect(countyName('110101', 'zh-CN', '东城区')).toBe('东城区');
    expect(countyName('110101', 'en')).toBe('110101');
    expect(countyName(null, 'en')).toBe('');
  });
});
