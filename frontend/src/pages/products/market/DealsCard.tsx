import { RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deal } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatMoney } from '@/lib/format';
import { acceptDeal, fetchMyDeals, marketKey, myDealsKey } from './api';
import { DealStatusTag } from './StatusTags';

type Side = 'seller' | 'buyer';

function DealItem({ deal, side }: { deal: Deal; side: Side }) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptDeal(deal.id),
    onSuccess: async () => {
      void message.success(t('market.deals.accepted'));
      await queryClient.invalidateQueries({ queryKey: marketKey });
    },
  });
  const mine = side === 'seller' ? deal.seller_accepted_at : deal.buyer_accepted_at;
  const waitingForMe = deal.status === 'proposed' && !mine;
  return (
    <List.Item className="market-item" data-testid="my-deal">
      <Flex vertical gap={4} className="full-width">
        {/* The deal's page: its timeline, and the steps after acceptance (ship, receive, dispute). */}
        <Link to={`/products/market/deals/${deal.id}`} className="deal-link" data-testid="open-deal">
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {deal.product_name}
              </Typography.Text>
              <Flex gap={4} align="center" flex="none">
                <DealStatusTag status={deal.status} />
                <RightOutlined className="muted" />
              </Flex>
            </Flex>
            <Typography.Text type="secondary">
              {side === 'seller'
                ? t('market.deals.buyer', { name: deal.buyer_name })
                : t('market.deals.seller', { name: deal.seller_name })}
            </Typography.Text>
            <Typography.Text>
              {t('market.deals.line', { kg: formatMoney(deal.quantity_kg), price: deal.price_per_kg })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('market.deals.amount', { amount: formatMoney(deal.amount) })}
            </Typography.Text>
          </Flex>
        </Link>
        {accept.isError && <ErrorAlert error={accept.error} />}
        {waitingForMe && (
          <Button
            type="primary"
            block
            loading={accept.isPending}
            onClick={() => accept.mutate()}
            data-testid="accept-deal"
          >
            {t('market.deals.accept')}
          </Button>
        )}
        {deal.status === 'proposed' && mine && (
          <Typography.Text type="secondary" className="small-text">
            {t('market.deals.youAccepted')}
          </Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
}

/** 我的交易: the deals on my lots (a seller) or demands (a buyer), those waiting for me first. */
export function DealsCard({ side }: { side: Side }) {
  const { t } = useTranslation('products');
  const deals = useQuery({ queryKey: myDealsKey, queryFn: ({ signal }) => fetchMyDeals(signal) });
  const waiting = (deal: Deal) =>
    deal.status === 'proposed' && !(side === 'seller' ? deal.seller_accepted_at : deal.buyer_accepted_at);
  const items = [...(deals.data?.items ?? [])].sort((a, b) => Number(waiting(b)) - Number(waiting(a)));
  return (
    <Card size="small" title={t('market.deals.title')} className="detail-card" data-testid="my-deals">
      {deals.isError && <ErrorAlert error={deals.error} onRetry={() => void deals.refetch()} />}
      {deals.isPending ? (
        <Skeleton active />
      ) : items.length > 0 ? (
        <List
          dataSource={items}
          rowKey={(deal) => deal.id}
          renderItem={(deal) => <DealItem deal={deal} side={side} />}
        />
      ) : (
        !deals.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.deals.empty')} />
      )}
    </Card>
  );
}
