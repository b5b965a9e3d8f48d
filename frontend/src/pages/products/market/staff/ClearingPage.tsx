import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Row,
  Segmented,
  Select,
  Skeleton,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Allocation,
  ClearingRun,
  ClearingRunSummary,
  ClearingScope,
  CountyCode,
  Deal,
  ProductCategory,
} from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { COUNTIES, countyName } from '@/domain/counties';
import { PRODUCT_CATEGORIES } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import {
  catalogueKey,
  clearingKey,
  fetchCatalogue,
  fetchClearingRun,
  fetchClearingRuns,
  fetchClearingRunsPage,
  fetchProposedDeals,
  marketKey,
  runClearing,
} from '../api';
import { totalsBy } from './totals';

const ClearingChart = lazy(() => import('./ClearingChart'));

interface ScopeValues {
  product_id?: string;
  category?: ProductCategory;
  county_code?: CountyCode;
}

/** 清分: staff allocate the lots on offer in a scope to the demands still wanted, in one run, and see what
 * each lot goes to (as proposed deals that the seller and the buyer accept). */
export function ClearingPage() {
  const { t, i18n } = useTranslation('products');
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ScopeValues>();
  const [runId, setRunId] = useState<string | null>(null);
  const [by, setBy] = useState<'product' | 'buyer'>('product');
  const catalogue = useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 300_000,
  });
  const runs = useQuery({ queryKey: clearingKey, queryFn: ({ signal }) => fetchClearingRuns(signal) });
  const run = useQuery({
    queryKey: [...clearingKey, runId ?? ''],
    queryFn: ({ signal }) => fetchClearingRun(runId ?? '', signal),
    enabled: runId !== null,
  });
  const deals = useQuery({
    queryKey: [...marketKey, 'deals', 'proposed', runId ?? ''],
    queryFn: ({ signal }) => fetchProposedDeals(signal),
    enabled: runId !== null,
  });
  const clear = useMutation({
    mutationFn: (scope: ClearingScope) => runClearing(scope),
    onSuccess: async (result) => {
      queryClient.setQueryData([...clearingKey, result.id], result);
      setRunId(result.id);
      await queryClient.invalidateQueries({ queryKey: marketKey });
    },
  });

  const productName = (id: string | null) => catalogue.data?.items.find((p) => p.id === id)?.name;
  const scopeText = (r: ClearingRunSummary) =>
    [
      productName(r.product_id),
      r.category ? t(`category.${r.category}`) : null,
      r.county_code ? countyName(r.county_code, i18n.language) : null,
    ]
      .filter(Boolean)
      .join(' · ') || t('market.clearing.wholeCity');
  const dealById = new Map<string, Deal>((deals.data?.items ?? []).map((d) => [d.id, d]));
  const deal = (a: Allocation) => dealById.get(a.deal_id);

  const columns: TableColumnsType<Allocation> = [
    { title: t('market.board.product'), key: 'product', width: 130, render: (_, a) => deal(a)?.product_name ?? '—' },
    {
      title: t('market.board.seller'),
      key: 'seller',
      width: 180,
      render: (_, a) => deal(a)?.seller_name ?? a.lot_id.slice(0, 8),
    },
    {
      title: t('market.clearing.buyer'),
      key: 'buyer',
      width: 180,
      render: (_, a) => deal(a)?.buyer_name ?? a.demand_id.slice(0, 8),
    },
    {
      title: t('market.clearing.quantity'),
      dataIndex: 'quantity_kg',
      width: 120,
      align: 'right',
      render: (_, a) => formatMoney(a.quantity_kg),
    },
    { title: t('market.board.floor'), dataIndex: 'price_per_kg', width: 110, align: 'right' },
  ];
  const exportColumns: ExportColumn<Allocation>[] = [
    { header: t('market.board.product'), value: (a) => deal(a)?.product_name },
    { header: t('market.board.seller'), value: (a) => deal(a)?.seller_name },
    { header: t('market.clearing.buyer'), value: (a) => deal(a)?.buyer_name },
    { header: t('market.clearing.quantity'), value: (a) => decimal(a.quantity_kg) },
    { header: t('market.board.floor'), value: (a) => decimal(a.price_per_kg) },
    { header: t('market.clearing.lotId'), value: (a) => a.lot_id },
    { header: t('market.clearing.demandId'), value: (a) => a.demand_id },
    { header: t('market.clearing.dealId'), value: (a) => a.deal_id },
  ];
  const runColumns: TableColumnsType<ClearingRunSummary> = [
    {
      title: t('market.clearing.at'),
      dataIndex: 'created_at',
      width: 150,
      render: (_, r) => formatDateTime(r.created_at),
    },
    { title: t('market.clearing.scope'), key: 'scope', width: 200, render: (_, r) => scopeText(r) },
    {
      title: t('market.clearing.totalKg'),
      dataIndex: 'total_kg',
      width: 120,
      align: 'right',
      render: (_, r) => formatMoney(r.total_kg),
    },
    { title: t('market.clearing.lots'), dataIndex: 'lots_considered', width: 80, align: 'right' },
    { title: t('market.clearing.demands'), dataIndex: 'demands_considered', width: 80, align: 'right' },
    { title: t('market.clearing.runBy'), dataIndex: 'run_by_name', width: 140 },
  ];
  const runExport: ExportColumn<ClearingRunSummary>[] = [
    { header: t('market.clearing.at'), value: (r) => formatDateTime(r.created_at) },
    { header: t('market.clearing.scope'), value: scopeText },
    { header: t('market.clearing.totalKg'), value: (r) => decimal(r.total_kg) },
    { header: t('market.clearing.lots'), value: (r) => r.lots_considered },
    { header: t('market.clearing.demands'), value: (r) => r.demands_considered },
    { header: t('market.clearing.pairs'), value: (r) => r.eligible_pairs },
    { header: t('market.clearing.withdrawn'), value: (r) => r.withdrawn_deals },
    { header: t('market.clearing.runBy'), value: (r) => r.run_by_name },
  ];

  const result: ClearingRun | undefined = run.data;
  const allocations = result?.allocations ?? [];
  const bars = totalsBy(allocations, (a) =>
    by === 'product' ? (deal(a)?.product_name ?? '—') : (deal(a)?.buyer_name ?? '—'),
  );

  return (
    <div className="list-page" data-testid="clearing">
      <PageHeader title={t('market.clearing.title')} description={t('market.clearing.description')} />
      <Flex vertical gap={16}>
        <Card size="small" title={t('market.clearing.scope')}>
          <Form<ScopeValues>
            form={form}
            layout="vertical"
            onFinish={(values) =>
              clear.mutate({
                product_id: values.product_id ?? null,
                category: values.category ?? null,
                county_code: values.county_code ?? null,
              })
            }
          >
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="product_id" label={t('market.board.product')}>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    aria-label={t('market.board.product')}
                    placeholder={t('market.clearing.any')}
                    options={(catalogue.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="category" label={t('market.newDemand.category')}>
                  <Select
                    allowClear
                    aria-label={t('market.newDemand.category')}
                    placeholder={t('market.clearing.any')}
                    options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="county_code" label={t('market.board.county')}>
                  <Select
                    allowClear
                    aria-label={t('market.board.county')}
                    placeholder={t('market.clearing.wholeCity')}
                    options={COUNTIES.map((c) => ({ value: c.code, label: countyName(c.code, i18n.language) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            {clear.isError && <ErrorAlert error={clear.error} />}
            <Button type="primary" htmlType="submit" loading={clear.isPending} data-testid="run-clearing">
              {t('market.clearing.run')}
            </Button>
          </Form>
        </Card>

        {runId !== null && (
          <Card
            size="small"
            title={t('market.clearing.result')}
            data-testid="clearing-result"
            extra={
              <ExportButton
                name={t('market.clearing.exportName')}
                columns={exportColumns}
                fetchPage={async () => ({
                  items: allocations,
                  total: allocations.length,
                  limit: allocations.length,
                  offset: 0,
                })}
                disabled={allocations.length === 0}
              />
            }
          >
            {run.isError && <ErrorAlert error={run.error} onRetry={() => void run.refetch()} />}
            {run.isPending || !result ? (
              <Skeleton active />
            ) : (
              <Flex vertical gap={16}>
                <Row gutter={[12, 12]}>
                  <Col xs={12} md={6} data-testid="clearing-total">
                    <Statistic
                      title={t('market.clearing.totalKg')}
                      value={decimal(result.total_kg) ?? 0}
                      precision={2}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic title={t('market.clearing.allocations')} value={allocations.length} />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('market.clearing.considered')}
                      value={`${result.lots_considered} / ${result.demands_considered}`}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic title={t('market.clearing.withdrawn')} value={result.withdrawn_deals} />
                  </Col>
                </Row>
                {allocations.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.clearing.nothing')} />
                ) : (
                  <>
                    <Flex justify="space-between" align="center" wrap gap={8}>
                      <Typography.Text strong>{t('market.clearing.chart')}</Typography.Text>
                      <Segmented
                        value={by}
                        onChange={(value) => setBy(value as 'product' | 'buyer')}
                        options={[
                          { value: 'product', label: t('market.clearing.byProduct') },
                          { value: 'buyer', label: t('market.clearing.byBuyer') },
                        ]}
                      />
                    </Flex>
                    <Suspense fallback={<Skeleton active />}>
                      <ClearingChart bars={bars} name={t('market.clearing.quantity')} />
                    </Suspense>
                    <Table<Allocation>
                      size="small"
                      columns={columns}
                      dataSource={allocations}
                      rowKey={(a) => a.deal_id}
                      pagination={allocations.length > 20 ? { pageSize: 20 } : false}
                      scroll={{ x: 720 }}
                      data-testid="clearing-allocations"
                    />
                  </>
                )}
              </Flex>
            )}
          </Card>
        )}

        <Card
          size="small"
          title={t('market.clearing.past')}
          className="list-card"
          extra={
            <ExportButton
              name={t('market.clearing.pastExportName')}
              columns={runExport}
              fetchPage={fetchClearingRunsPage}
              disabled={!runs.data || runs.data.total === 0}
            />
          }
        >
          {runs.isError && <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />}
          <Table<ClearingRunSummary>
            size="small"
            loading={runs.isPending}
            columns={runColumns}
            dataSource={runs.data?.items ?? []}
            rowKey={(r) => r.id}
            pagination={false}
            scroll={{ x: 780 }}
            rowClassName={(r) => (r.id === runId ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => setRunId(r.id), className: 'clickable-row' })}
            locale={{ emptyText: t('market.clearing.noRuns') }}
          />
        </Card>
      </Flex>
    </div>
  );
}
