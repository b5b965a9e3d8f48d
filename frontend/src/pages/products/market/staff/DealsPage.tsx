import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deal } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { DEAL_STATUSES, fetchDeals } from '../api';
import { DealStatusTag } from '../StatusTags';

/** 交易: every deal staff may see, by status and county, with the export. */
export function DealsPage() {
  const { t, i18n } = useTranslation('products');
  const county = (d: Deal) => countyName(d.county_code, i18n.language, d.county_name);
  const columns: TableColumnsType<Deal> = [
    {
      title: t('market.board.product'),
      dataIndex: 'product_name',
      width: 130,
      fixed: 'left',
      render: (_, d) => (
        <Link to={`/products/market/deals/${d.id}`} data-testid="deal-link">
          {d.product_name}
        </Link>
      ),
    },
    { title: t('market.board.seller'), dataIndex: 'seller_name', width: 190 },
    { title: t('market.clearing.buyer'), dataIndex: 'buyer_name', width: 190 },
    { title: t('market.board.county'), dataIndex: 'county_code', width: 110, render: (_, d) => county(d) },
    {
      title: t('market.clearing.quantity'),
      dataIndex: 'quantity_kg',
      width: 120,
      align: 'right',
      render: (_, d) => formatMoney(d.quantity_kg),
    },
    { title: t('market.lists.price'), dataIndex: 'price_per_kg', width: 110, align: 'right' },
    {
      title: t('market.lists.amount'),
      dataIndex: 'amount',
      width: 130,
      align: 'right',
      render: (_, d) => formatMoney(d.amount),
    },
    {
      title: t('market.lists.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, d) => <DealStatusTag status={d.status} />,
    },
    {
      title: t('market.lists.createdAt'),
      dataIndex: 'created_at',
      width: 150,
      render: (_, d) => formatDateTime(d.created_at),
    },
  ];
  const exportColumns: ExportColumn<Deal>[] = [
    { header: t('market.board.product'), value: (d) => d.product_name },
    { header: t('market.board.seller'), value: (d) => d.seller_name },
    { header: t('market.clearing.buyer'), value: (d) => d.buyer_name },
    { header: t('market.board.county'), value: county },
    { header: t('market.clearing.quantity'), value: (d) => decimal(d.quantity_kg) },
    { header: t('market.lists.price'), value: (d) => decimal(d.price_per_kg) },
    { header: t('market.lists.amount'), value: (d) => decimal(d.amount) },
    { header: t('market.lists.delivered'), value: (d) => decimal(d.delivered_kg) },
    { header: t('market.lists.status'), value: (d) => t(`market.dealStatus.${d.status}`) },
    { header: t('market.lists.sellerAccepted'), value: (d) => formatDateTime(d.seller_accepted_at) },
    { header: t('market.lists.buyerAccepted'), value: (d) => formatDateTime(d.buyer_accepted_at) },
    { header: t('market.lists.createdAt'), value: (d) => formatDateTime(d.created_at) },
  ];
  return (
    <ListPage<Deal>
      title={t('market.lists.dealsTitle')}
      description={t('market.lists.dealsDescription')}
      queryKey={['products', 'market', 'deals']}
      fetchPage={fetchDeals}
      filters={[
        countyFilter(),
        {
          kind: 'select',
          name: 'status',
          placeholder: t('market.lists.status'),
          options: DEAL_STATUSES.map((s) => ({ value: s, label: t(`market.dealStatus.${s}`) })),
        },
      ]}
      columns={columns}
      rowKey={(d) => d.id}
      exportColumns={exportColumns}
      exportName={t('market.lists.dealsTitle')}
      scrollX={1230}
    />
  );
}
