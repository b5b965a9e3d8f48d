import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Row, Skeleton, Statistic, Table, type TableColumnsType } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import type { ExportColumn } from '@/export/sheet';
import { translateOr } from '@/i18n/dynamic';
import { figureValue, orderedFigures, YEAR_COLUMNS, yearRows, type YearRow } from './stats';
import { fetchStats, statsKey } from './workApi';
import './staff.css';

const Chart = lazy(() => import('./Chart'));

const SERIES = YEAR_COLUMNS;
const COLORS = ['#c8161d', '#d48806', '#389e0d', '#1677ff', '#fa8c16', '#722ed1', '#13c2c2'];

/** 志愿服务统计: the programme's headline figures and its years side by side. */
export function VolunteerStatsPage() {
  const { t, i18n } = useTranslation('volunteers');
  const stats = useQuery({ queryKey: statsKey, queryFn: ({ signal }) => fetchStats(signal) });
  const s = (key: string) => t(`staff.stats.series.${key}` as 'staff.stats.series.applicants');
  const rows = stats.data ? yearRows(stats.data) : [];
  const people = (keys: readonly (typeof SERIES)[number][], type: 'bar' | 'line'): EChartsCoreOption => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: keys.map((key) => ({
      name: s(key),
      type,
      data: rows.map((r) => r[key]),
      itemStyle: { color: COLORS[SERIES.indexOf(key)] },
      barMaxWidth: 28,
    })),
  });
  const columns: TableColumnsType<YearRow> = [
    { title: t('staff.stats.year'), dataIndex: 'year', width: 80 },
    ...SERIES.map((key) => ({ title: s(key), dataIndex: key, width: 90, align: 'right' as const })),
  ];
  const exportColumns: ExportColumn<YearRow>[] = [
    { header: t('staff.stats.year'), value: (r) => r.year },
    ...SERIES.map((key) => ({ header: s(key), value: (r: YearRow) => r[key] })),
  ];

  return (
    <>
      <PageHeader
        title={t('staff.stats.title')}
        description={t('staff.stats.description')}
        extra={
          <ExportButton<YearRow>
            name={t('staff.stats.exportName')}
            columns={exportColumns}
            fetchPage={async () => ({ items: rows, total: rows.length })}
            disabled={rows.length === 0}
          />
        }
      />
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isPending && <Skeleton active />}
      {stats.data && (
        <Flex vertical gap={16}>
          <Card size="small" className="figure-card">
            <Row gutter={[16, 16]}>
              {orderedFigures(stats.data.figures).map((f) => {
                const shown = figureValue(f);
                return (
                  <Col xs={12} sm={8} lg={6} xl={4} key={f.key} data-testid={`volunteer-stats-${f.key}`}>
                    <Statistic
                      title={translateOr(i18n, `volunteers:staff.stats.figures.${f.key}`, f.key)}
                      value={shown.value}
                      suffix={shown.percent ? '%' : undefined}
                    />
                  </Col>
                );
              })}
            </Row>
          </Card>
          {rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staff.stats.empty')} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card title={t('staff.stats.byYear')} className="detail-card">
                  <Suspense fallback={<Skeleton active />}>
                    <Chart option={people(['applicants', 'accepted', 'students'], 'bar')} testId="stats-year-chart" />
                  </Suspense>
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('staff.stats.campsChart')} className="detail-card">
                  <Suspense fallback={<Skeleton active />}>
                    <Chart option={people(['teams', 'camps', 'children'], 'line')} testId="stats-camps-chart" />
                  </Suspense>
                </Card>
              </Col>
            </Row>
          )}
          <Card className="detail-card">
            <Table<YearRow>
              rowKey={(r) => String(r.year)}
              columns={columns}
              dataSource={rows}
              pagination={false}
              size="small"
              scroll={{ x: 720 }}
              // A year's `children` is a count, not nested rows.
              expandable={{ childrenColumnName: 'nested_rows' }}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
