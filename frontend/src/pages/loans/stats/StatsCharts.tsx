import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Breakdown } from '@/api/models';
import { METRIC_UNIT, metricValue, type Metric } from './metrics';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const RED = '#c8161d';

interface StatsChartsProps {
  counties: { name: string; row: Breakdown }[];
  years: Breakdown[];
  metric: Metric;
}

/** One measure by county (horizontal bars: long county names stay readable on a phone) and by
 * contract year (columns). */
export default function StatsCharts({ counties, years, metric }: StatsChartsProps) {
  const { t } = useTranslation('loans');
  const title = t('stats.chartTitle', {
    metric: t(`stats.metric.${metric}`),
    unit: t(`stats.unit.${METRIC_UNIT[metric]}`),
  });
  const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } };

  const byCounty = {
    tooltip,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: counties.map((c) => c.name), inverse: true, axisTick: { show: false } },
    series: [
      {
        name: title,
        type: 'bar',
        data: counties.map((c) => metricValue(c.row, metric)),
        itemStyle: { color: RED, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
        label: { show: true, position: 'right', color: 'rgba(0,0,0,0.65)' },
      },
    ],
  };

  const byYear = {
    tooltip,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => y.label), axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: title,
        type: 'bar',
        data: years.map((y) => metricValue(y, metric)),
        itemStyle: { color: '#d48806', borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 40,
        label: { show: true, position: 'top', color: 'rgba(0,0,0,0.65)' },
      },
    ],
  };

  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.empty')} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card
          title={t('stats.byCounty')}
          className="detail-card"
          extra={<Typography.Text type="secondary">{title}</Typography.Text>}
        >
          {counties.length === 0 ? (
            empty
          ) : (
            <ReactEChartsCore
              echarts={echarts}
              option={byCounty}
              notMerge
              style={{ height: 60 + counties.length * 36 }}
              data-testid="stats-county-chart"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card
          title={t('stats.byYear')}
          className="detail-card"
          extra={<Typography.Text type="secondary">{t('stats.yearNote')}</Typography.Text>}
        >
          {years.length === 0 ? (
            empty
          ) : (
            <ReactEChartsCore
              echarts={echarts}
              option={byYear}
              notMerge
              style={{ height: 60 + 8 * 36 }}
              data-testid="stats-year-chart"
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
