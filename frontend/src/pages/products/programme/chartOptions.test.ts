import { describe, expect, it } from 'vitest';
import { amountScale, columns, horizontalBars, yearColumns } from './chartOptions';
import { REPORT_STATS } from './stats.fixture';

describe('amountScale', () => {
  it('charts small sums in 元', () => {
    expect(amountScale(['21400.00', '7400.50'])).toEqual({ unit: 'yuan', numbers: [21400, 7400.5] });
  });

  it('charts sums from 100,000 元 in 万元 to two decimals', () => {
    expect(amountScale(['130000.00', '26922.09'])).toEqual({ unit: 'tenThousandYuan', numbers: [13, 2.69] });
  });

  it('charts nothing as nothing', () => {
    expect(amountScale([])).toEqual({ unit: 'yuan', numbers: [] });
  });
});

describe('bar options', () => {
  it('puts counties down the side, first on top, with their values', () => {
    const option = horizontalBars({ labels: ['英德市', '连州市'], values: [21400, 1000.5], name: '交易额（元）' });
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['英德市', '连州市'], inverse: true });
    expect(option.series).toMatchObject([{ type: 'bar', name: '交易额（元）', data: [21400, 1000.5] }]);
  });

  it('puts months along the bottom', () => {
    const option = columns({ labels: ['2026-10', '2026-11'], values: [1, 2], name: '交易额' });
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2026-10', '2026-11'] });
  });

  it('sets the three yearly counts side by side, oldest year first', () => {
    const option = yearColumns(REPORT_STATS.by_year, {
      videos: '推介视频',
      notices_published: '滞销信息',
      villages_paired: '结对贫困村',
    });
    expect(option.xAxis).toMatchObject({ data: ['2017', '2018', '2019', '2020'] });
    expect(option.series).toMatchObject([
      { name: '推介视频', data: [5, 9, 11, 7] },
      { name: '滞销信息', data: [0, 0, 0, 3] },
      { name: '结对贫困村', data: [0, 0, 0, 4] },
    ]);
  });
});
