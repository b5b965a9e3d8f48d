import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Select, Skeleton, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { fetchProductStats, productStatsKey } from './api';
import { BreakdownTable, useBreakdownExport } from './BreakdownTable';
import { BREAKDOWNS, breakdowns, type BreakdownId, type BreakdownRow } from './breakdowns';
import { FigureCards } from './FigureCards';
import { latestYear } from './figures';

// ECharts comes with the charts only: the login page and the lists never load it.
const StatsCharts = lazy(() => import('./StatsCharts'));

/** 农产品统计: the headline figures by topic, deal value in charts, and every breakdown as a table and an
 * Excel file. */
export function ProductsStatsPage() {
  const { t, i18n } = useTranslation('products');
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState<BreakdownId>('county');
  const stats = useQuery({ queryKey: productStatsKey, queryFn: ({ signal }) => fetchProductStats(signal) });

  const years = (stats.data?.by_year ?? []).map((row) => row.year).sort((a, b) => b - a);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : latestYear(stats.data?.by_year ?? []);
  const tables = stats.data
    ? breakdowns(stats.data, (code, apiName) => countyName(code, i18n.language, apiName))
    : null;
  const exportColumns = useBreakdownExport(tables?.[tab]);

  return (
    <>
      <PageHeader
        title={t('productStats.title')}
        description={t('productStats.description')}
        extra={
          <>
            {years.length > 0 && (
              <Select<number>
                className="filter-select"
                aria-label={t('productStats.year')}
                value={year}
                onChange={(value) => setParams({ year: String(value) }, { replace: true })}
                options={years.map((y) => ({ value: y, label: t('productStats.yearOption', { year: y }) }))}
              />
            )}
            <ExportButton<BreakdownRow>
              name={`${t('productStats.exportName')}-${t(`productStats.tabs.${tab}`)}`}
              columns={exportColumns}
              fetchPage={async () => {
                const rows = tables?.[tab].rows ?? [];
                return { items: rows, total: rows.length };
              }}
              disabled={!tables}
            />
          </>
        }
      />
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isPending && <Skeleton active />}
      {stats.data && tables && (
        <Flex vertical gap={16}>
          <FigureCards stats={stats.data} year={year} />
          <Suspense fallback={<Skeleton active />}>
            <StatsCharts tables={tables} byYear={stats.data.by_year} />
          </Suspense>
          <Card className="detail-card">
            <Tabs
              activeKey={tab}
              onChange={(key) => setTab(key as BreakdownId)}
              items={BREAKDOWNS.map((id) => ({
                key: id,
                label: t(`productStats.tabs.${id}`),
                children: <BreakdownTable breakdown={tables[id]} />,
              }))}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
