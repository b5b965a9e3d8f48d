import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { translateOr } from '@/i18n/dynamic';
import { formatMoney } from '@/lib/format';
import { fetchTrainingStats, trainingStatsKey } from './api';
import type { StatsFigure } from './contract';
import { STAT_COLUMNS, STAT_TABLES, statTables, statTotals, type StatRow, type StatTableId } from './stats';

// ECharts comes with the charts only: the login page and the lists never load it.
const StatsCharts = lazy(() => import('./StatsCharts'));

/** The figures on the cards, in the report's order; any other the service sends follows. */
const FIGURE_ORDER = [
  'sessions',
  'person_times',
  'trainees',
  'poor_households',
  'online_learners',
  'budget',
  'cost',
  'cost_per_person_time',
];

const money = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : formatMoney(value.toFixed(2));

/** 培训统计: the headline figures, charts by programme, year, level and county, and those tables for Excel. */
export function TrainingStatsPage() {
  const { t, i18n } = useTranslation('training');
  const [tab, setTab] = useState<StatTableId>('programme');
  const stats = useQuery({ queryKey: trainingStatsKey, queryFn: ({ signal }) => fetchTrainingStats(signal) });
  const tables = stats.data
    ? statTables(stats.data, {
        level: (level) => translateOr(i18n, `training:level.${level}`, level),
        county: (code, name) => countyName(code, i18n.language, name),
      })
    : null;
  const col = (key: string) => t(`console.stats.columns.${key}` as 'console.stats.columns.name');
  const nameHeader = col(tab === 'programme' ? 'name' : tab);
  const exportColumns: ExportColumn<StatRow>[] = [
    { header: nameHeader, value: (row) => row.name },
    ...STAT_COLUMNS[tab].map(({ key, money: isMoney }) => ({
      header: col(key),
      value: (row: StatRow) => row.values[key] ?? null,
      format: isMoney ? '#,##0.00' : undefined,
    })),
  ];
  const figures = [...(stats.data?.figures ?? [])]
    .filter((f) => FIGURE_ORDER.includes(f.key))
    .sort((a, b) => FIGURE_ORDER.indexOf(a.key) - FIGURE_ORDER.indexOf(b.key));
  const more = (stats.data?.figures ?? []).filter((f) => !FIGURE_ORDER.includes(f.key));
  const label = (f: StatsFigure) => translateOr(i18n, `training:console.stats.figures.${f.key}`, f.key);
  const unit = (f: StatsFigure) => translateOr(i18n, `training:console.stats.units.${f.unit}`, f.unit);
  const waiting = stats.data && !stats.data.by_programme;

  return (
    <>
      <PageHeader
        title={t('console.stats.title')}
        description={t('console.stats.description')}
        extra={
          <ExportButton<StatRow>
            name={`${t('console.stats.exportName')}-${t(`console.stats.tabs.${tab}`)}`}
            columns={exportColumns}
            fetchPage={async () => {
              const rows = tables?.[tab] ?? [];
              return { items: rows, total: rows.length };
            }}
            disabled={!tables || tables[tab].length === 0}
          />
        }
      />
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isPending && <Skeleton active />}
      {stats.data && tables && (
        <Flex vertical gap={16}>
          <Card size="small" className="figure-card">
            <Row gutter={[16, 16]}>
              {[...figures, ...more].map((f) => (
                <Col xs={12} sm={8} lg={6} xl={4} key={f.key} data-testid={`training-stats-${f.key}`}>
                  <Statistic
                    title={label(f)}
                    value={f.unit === 'CNY' ? formatMoney(f.value) : f.value}
                    valueStyle={{ fontSize: 22 }}
                    suffix={<span className="figure-unit">{unit(f)}</span>}
                  />
                </Col>
              ))}
            </Row>
            <Typography.Text type="secondary">{t('console.stats.personTimesNote')}</Typography.Text>
          </Card>
          {waiting && <Alert type="info" showIcon message={t('console.stats.waiting')} />}
          <Suspense fallback={<Skeleton active />}>
            <StatsCharts tables={tables} />
          </Suspense>
          <Card className="detail-card">
            <Tabs
              activeKey={tab}
              onChange={(key) => setTab(key as StatTableId)}
              items={STAT_TABLES.map((id) => ({
                key: id,
                label: t(`console.stats.tabs.${id}`),
                children: <StatTable id={id} rows={tables[id]} />,
              }))}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}

function StatTable({ id, rows }: { id: StatTableId; rows: StatRow[] }) {
  const { t } = useTranslation('training');
  const col = (key: string) => t(`console.stats.columns.${key}` as 'console.stats.columns.name');
  const cell = (value: number | null | undefined, isMoney?: boolean) => (isMoney ? money(value) : (value ?? ''));
  const columns: TableColumnsType<StatRow> = [
    { title: col(id === 'programme' ? 'name' : id), dataIndex: 'name', width: 180 },
    ...STAT_COLUMNS[id].map(({ key, money: isMoney }) => ({
      title: col(key),
      key,
      width: 130,
      align: 'right' as const,
      render: (_: unknown, row: StatRow) => cell(row.values[key], isMoney),
    })),
  ];
  const totals = statTotals(id, rows);
  return (
    <Table<StatRow>
      rowKey={(row) => row.key}
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 180 + STAT_COLUMNS[id].length * 130 }}
      locale={{ emptyText: t('console.stats.charts.empty') }}
      data-testid={`training-breakdown-${id}`}
      summary={() =>
        rows.length > 1 && (
          <Table.Summary.Row className="schedule-total">
            <Table.Summary.Cell index={0}>{t('console.stats.total')}</Table.Summary.Cell>
            {STAT_COLUMNS[id].map(({ key, money: isMoney }, index) => (
              <Table.Summary.Cell index={index + 1} key={key} align="right">
                {key in totals ? cell(totals[key], isMoney) : ''}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )
      }
    />
  );
}
