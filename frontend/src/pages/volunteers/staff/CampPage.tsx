import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Flex, Progress, Result, Row, Skeleton, Statistic } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import type { ExportColumn } from '@/export/sheet';
import { BackLink } from '@/pages/loans/BackLink';
import { THREE_COLUMNS } from '@/pages/loans/descriptions';
import { campKey, fetchCamp } from './api';
import { CreateChildButton } from './CreateChildButton';
import { TEN_ONES } from './enums';
import { itemCounts, percent, tenOnesGrid, type GridRow } from './tenOnes';
import { TenOnesGrid } from './TenOnesGrid';
import './staff.css';

const Chart = lazy(() => import('./Chart'));

/** A camp's dashboard: its children's ten ones as a grid, the camp's completion, and per-item counts. */
export function CampPage() {
  const { t } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: campKey(id), queryFn: ({ signal }) => fetchCamp(id, signal) });
  const back = <BackLink to="/volunteers/camps" label={t('staff.camp.back')} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('staff.camp.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const camp = query.data;
  const rows = tenOnesGrid(camp.progress);
  const counts = itemCounts(camp.by_item, camp.progress);
  const option: EChartsCoreOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, max: Math.max(camp.progress.length, 1) },
    yAxis: { type: 'category', inverse: true, data: counts.map((c) => t(`staff.tenOne.${c.item}`)) },
    series: [
      {
        name: t('staff.camp.doneCount'),
        type: 'bar',
        data: counts.map((c) => c.done),
        itemStyle: { color: '#389e0d' },
        barMaxWidth: 18,
        label: { show: true, position: 'right' },
      },
    ],
  };
  const exportColumns: ExportColumn<GridRow>[] = [
    { header: t('staff.camp.child'), value: (row) => row.name },
    ...TEN_ONES.map((item, index) => ({
      header: t(`staff.tenOne.${item}`),
      value: (row: GridRow) => (row.done[index] ? '✓' : ''),
    })),
    { header: t('staff.camp.done'), value: (row) => row.count },
  ];
  const point = camp.service_point;

  return (
    <div className="detail-page" data-testid="camp-page">
      {back}
      <PageHeader
        title={camp.name}
        extra={
          <>
            <CreateChildButton campId={camp.id} />
            <ExportButton<GridRow>
              name={`${t('staff.camp.exportName')}-${camp.name}`}
              columns={exportColumns}
              fetchPage={async () => ({ items: rows, total: rows.length })}
              disabled={rows.length === 0}
            />
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card className="detail-card">
          <Row gutter={[16, 16]} align="middle">
            <Col xs={24} lg={14}>
              <Descriptions
                size="small"
                column={THREE_COLUMNS}
                items={[
                  { key: 'team', label: t('staff.camps.columns.team'), children: camp.team_name },
                  {
                    key: 'point',
                    label: t('staff.camps.columns.point'),
                    children: [point.county_name, point.town, point.village].filter(Boolean).join(' · '),
                  },
                  {
                    key: 'period',
                    label: t('staff.camps.columns.period'),
                    children: `${camp.starts_on} – ${camp.ends_on}`,
                  },
                ]}
              />
            </Col>
            <Col xs={12} lg={4}>
              <Statistic title={t('staff.camp.children')} value={camp.children} />
            </Col>
            <Col xs={12} lg={6}>
              <Flex vertical align="center" data-testid="camp-completion">
                <Progress type="circle" size={84} percent={percent(camp.completion)} />
                <span>{t('staff.camp.completion')}</span>
              </Flex>
            </Col>
          </Row>
        </Card>
        <Card title={t('staff.camp.grid')} className="detail-card" extra={t('staff.camp.gridHint')}>
          <TenOnesGrid rows={rows} />
        </Card>
        <Card title={t('staff.camp.byItem')} className="detail-card">
          <Suspense fallback={<Skeleton active />}>
            <Chart option={option} testId="camp-items-chart" />
          </Suspense>
        </Card>
      </Flex>
    </div>
  );
}
