import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';

// The volunteer pages' charts: bars, lines and the service points' scatter on longitude/latitude (no map
// outlines are shipped, so the "map" is a scatter on value axes). ECharts loads with this module only: the
// pages import it lazily.
echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function Chart({
  option,
  className = 'chart-box',
  testId,
  aspect,
}: {
  option: EChartsCoreOption;
  className?: string;
  testId?: string;
  /** Width over height, for a plot whose shape matters (the map). */
  aspect?: number;
}) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      className={className}
      style={aspect ? { aspectRatio: String(aspect), height: 'auto' } : undefined}
      data-testid={testId}
    />
  );
}
