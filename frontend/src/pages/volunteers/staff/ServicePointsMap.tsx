import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { fetchServicePoints, servicePointsKey } from './api';
import { mapAspect, mapBounds, mapPoints, symbolSize, type MapPoint } from './servicePoints';

const Chart = lazy(() => import('./Chart'));

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 服务点分布: every service point on longitude/latitude, sized by its teams; the axes keep one degree of
 * longitude about as wide as one of latitude at Qingyuan, so the shape of the city is not squashed. */
export function ServicePointsMap() {
  const { t } = useTranslation('volunteers');
  const query = useQuery({ queryKey: servicePointsKey, queryFn: ({ signal }) => fetchServicePoints(signal) });
  const points = mapPoints(query.data ?? []);
  const bounds = mapBounds(points);
  const option: EChartsCoreOption = {
    grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (item: { data: MapPoint }) =>
        `<b>${escape(item.data.name)}</b><br/>${escape(item.data.county)}<br/>${escape(
          t('staff.teams.map.teams', { count: item.data.value[2] }),
        )}`,
    },
    xAxis: {
      type: 'value',
      name: t('staff.teams.map.longitude'),
      min: bounds.lon[0],
      max: bounds.lon[1],
      axisLabel: { formatter: '{value}°E' },
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: {
      type: 'value',
      name: t('staff.teams.map.latitude'),
      min: bounds.lat[0],
      max: bounds.lat[1],
      axisLabel: { formatter: '{value}°N' },
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    series: [
      {
        type: 'scatter',
        data: points,
        symbolSize: (value: number[]) => symbolSize(value[2] ?? 0),
        itemStyle: { color: '#c8161d', opacity: 0.75 },
        emphasis: { focus: 'self', label: { show: true, formatter: '{b}', position: 'top' } },
      },
    ],
  };
  return (
    <Card title={t('staff.teams.map.title')} className="detail-card" data-testid="service-points-map">
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active />}
      {query.data && points.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staff.teams.map.empty')} />
      )}
      {points.length > 0 && (
        <Suspense fallback={<Skeleton active />}>
          <Chart
            option={option}
            className="service-map"
            aspect={mapAspect(bounds) * 1.08}
            testId="service-points-chart"
          />
          <Typography.Text type="secondary">{t('staff.teams.map.note')}</Typography.Text>
        </Suspense>
      )}
    </Card>
  );
}
