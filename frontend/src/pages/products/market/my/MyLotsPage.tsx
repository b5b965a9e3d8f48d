import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Lot } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatMoney } from '@/lib/format';
import { fetchMyLots, fetchMySeller, marketKey, myLotsKey } from '../api';
import { DealsCard } from '../DealsCard';
import { EditLotModal } from '../EditLotModal';
import { LotStatusTag } from '../StatusTags';
import { SellerNotice } from './SellerNotice';

function LotItem({ lot, onEdit }: { lot: Lot; onEdit: () => void }) {
  const { t, i18n } = useTranslation('products');
  return (
    <List.Item className="market-item" data-testid="my-lot">
      <Flex vertical gap={4} className="full-width">
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong ellipsis>
            {lot.product_name}
          </Typography.Text>
          <Flex gap={4}>
            {lot.unsold && <Tag color="volcano">{t('market.unsold')}</Tag>}
            <LotStatusTag status={lot.status} />
          </Flex>
        </Flex>
        <Typography.Text data-testid="lot-remaining">
          {t('market.myLots.remaining', {
            remaining: formatMoney(lot.remaining_kg),
            total: formatMoney(lot.quantity_kg),
          })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('market.myLots.floor', { price: lot.floor_price_per_kg })} ·{' '}
          {countyName(lot.county_code, i18n.language, lot.county_name)}
        </Typography.Text>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" className="small-text">
            {t('market.myLots.bestBefore', { date: lot.best_before })}
          </Typography.Text>
          {lot.allowed_actions.includes('edit') && (
            <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="edit-lot">
              {t('market.edit.action')}
            </Button>
          )}
        </Flex>
      </Flex>
    </List.Item>
  );
}

/** 我的货源: an admitted seller's lots on a phone, the button to list more, and the deals to accept. */
export function MyLotsPage() {
  const { t } = useTranslation('products');
  const navigate = useNavigate();
  const seller = useQuery({ queryKey: [...marketKey, 'my', 'seller'], queryFn: ({ signal }) => fetchMySeller(signal) });
  const lots = useQuery({ queryKey: myLotsKey, queryFn: ({ signal }) => fetchMyLots(signal) });
  const admitted = seller.data?.status === 'admitted';
  const [editing, setEditing] = useState<Lot | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  // The lot as the list has it now: when more has sold meanwhile, the refusal (409) reloads the list, and the
  // form's count of what has sold follows.
  const edited = (editing && lots.data?.items.find((lot) => lot.id === editing.id)) ?? editing;

  return (
    <div className="phone-page" data-testid="my-lots">
      <PageHeader title={t('market.myLots.title')} description={t('market.myLots.description')} />
      <Flex vertical gap={16}>
        {seller.isError && <ErrorAlert error={seller.error} onRetry={() => void seller.refetch()} />}
        {seller.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
        {seller.isSuccess && <SellerNotice seller={seller.data} />}
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          disabled={!admitted}
          onClick={() => void navigate('/products/my/lots/new')}
          data-testid="publish-lot"
        >
          {t('market.myLots.publish')}
        </Button>
        <DealsCard side="seller" />
        <Card size="small" title={t('market.myLots.list')} className="detail-card">
          {lots.isError && <ErrorAlert error={lots.error} onRetry={() => void lots.refetch()} />}
          {lots.isPending ? (
            <Skeleton active />
          ) : lots.data && lots.data.items.length > 0 ? (
            <List
              dataSource={lots.data.items}
              rowKey={(lot) => lot.id}
              renderItem={(lot) => (
                <LotItem
                  lot={lot}
                  onEdit={() => {
                    setEditing(lot);
                    setEditOpen(true);
                  }}
                />
              )}
            />
          ) : (
            !lots.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.myLots.empty')} />
          )}
        </Card>
      </Flex>
      <EditLotModal lot={edited} open={editOpen} onClose={() => setEditOpen(false)} />
    </div>
  );
}
