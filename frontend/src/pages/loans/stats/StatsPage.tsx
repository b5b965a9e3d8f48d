import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Segmented, Select, Skeleton, Statistic, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LoanStats } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { translateOr } from '@/i18n/dynamic';
import { formatMoney } from '@/lib/format';
import { figureLabel, unitLabel } from '@/pages/dashboard/figures';
import { yearOptions } from '../lifecycle';
import { fetchLoanStats } from './api';
import { BreakdownTable, useBreakdownColumns, type NamedRow } from './BreakdownTable';
import { inCountyOrder, inYearOrder, METRICS, type Metric } from './metrics';

const StatsCharts = lazy(() => import('./StatsCharts'));

/** The programme's own figures (the service's figures also carry the LPR and the bank count). */
const FIGURES = [
  'loans_disbursed',
  'amount_disbursed',
  'projects',
  'poor_households_driven',
  'subsidy_paid',
  'overdue_loans',
];

const TABS = { county: 'stats.byCounty', year: 'stats.byYear', use: 'stats.byUse', bank: 'stats.byBank' } as const;
type Breakdowns = keyof typeof TABS;

/** 贷款统计: what was lent, by county and by year in charts, and every breakdown as a table. */
export function StatsPage() {
  const { t, i18n } = useTranslation(['loans', 'dashboard']);
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const [metric, setMetric] = useState<Metric>('loans');
  const [tab, setTab] = useState<Breakdowns>('county');
  const { exportColumns } = useBreakdownColumns();
  const stats = useQuery({
    queryKey: ['loans', 'stats', { year }],
    queryFn: ({ signal }) => fetchLoanStats(year, signal),
  });

  const rows = (data: LoanStats): Record<Breakdowns, NamedRow[]> => ({
    county: inCountyOrder(data.by_county_detail).map((row) => ({
      name: countyName(row.key, i18n.language, row.label),
      row,
    })),
    year: inYearOrder(data.by_year).map((row) => ({ name: row.label, row })),
    use: data.by_use.map((row) => ({ name: translateOr(i18n, `loans:use.${row.key}`, row.label), row })),
    bank: data.by_bank.map((row) => ({ name: row.label, row })),
  });
  const tables = stats.data ? rows(stats.data) : null;

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.description')}
        extra={
          <>
            <Select<string>
              className="filter-select"
              aria-label={t('stats.year')}
              value={year ? String(year) : ''}
              onChange={(value) => setParams(value ? { year: value } : {}, { replace: true })}
              options={[
                { value: '', label: t('stats.allYears') },
                ...yearOptions(new Date()).map((y) => ({ value: String(y), label: String(y) })),
              ]}
            />
            <ExportButton<NamedRow>
              name={`${t('stats.exportName')}-${t(TABS[tab])}`}
              columns={exportColumns}
              fetchPage={async () => {
                const all = tables?.[tab] ?? [];
                return { items: all, total: all.length };
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
          <Row gutter={[16, 16]}>
            {stats.data.figures
              .filter((figure) => FIGURES.includes(figure.key))
              .map((figure) => (
                <Col xs={12} md={8} xl={4} key={figure.key}>
                  <Card size="small" className="figure-card" data-testid={`stats-${figure.key}`}>
                    <Statistic
                      valueStyle={{ fontSize: 22 }}
                      title={figureLabel(i18n, 'loans', figure.key)}
                      value={figure.unit === 'CNY' ? formatMoney(String(figure.value)) : String(figure.value)}
                      suffix={<span className="figure-unit">{unitLabel(i18n, figure.unit)}</span>}
                    />
                  </Card>
                </Col>
              ))}
          </Row>
          <Segmented<Metric>
            className="metric-switch"
            value={metric}
            onChange={setMetric}
            options={METRICS.map((value) => ({ value, label: t(`stats.metric.${value}`) }))}
          />
          <Suspense fallback={<Skeleton active />}>
            <StatsCharts counties={tables.county} years={tables.year.map((named) => named.row)} metric={metric} />
          </Suspense>
          <Card className="detail-card">
            <Tabs
              activeKey={tab}
              onChange={(key) => setTab(key as Breakdowns)}
              items={(['county', 'year', 'use', 'bank'] as const).map((key) => ({
                key,
                label: t(TABS[key]),
                children: <BreakdownTable rows={tables[key]} />,
              }))}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
