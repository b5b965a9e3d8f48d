import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceStatus } from '@/api/models';
import { countyChartData } from './chartData';
import { serviceLabel, serviceLook } from './services';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Horizontal grouped bars: one row per county, one bar per service. Long county names stay readable
 * on a phone this way. */
export default function CountyChart({ services }: { services: ServiceStatus[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const data = countyChartData(services, i18n.language);
  if (data.series.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.empty')} />;
  }
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.counties, inverse: true, axisTick: { show: false } },
    series: data.series.map(({ service, values }) => ({
      name: serviceLabel(i18n, service),
      type: 'bar',
      data: values,
      itemStyle: { color: serviceLook(service).color, borderRadius: [0, 3, 3, 0] },
      barMaxWidth: 12,
    })),
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 120 + data.counties.length * (16 + data.series.length * 10) }}
      data-testid="county-chart"
    />
  );
}
