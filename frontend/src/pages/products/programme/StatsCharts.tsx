import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Card, Col, Empty, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearFigures } from '@/api/models';
import type { Breakdown, BreakdownId } from './breakdowns';
import { amountScale, columns, GOLD, horizontalBars, yearColumns, type ChartOption } from './chartOptions';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface StatsChartsProps {
  tables: Record<BreakdownId, Breakdown>;
  byYear: readonly YearFigures[];
}

function ChartCard(props: {
  title: string;
  note: string;
  empty: string;
  height: number;
  option: ChartOption | null;
  testId: string;
}) {
  let body: ReactNode = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.empty} />;
  if (props.option) {
    body = (
      <ReactEChartsCore
        echarts={echarts}
        option={props.option}
        notMerge
        style={{ height: props.height }}
        data-testid={props.testId}
      />
    );
  }
  // The note goes under the title, not beside it: beside it, a long one cuts the title short.
  return (
    <Card title={props.title} className="detail-card figure-card">
      <Typography.Text type="secondary">{props.note}</Typography.Text>
      {body}
    </Card>
  );
}

/** Deal value by county and by product (horizontal bars: long names stay readable on a phone), by month
 * (columns), and the report's yearly counts. */
export default function StatsCharts({ tables, byYear }: StatsChartsProps) {
  const { t } = useTranslation('products');

  function dealValue(id: 'county' | 'product' | 'month') {
    const rows = tables[id].rows;
    const { unit, numbers } = amountScale(rows.map((row) => String(row.values.deal_value ?? '0')));
    const name = t('productStats.charts.dealValue', { unit: t(`productStats.unit.${unit}`) });
    const bars = { labels: rows.map((row) => row.name), values: numbers, name };
    return {
      note: name,
      rows: rows.length,
      option: rows.length === 0 ? null : id === 'month' ? columns({ ...bars, color: GOLD }) : horizontalBars(bars),
    };
  }
  const county = dealValue('county');
  const product = dealValue('product');
  const month = dealValue('month');
  const barsHeight = (rows: number) => Math.max(160, rows * 36 + 24);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('productStats.charts.county')}
          note={county.note}
          empty={t('productStats.charts.empty')}
          option={county.option}
          height={barsHeight(county.rows)}
          testId="stats-county-chart"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('productStats.charts.product')}
          note={product.note}
          empty={t('productStats.charts.empty')}
          option={product.option}
          height={barsHeight(product.rows)}
          testId="stats-product-chart"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('productStats.charts.month')}
          note={`${month.note} · ${t('productStats.charts.dealNote')}`}
          empty={t('productStats.charts.empty')}
          option={month.option}
          height={280}
          testId="stats-month-chart"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title={t('productStats.charts.year')}
          note={t('productStats.charts.yearNote')}
          empty={t('productStats.charts.yearEmpty')}
          option={
            byYear.length === 0
              ? null
              : yearColumns(byYear, {
                  videos: t('productStats.series.videos'),
                  notices_published: t('productStats.series.notices_published'),
                  villages_paired: t('productStats.series.villages_paired'),
                })
          }
          height={280}
          testId="stats-year-chart"
        />
      </Col>
    </Row>
  );
}
