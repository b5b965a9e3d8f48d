import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { columns, GOLD, GREEN, horizontalBars, RED, type ChartOption } from '@/pages/products/programme/chartOptions';
import type { StatRow, StatTableId } from './stats';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

function ChartCard({
  title,
  option,
  height,
  testId,
}: {
  title: string;
  option: ChartOption | null;
  height: number;
  testId: string;
}) {
  const { t } = useTranslation('training');
  return (
    <Card title={title} className="detail-card figure-card">
      {option ? (
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} data-testid={testId} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('console.stats.charts.empty')} />
      )}
    </Card>
  );
}

/** Sessions as columns and person-times as a line, by year. */
function yearOption(rows: readonly StatRow[], names: { sessions: string; person_times: string }): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisTick: { show: false } },
    yAxis: [
      { type: 'value', splitNumber: 4 },
      { type: 'value', splitNumber: 4, splitLine: { show: false } },
    ],
    series: [
      {
        name: names.sessions,
        type: 'bar',
        data: rows.map((r) => r.values.sessions ?? 0),
        itemStyle: { color: GOLD },
        barMaxWidth: 32,
      },
      {
        name: names.person_times,
        type: 'bar',
        yAxisIndex: 1,
        data: rows.map((r) => r.values.person_times ?? 0),
        itemStyle: { color: RED },
        barMaxWidth: 32,
      },
    ],
  } as ChartOption;
}

/** Person-times by programme, level and county; sessions and person-times by year. ECharts loads with this
 * module only (the stats page loads it lazily). */
export default function StatsCharts({ tables }: { tables: Record<StatTableId, StatRow[]> }) {
  const { t } = useTranslation('training');
  const personTimes = t('console.stats.series.person_times');
  const bars = (rows: readonly StatRow[], color?: string) =>
    rows.length === 0
      ? null
      : horizontalBars({
          labels: rows.map((r) => r.name),
          values: rows.map((r) => r.values.person_times ?? 0),
          name: personTimes,
          color,
        });
  const height = (rows: number) => Math.max(180, rows * 36 + 24);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('console.stats.charts.programme')}
          option={bars(tables.programme)}
          height={height(tables.programme.length)}
          testId="training-programme-chart"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('console.stats.charts.year')}
          option={
            tables.year.length === 0
              ? null
              : yearOption(tables.year, { sessions: t('console.stats.series.sessions'), person_times: personTimes })
          }
          height={280}
          testId="training-year-chart"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('console.stats.charts.level')}
          option={
            tables.level.length === 0
              ? null
              : columns({
                  labels: tables.level.map((r) => r.name),
                  values: tables.level.map((r) => r.values.person_times ?? 0),
                  name: personTimes,
                  color: GREEN,
                })
          }
          height={240}
          testId="training-level-chart"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('console.stats.charts.county')}
          option={bars(tables.county, GOLD)}
          height={height(tables.county.length)}
          testId="training-county-chart"
        />
      </Col>
    </Row>
  );
}
