import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Kilograms allocated per product or per buyer: horizontal bars, so long names stay readable. */
export default function ClearingChart({ bars, name }: { bars: { label: string; kg: number }[]; name: string }) {
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true, axisTick: { show: false } },
    series: [
      {
        name,
        type: 'bar',
        data: bars.map((b) => b.kg),
        itemStyle: { color: '#c8161d', borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
        label: { show: true, position: 'right', color: 'rgba(0,0,0,0.65)' },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: Math.max(160, bars.length * 36 + 24) }}
      data-testid="clearing-chart"
    />
  );
}
