import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Demand, Match } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { businessToday, decimal, formatMoney } from '@/lib/format';
import { fetchMatches, fetchOpenDemands, marketKey } from '../api';
import { MatchReasons } from '../MatchReasons';
import { ProposeDealModal } from '../ProposeDealModal';
import { matchReasons } from '../reasons';

/** 撮合台: staff pick a demand still wanted and see the lots that fit it, best first, with the reasons, and
 * propose a deal. */
export function MatchingPage() {
  const { t, i18n } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const demandId = params.get('demand');
  const [proposing, setProposing] = useState<Match | null>(null);
  const phone = !Grid.useBreakpoint().md;
  const demands = useQuery({
    queryKey: [...marketKey, 'open-demands'],
    queryFn: ({ signal }) => fetchOpenDemands(signal),
  });
  const demand = demands.data?.find((d) => d.id === demandId);
  const matches = useQuery({
    queryKey: [...marketKey, 'matches', demandId ?? ''],
    queryFn: ({ signal }) => fetchMatches(demandId ?? '', signal),
    enabled: demand !== undefined,
  });

  const subject = (d: Demand) => d.product_name ?? (d.category ? t(`category.${d.category}`) : '');
  const demandLabel = (d: Demand) =>
    `${d.buyer_name} · ${subject(d)} · ${t('market.kg', { kg: formatMoney(d.remaining_kg) })} · ${t('market.perKg', { price: d.ceiling_price_per_kg })}`;
  const county = (m: Match) => countyName(m.county_code, i18n.language, m.county_name);
  const start = demand && demand.wanted_from > businessToday() ? demand.wanted_from : businessToday();
  const reasonsText = (m: Match) =>
    matchReasons(m, start)
      .map((r) => t(`market.reason.${r.key}`, r.values))
      .join('、');

  const columns: TableColumnsType<Match> = [
    {
      title: t('market.board.score'),
      dataIndex: 'score',
      width: 80,
      render: (_, m) => <Tag color="geekblue">{Math.round(m.score * 100)}</Tag>,
    },
    { title: t('market.board.seller'), dataIndex: 'seller_name', width: 170 },
    { title: t('market.board.product'), dataIndex: 'product_name', width: 110 },
    { title: t('market.board.county'), dataIndex: 'county_code', width: 100, render: (_, m) => county(m) },
    {
      title: t('market.board.available'),
      dataIndex: 'remaining_kg',
      width: 100,
      align: 'right',
      render: (_, m) => formatMoney(m.remaining_kg),
    },
    { title: t('market.board.floor'), dataIndex: 'floor_price_per_kg', width: 90, align: 'right' },
    {
      title: t('market.board.reasons'),
      key: 'reasons',
      width: 300,
      render: (_, m) => <MatchReasons match={m} from={demand?.wanted_from} />,
    },
    {
      title: t('market.board.action'),
      key: 'action',
      width: 100,
      // A pinned column would take most of a phone's width: phones scroll every column.
      fixed: phone ? undefined : 'right',
      render: (_, m) => (
        <Button size="small" type="link" onClick={() => setProposing(m)} data-testid="board-propose">
          {t('market.offers.propose')}
        </Button>
      ),
    },
  ];
  const exportColumns: ExportColumn<Match>[] = [
    { header: t('market.board.score'), value: (m) => Math.round(m.score * 100) },
    { header: t('market.board.seller'), value: (m) => m.seller_name },
    { header: t('market.board.product'), value: (m) => m.product_name },
    { header: t('market.board.county'), value: county },
    { header: t('market.board.available'), value: (m) => decimal(m.remaining_kg) },
    { header: t('market.board.floor'), value: (m) => decimal(m.floor_price_per_kg) },
    { header: t('market.board.bestBefore'), value: (m) => m.best_before },
    { header: t('market.board.distance'), value: (m) => Math.round(m.distance_km) },
    { header: t('market.board.reasons'), value: reasonsText },
  ];
  const rows = matches.data?.items ?? [];

  return (
    <div className="list-page" data-testid="matching-board">
      <PageHeader
        title={t('market.board.title')}
        description={t('market.board.description')}
        extra={
          <ExportButton
            name={t('market.board.exportName')}
            columns={exportColumns}
            fetchPage={async () => ({ items: rows, total: rows.length, limit: rows.length, offset: 0 })}
            disabled={rows.length === 0}
          />
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          {demands.isError && <ErrorAlert error={demands.error} onRetry={() => void demands.refetch()} />}
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('market.board.demand')}</Typography.Text>
            <Select
              showSearch
              allowClear
              loading={demands.isPending}
              className="full-width"
              aria-label={t('market.board.demand')}
              placeholder={t('market.board.demandPlaceholder')}
              optionFilterProp="label"
              value={demand ? demand.id : undefined}
              onChange={(value?: string) => setParams(value ? { demand: value } : {}, { replace: true })}
              options={(demands.data ?? []).map((d) => ({ value: d.id, label: demandLabel(d) }))}
              data-testid="board-demand"
            />
          </Flex>
        </Card>
        <Card size="small" className="list-card">
          {!demand ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.board.pick')} />
          ) : matches.isError ? (
            <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
          ) : matches.isPending ? (
            <Skeleton active />
          ) : (
            <Table<Match>
              size="small"
              columns={columns}
              dataSource={rows}
              rowKey={(m) => m.lot_id}
              pagination={false}
              scroll={{ x: 1050 }}
              locale={{ emptyText: t('market.offers.empty') }}
              data-testid="board-matches"
            />
          )}
        </Card>
      </Flex>
      {demand && (
        <ProposeDealModal
          demand={demand}
          match={proposing}
          onClose={() => setProposing(null)}
          onProposed={() => {
            void message.success(t('market.board.proposed'));
            void queryClient.invalidateQueries({ queryKey: marketKey });
          }}
        />
      )}
    </div>
  );
}
