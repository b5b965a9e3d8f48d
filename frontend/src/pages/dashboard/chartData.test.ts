import { describe, expect, it } from 'vitest';
import type { ServiceStatus } from '@/api/models';
import { countyChartData } from './chartData';

const loans: ServiceStatus = {
  service: 'loans',
  available: true,
  detail: null,
  stats: {
    service: 'loans',
    figures: [],
    by_county: [
      { county_code: '441882', county_name: '连州市', value: 3 },
      { county_code: '441802', county_name: '清城区', value: 2 },
    ],
  },
};
const trainingDown: ServiceStatus = { service: 'training', available: false, detail: 'timeout', stats: null };

describe('countyChartData', () => {
  it('puts the eight counties in code order and fills gaps with zero', () => {
    const data = countyChartData([loans], 'zh-CN');
    expect(data.counties).toEqual([
      '清城区',
      '清新区',
      '佛冈县',
      '阳山县',
      '连山壮族瑶族自治县',
      '连南瑶族自治县',
      '英德市',
      '连州市',
    ]);
    expect(data.series).toEqual([{ service: 'loans', values: [2, 0, 0, 0, 0, 0, 0, 3] }]);
  });

  it('leaves out services that are down', () => {
    expect(countyChartData([loans, trainingDown], 'en').series.map((s) => s.service)).toEqual(['loans']);
  });

  it('leaves out services with nothing in any county', () => {
    const empty: ServiceStatus = {
      ...loans,
      stats: { service: 'loans', figures: [], by_county: [{ county_code: '441802', county_name: '清城区', value: 0 }] },
    };
    expect(countyChartData([empty], 'zh-CN').series).toEqual([]);
  });

  it('names counties in the UI language', () => {
    expect(countyChartData([loans], 'en').counties[7]).toBe('Lianzhou City');
  });

  it('appends a county outside the list under the name the service gave', () => {
    const other: ServiceStatus = {
      ...loans,
      stats: { service: 'loans', figures: [], by_county: [{ county_code: '440100', county_name: '广州市', value: 1 }] },
    };
    const data = countyChartData([other], 'zh-CN');
    expect(data.counties).toHaveLength(9);
    expect(data.counties[8]).toBe('广州市');
    expect(data.series[0]?.values[8]).toBe(1);
  });
});
