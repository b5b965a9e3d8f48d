// The statistics charts' ECharts options, built here without ECharts itself (types only), so that they are
// tested as plain data and the page loads ECharts only with the charts.
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { YearFigures } from '@/api/models';
import { decimal } from '@/lib/format';

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export const RED = '#c8161d';
export const GOLD = '#d48806';
export const GREEN = '#389e0d';
const LABEL = 'rgba(0,0,0,0.65)';

export type AmountUnit = 'yuan' | 'tenThousandYuan';

/** Amounts for a chart: in 万元 to two decimals once the largest reaches 100,000 元 (as the committee's
 * reports write large sums), else in 元. The tables keep the exact amounts. */
export function amountScale(values: readonly string[]): { unit: AmountUnit; numbers: number[] } {
  const yuan = values.map((value) => decimal(value) ?? 0);
  if (Math.max(0, ...yuan) < 100_000) return { unit: 'yuan', numbers: yuan };
  return { unit: 'tenThousandYuan', numbers: yuan.map((value) => Math.round(value / 100) / 100) };
}

interface Bars {
  labels: readonly string[];
  values: readonly number[];
  /** The series' name in the tooltip, with its unit. */
  name: string;
  color?: string;
}

/** Horizontal bars, largest names on the left: counties and products stay readable on a phone. */
export function horizontalBars({ labels, values, name, color = RED }: Bars): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: [...labels], inverse: true, axisTick: { show: false } },
    series: [
      {
        name,
        type: 'bar',
        data: [...values],
        itemStyle: { color, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
        label: { show: true, position: 'right', color: LABEL },
      },
    ],
  };
}

/** Columns along time (months), oldest on the left. */
export function columns({ labels, values, name, color = GOLD }: Bars): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: [...labels], axisTick: { show: false } },
    yAxis: { type: 'value', splitNumber: 4 },
    series: [
      {
        name,
        type: 'bar',
        data: [...values],
        itemStyle: { color, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 40,
        label: { show: true, position: 'top', color: LABEL },
      },
    ],
  };
}

/** The report's counts by year side by side: videos shot, notices published, villages paired. */
export function yearColumns(
  rows: readonly YearFigures[],
  names: Record<'videos' | 'notices_published' | 'villages_paired', string>,
): ChartOption {
  const years = [...rows].sort((a, b) => a.year - b.year);
  const series = (['videos', 'notices_published', 'villages_paired'] as const).map((key, index): BarSeriesOption => ({
    name: names[key],
    type: 'bar',
    data: years.map((row) => row[key]),
    itemStyle: { color: [RED, GOLD, GREEN][index], borderRadius: [3, 3, 0, 0] },
    barMaxWidth: 24,
    // A year with none of a count shows no "0" over an empty column.
    label: { show: true, position: 'top', color: LABEL, formatter: ({ value }) => (value ? String(value) : '') },
  }));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map((row) => String(row.year)), axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}
