import { Button, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Demand } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { PRODUCT_CATEGORIES } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { DEMAND_STATUSES, fetchDemands } from '../api';
import { EditDemandModal } from '../EditDemandModal';
import { DemandStatusTag } from '../StatusTags';

/** 需求: every demand staff may see, with filters, the export and a way to its matches on the board. */
export function DemandsPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const county = (d: Demand) => countyName(d.county_code, i18n.language, d.county_name);
  const subject = (d: Demand) => d.product_name ?? (d.category ? t(`category.${d.category}`) : '');
  const open = (d: Demand) => d.status === 'open' || d.status === 'partly_filled';
  const [editing, setEditing] = useState<Demand | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const columns: TableColumnsType<Demand> = [
    { title: t('market.lists.wants'), key: 'subject', width: 140, fixed: 'left', render: (_, d) => subject(d) },
    { title: t('market.clearing.buyer'), dataIndex: 'buyer_name', width: 170 },
    { title: t('market.newDemand.county'), dataIndex: 'county_code', width: 100, render: (_, d) => county(d) },
    {
      title: t('market.lists.stillWanted'),
      dataIndex: 'remaining_kg',
      width: 160,
      align: 'right',
      render: (_, d) => `${formatMoney(d.remaining_kg)} / ${formatMoney(d.quantity_kg)}`,
    },
    { title: t('market.newDemand.ceiling'), dataIndex: 'ceiling_price_per_kg', width: 110, align: 'right' },
    {
      title: t('market.newDemand.window'),
      key: 'window',
      width: 200,
      render: (_, d) => t('market.myDemands.window', { from: d.wanted_from, until: d.wanted_until }),
    },
    {
      title: t('market.lists.status'),
      dataIndex: 'status',
      width: 110,
      render: (_, d) => <DemandStatusTag status={d.status} />,
    },
    {
      title: t('market.board.action'),
      key: 'action',
      width: 110,
      fixed: 'right',
      render: (_, d) => (
        <Space size={4}>
          {open(d) && <Link to={`/products/market/matching?demand=${d.id}`}>{t('market.lists.match')}</Link>}
          {d.allowed_actions.includes('edit') && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setEditing(d);
                setEditOpen(true);
              }}
              data-testid="edit-demand"
            >
              {t('market.edit.action')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const exportColumns: ExportColumn<Demand>[] = [
    { header: t('market.lists.wants'), value: subject },
    { header: t('market.clearing.buyer'), value: (d) => d.buyer_name },
    { header: t('market.newDemand.county'), value: county },
    { header: t('market.lists.quantity'), value: (d) => decimal(d.quantity_kg) },
    { header: t('market.lists.stillWantedKg'), value: (d) => decimal(d.remaining_kg) },
    { header: t('market.newDemand.ceiling'), value: (d) => decimal(d.ceiling_price_per_kg) },
    { header: t('market.lists.from'), value: (d) => d.wanted_from },
    { header: t('market.lists.until'), value: (d) => d.wanted_until },
    { header: t('market.newDemand.maxDistance'), value: (d) => d.max_distance_km },
    { header: t('market.lists.status'), value: (d) => t(`market.demandStatus.${d.status}`) },
    { header: t('market.lists.createdAt'), value: (d) => formatDateTime(d.created_at) },
  ];
  return (
    <ListPage<Demand>
      title={t('market.lists.demandsTitle')}
      description={t('market.lists.demandsDescription')}
      queryKey={['products', 'market', 'demands']}
      fetchPage={fetchDemands}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('market.lists.search') },
        countyFilter(),
        {
          kind: 'select',
          name: 'status',
          placeholder: t('market.lists.status'),
          options: DEMAND_STATUSES.map((s) => ({ value: s, label: t(`market.demandStatus.${s}`) })),
        },
        {
          kind: 'select',
          name: 'category',
          placeholder: t('catalogue.filters.category'),
          options: PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
        },
      ]}
      columns={columns}
      rowKey={(d) => d.id}
      exportColumns={exportColumns}
      exportName={t('market.lists.demandsTitle')}
      scrollX={1110}
    >
      <EditDemandModal demand={editing} open={editOpen} onClose={() => setEditOpen(false)} />
    </ListPage>
  );
}
