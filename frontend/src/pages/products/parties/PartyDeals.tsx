import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime, formatMoney } from '@/lib/format';
import { fetchPartyDeals, marketKey } from '../market/api';
import { DealStatusTag } from '../market/StatusTags';

type Party = { seller_id: string } | { buyer_id: string };

/** 交易记录: a seller's or a buyer's latest deals (those the caller may see), each opening the deal. */
export function PartyDeals({ party }: { party: Party }) {
  const { t } = useTranslation('products');
  const seller = 'seller_id' in party;
  const deals = useQuery({
    queryKey: [...marketKey, 'deals', party],
    queryFn: ({ signal }) => fetchPartyDeals(party, signal),
  });
  const total = deals.data?.total ?? 0;
  return (
    <Card
      title={t('parties.deals.title')}
      extra={total > 0 && <Typography.Text type="secondary">{t('parties.deals.total', { total })}</Typography.Text>}
      className="detail-card"
      data-testid="party-deals"
    >
      {deals.isError && <ErrorAlert error={deals.error} onRetry={() => void deals.refetch()} />}
      {deals.isPending ? (
        <Skeleton active />
      ) : deals.data && deals.data.items.length > 0 ? (
        <List
          dataSource={deals.data.items}
          rowKey={(deal) => deal.id}
          renderItem={(deal) => (
            <List.Item className="my-application market-item">
              <Link to={`/products/market/deals/${deal.id}`} className="my-application-link">
                <Flex justify="space-between" align="center" gap={8}>
                  <Flex vertical gap={2} className="my-application-text">
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>{deal.product_name}</Typography.Text>
                      <DealStatusTag status={deal.status} />
                    </Flex>
                    <Typography.Text type="secondary">
                      {seller
                        ? t('market.deals.buyer', { name: deal.buyer_name })
                        : t('market.deals.seller', { name: deal.seller_name })}
                    </Typography.Text>
                    <Typography.Text>
                      {t('market.deals.line', { kg: formatMoney(deal.quantity_kg), price: deal.price_per_kg })} ·{' '}
                      {t('market.deals.amount', { amount: formatMoney(deal.amount) })}
                    </Typography.Text>
                    <Typography.Text type="secondary" className="small-text">
                      {formatDateTime(deal.created_at)}
                    </Typography.Text>
                  </Flex>
                  <RightOutlined className="muted" />
                </Flex>
              </Link>
            </List.Item>
          )}
        />
      ) : (
        !deals.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parties.deals.empty')} />
      )}
    </Card>
  );
}
