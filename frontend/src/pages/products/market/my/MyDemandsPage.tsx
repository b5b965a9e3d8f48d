import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Demand } from '@/api/models';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatMoney } from '@/lib/format';
import { fetchMyBuyer, fetchMyDemands, marketKey, myDemandsKey } from '../api';
import { DealsCard } from '../DealsCard';
import { DemandStatusTag } from '../StatusTags';
import { BuyerRegistration } from './BuyerRegistration';

/** What a demand wants: its product, or any product of its category. */
export function useDemandSubject() {
  const { t } = useTranslation('products');
  return (demand: Demand) => demand.product_name ?? (demand.category ? t(`category.${demand.category}`) : '');
}

function DemandItem({ demand }: { demand: Demand }) {
  const { t, i18n } = useTranslation('products');
  const subject = useDemandSubject();
  return (
    <List.Item className="my-application market-item">
      <Link to={`/products/my/demands/${demand.id}`} className="my-application-link" data-testid="my-demand">
        <Flex justify="space-between" align="center" gap={8}>
          <Flex vertical gap={4} className="my-application-text">
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{subject(demand)}</Typography.Text>
              <DemandStatusTag status={demand.status} />
            </Flex>
            <Typography.Text>
              {t('market.myDemands.remaining', {
                remaining: formatMoney(demand.remaining_kg),
                total: formatMoney(demand.quantity_kg),
              })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('market.myDemands.ceiling', { price: demand.ceiling_price_per_kg })} ·{' '}
              {countyName(demand.county_code, i18n.language, demand.county_name)}
            </Typography.Text>
            <Typography.Text type="secondary" className="small-text">
              {t('market.myDemands.window', { from: demand.wanted_from, until: demand.wanted_until })}
            </Typography.Text>
          </Flex>
          <span className="continue-chip">
            {t('market.myDemands.offers')} <RightOutlined />
          </span>
        </Flex>
      </Link>
    </List.Item>
  );
}

/** 我的需求: a buyer's demands on a phone, each leading to its ranked offers, and the deals to accept. */
export function MyDemandsPage() {
  const { t } = useTranslation('products');
  const navigate = useNavigate();
  const buyer = useQuery({ queryKey: [...marketKey, 'my', 'buyer'], queryFn: ({ signal }) => fetchMyBuyer(signal) });
  const demands = useQuery({ queryKey: myDemandsKey, queryFn: ({ signal }) => fetchMyDemands(signal) });

  return (
    <div className="phone-page" data-testid="my-demands">
      <PageHeader title={t('market.myDemands.title')} description={t('market.myDemands.description')} />
      <Flex vertical gap={16}>
        {buyer.isError && <ErrorAlert error={buyer.error} onRetry={() => void buyer.refetch()} />}
        {buyer.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
        {buyer.isSuccess && !buyer.data && <BuyerRegistration />}
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          disabled={!buyer.data}
          onClick={() => void navigate('/products/my/demands/new')}
          data-testid="publish-demand"
        >
          {t('market.myDemands.publish')}
        </Button>
        <DealsCard side="buyer" />
        <Card size="small" title={t('market.myDemands.list')} className="detail-card">
          {demands.isError && <ErrorAlert error={demands.error} onRetry={() => void demands.refetch()} />}
          {demands.isPending ? (
            <Skeleton active />
          ) : demands.data && demands.data.items.length > 0 ? (
            <List
              dataSource={demands.data.items}
              rowKey={(demand) => demand.id}
              renderItem={(demand) => <DemandItem demand={demand} />}
            />
          ) : (
            !demands.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.myDemands.empty')} />
          )}
        </Card>
      </Flex>
    </div>
  );
}
