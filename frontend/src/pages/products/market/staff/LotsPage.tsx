import { Button, Flex, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lot } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { PRODUCT_CATEGORIES } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatDateTime, formatMoney } from '@/lib/format';
import { fetchLots, LOT_STATUSES } from '../api';
import { EditLotModal } from '../EditLotModal';
import { LotStatusTag } from '../StatusTags';

/** 货源: every lot staff may see (city: all; county: their county's), with filters and the export. */
export function LotsPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const county = (lot: Lot) => countyName(lot.county_code, i18n.language, lot.county_name);
  const [editing, setEditing] = useState<Lot | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const columns: TableColumnsType<Lot> = [
    {
      title: t('market.board.product'),
      dataIndex: 'product_name',
      width: 150,
      fixed: 'left',
      render: (_, lot) => (
        <Flex gap={4} align="center" wrap>
          {lot.product_name}
          {lot.unsold && <Tag color="volcano">{t('market.unsold')}</Tag>}
        </Flex>
      ),
    },
    { title: t('market.board.seller'), dataIndex: 'seller_name', width: 170 },
    { title: t('market.board.county'), dataIndex: 'county_code', width: 110, render: (_, lot) => county(lot) },
    {
      title: t('market.lists.remaining'),
      dataIndex: 'remaining_kg',
      width: 160,
      align: 'right',
      render: (_, lot) => `${formatMoney(lot.remaining_kg)} / ${formatMoney(lot.quantity_kg)}`,
    },
    { title: t('market.board.floor'), dataIndex: 'floor_price_per_kg', width: 110, align: 'right' },
    { title: t('market.newLot.harvest'), dataIndex: 'harvest_date', width: 110 },
    { title: t('market.board.bestBefore'), dataIndex: 'best_before', width: 110 },
    {
      title: t('market.lists.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, lot) => <LotStatusTag status={lot.status} />,
    },
    {
      title: t('market.board.action'),
      key: 'action',
      width: 72,
      fixed: 'right',
      render: (_, lot) =>
        lot.allowed_actions.includes('edit') ? (
          <Button
            type="link"
            size="small"
            onClick={() => {
              setEditing(lot);
              setEditOpen(true);
            }}
            data-testid="edit-lot"
          >
            {t('market.edit.action')}
          </Button>
        ) : null,
    },
  ];
  const exportColumns: ExportColumn<Lot>[] = [
    { header: t('market.board.product'), value: (lot) => lot.product_name },
    { header: t('market.board.seller'), value: (lot) => lot.seller_name },
    { header: t('market.board.county'), value: county },
    { header: t('market.lists.quantity'), value: (lot) => decimal(lot.quantity_kg) },
    { header: t('market.lists.remainingKg'), value: (lot) => decimal(lot.remaining_kg) },
    { header: t('market.board.floor'), value: (lot) => decimal(lot.floor_price_per_kg) },
    { header: t('market.newLot.harvest'), value: (lot) => lot.harvest_date },
    { header: t('market.board.bestBefore'), value: (lot) => lot.best_before },
    { header: t('market.unsold'), value: (lot) => (lot.unsold ? t('common:list.yes') : t('common:list.no')) },
    { header: t('market.lists.status'), value: (lot) => t(`market.lotStatus.${lot.status}`) },
    { header: t('market.newLot.note'), value: (lot) => lot.note },
    { header: t('market.lists.createdAt'), value: (lot) => formatDateTime(lot.created_at) },
  ];
  return (
    <ListPage<Lot>
      title={t('market.lists.lotsTitle')}
      description={t('market.lists.lotsDescription')}
      queryKey={['products', 'market', 'lots']}
      fetchPage={fetchLots}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('market.lists.search') },
        countyFilter(),
        {
          kind: 'select',
          name: 'status',
          placeholder: t('market.lists.status'),
          options: LOT_STATUSES.map((s) => ({ value: s, label: t(`market.lotStatus.${s}`) })),
        },
        {
          kind: 'select',
          name: 'category',
          placeholder: t('catalogue.filters.category'),
          options: PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
        },
        {
          kind: 'select',
          name: 'unsold',
          placeholder: t('market.unsold'),
          options: [
            { value: 'yes', label: t('market.lists.unsoldOnly') },
            { value: 'no', label: t('market.lists.notUnsold') },
          ],
        },
      ]}
      columns={columns}
      rowKey={(lot) => lot.id}
      exportColumns={exportColumns}
      exportName={t('market.lists.lotsTitle')}
      scrollX={1100}
    >
      <EditLotModal lot={editing} open={editOpen} onClose={() => setEditOpen(false)} />
    </ListPage>
  );
}
