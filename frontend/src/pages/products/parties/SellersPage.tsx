import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SellerRead } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { fetchSellers, SELLER_KINDS, SELLER_STATUSES, sellersKey } from './api';
import { SellerStatusTag } from './SellerStatusTag';

/** 卖家准入: every seller staff may see (city: all; county: their county's), with filters and the export.
 * Contact numbers come masked unless the caller is city staff, and are shown as sent. */
export function SellersPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const county = (s: SellerRead) => countyName(s.county_code, i18n.language, s.county_name);
  const account = (s: SellerRead) => (s.user_id ? t('common:list.yes') : t('common:list.no'));
  const columns: TableColumnsType<SellerRead> = [
    {
      title: t('parties.sellers.name'),
      dataIndex: 'name',
      width: 240,
      fixed: 'left',
      render: (_, s) => (
        <Link to={`/products/sellers/${s.id}`} data-testid="seller-link">
          {s.name}
        </Link>
      ),
    },
    {
      title: t('parties.sellers.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (_, s) => t(`parties.sellerKind.${s.kind}`),
    },
    { title: t('parties.sellers.county'), dataIndex: 'county_code', width: 120, render: (_, s) => county(s) },
    { title: t('parties.sellers.town'), dataIndex: 'town', width: 110 },
    {
      title: t('parties.sellers.contact'),
      dataIndex: 'contact',
      width: 130,
      render: (_, s) => <span className="mono">{s.contact}</span>,
    },
    {
      title: t('parties.sellers.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, s) => <SellerStatusTag status={s.status} />,
    },
    {
      title: t('parties.sellers.createdAt'),
      dataIndex: 'created_at',
      width: 150,
      render: (_, s) => formatDateTime(s.created_at),
    },
  ];
  const exportColumns: ExportColumn<SellerRead>[] = [
    { header: t('parties.sellers.name'), value: (s) => s.name },
    { header: t('parties.sellers.kind'), value: (s) => t(`parties.sellerKind.${s.kind}`) },
    { header: t('parties.sellers.county'), value: county },
    { header: t('parties.sellers.town'), value: (s) => s.town },
    { header: t('parties.sellers.contact'), value: (s) => s.contact },
    { header: t('parties.sellers.status'), value: (s) => t(`parties.sellerStatus.${s.status}`) },
    { header: t('parties.sellers.account'), value: account },
    { header: t('parties.sellers.createdAt'), value: (s) => formatDateTime(s.created_at) },
  ];
  return (
    <ListPage<SellerRead>
      title={t('parties.sellers.title')}
      description={t('parties.sellers.description')}
      queryKey={sellersKey}
      fetchPage={fetchSellers}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('parties.sellers.search') },
        countyFilter(),
        {
          kind: 'select',
          name: 'status',
          placeholder: t('parties.sellers.status'),
          options: SELLER_STATUSES.map((s) => ({ value: s, label: t(`parties.sellerStatus.${s}`) })),
        },
        {
          kind: 'select',
          name: 'kind',
          placeholder: t('parties.sellers.kind'),
          options: SELLER_KINDS.map((k) => ({ value: k, label: t(`parties.sellerKind.${k}`) })),
        },
      ]}
      columns={columns}
      rowKey={(s) => s.id}
      exportColumns={exportColumns}
      exportName={t('parties.sellers.exportName')}
      scrollX={980}
    />
  );
}
