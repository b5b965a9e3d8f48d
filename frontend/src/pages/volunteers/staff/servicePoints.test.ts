import { describe, expect, it } from 'vitest';
import { mapAspect, mapBounds, mapPoints, symbolSize } from './servicePoints';

const point = {
  id: '1',
  county_code: '441881',
  county_name: '英德市',
  town: '连江口镇',
  village: '连樟村',
  latitude: 24.29,
  longitude: 113.29,
  teams: 2,
};

describe('mapPoints', () => {
  it('puts longitude first and the teams third', () => {
    expect(mapPoints([point])).toEqual([{ name: '连江口镇 · 连樟村', value: [113.29, 24.29, 2], county: '英德市' }]);
  });

  it('leaves out a point without coordinates', () => {
    expect(
      mapPoints([
        { ...point, latitude: null },
        { ...point, longitude: Number.NaN },
      ]),
    ).toEqual([]);
  });
});

describe('mapBounds', () => {
  it('covers Qingyuan and any point beyond it', () => {
    expect(mapBounds([])).toEqual({ lon: [112.4, 114], lat: [23.4, 25.3] });
    expect(mapBounds(mapPoints([{ ...point, longitude: 114.2 }])).lon[1]).toBe(114.3);
  });
});

describe('symbolSize', () => {
  it('grows with teams up to a cap', () => {
    expect(symbolSize(0)).toBe(8);
    expect(symbolSize(2)).toBe(16);
    expect(symbolSize(50)).toBe(32);
  });
});

describe('mapAspect', () => {
  it('narrows longitude by the cosine of the middle latitude', () => {
    expect(mapAspect({ lon: [112, 114], lat: [23, 25] })).toBeCloseTo(Math.cos((24 * Math.PI) / 180));
  });
});
