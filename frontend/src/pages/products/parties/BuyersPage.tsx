import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Buyer } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { BUYER_KINDS, buyersKey, fetchBuyers } from './api';
import { PledgeProgress } from './PledgeProgress';

/** 采购方: the buyers staff may see (city: all; county: their county's) and how far each has come with its
 * yearly purchase pledge, with filters and the export. */
export function BuyersPage() {
  const { t, i18n } = useTranslation('products');
  const county = (b: Buyer) => countyName(b.county_code, i18n.language, b.county_name);
  const columns: TableColumnsType<Buyer> = [
    {
      title: t('parties.buyers.name'),
      dataIndex: 'name',
      width: 220,
      fixed: 'left',
      render: (_, b) => (
        <Link to={`/products/buyers/${b.id}`} data-testid="buyer-link">
          {b.name}
        </Link>
      ),
    },
    {
      title: t('parties.buyers.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (_, b) => t(`parties.buyerKind.${b.kind}`),
    },
    { title: t('parties.buyers.county'), dataIndex: 'county_code', width: 110, render: (_, b) => county(b) },
    { title: t('parties.buyers.address'), dataIndex: 'delivery_address', width: 240, ellipsis: true },
    {
      title: t('parties.buyers.pledge'),
      dataIndex: 'yearly_pledge',
      width: 150,
      align: 'right',
      render: (_, b) => (b.yearly_pledge ? formatMoney(b.yearly_pledge) : '—'),
    },
    {
      title: t('parties.buyers.progress'),
      dataIndex: 'pledge_progress',
      width: 170,
      render: (_, b) => <PledgeProgress buyer={b} />,
    },
  ];
  const exportColumns: ExportColumn<Buyer>[] = [
    { header: t('parties.buyers.name'), value: (b) => b.name },
    { header: t('parties.buyers.kind'), value: (b) => t(`parties.buyerKind.${b.kind}`) },
    { header: t('parties.buyers.county'), value: county },
    { header: t('parties.buyers.address'), value: (b) => b.delivery_address },
    { header: t('parties.buyers.pledgeYear'), value: (b) => b.pledge_year },
    { header: t('parties.buyers.pledge'), value: (b) => decimal(b.yearly_pledge), format: '#,##0.00' },
    { header: t('parties.buyers.purchased'), value: (b) => decimal(b.pledge_purchased), format: '#,##0.00' },
    { header: t('parties.buyers.progressPercent'), value: (b) => decimal(b.pledge_progress) },
    { header: t('parties.buyers.createdAt'), value: (b) => formatDateTime(b.created_at) },
  ];
  return (
    <ListPage<Buyer>
      title={t('parties.buyers.title')}
      description={t('parties.buyers.description')}
      queryKey={buyersKey}
      fetchPage={fetchBuyers}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('parties.buyers.search') },
        countyFilter(),
        {
          kind: 'select',
          name: 'kind',
          placeholder: t('parties.buyers.kind'),
          options: BUYER_KINDS.map((k) => ({ value: k, label: t(`parties.buyerKind.${k}`) })),
        },
      ]}
      columns={columns}
      rowKey={(b) => b.id}
      exportColumns={exportColumns}
      exportName={t('parties.buyers.exportName')}
      scrollX={1020}
    />
  );
}
