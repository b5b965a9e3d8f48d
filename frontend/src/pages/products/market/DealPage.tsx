import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Flex, Grid, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DealDetail, Role } from '@/api/models';
import { ApiError } from '@/api/problem';
import { canOpen } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatDateTime, formatMoney } from '@/lib/format';
import { BackLink } from '@/pages/loans/BackLink';
import { TWO_COLUMNS } from '@/pages/loans/descriptions';
import { TransitionTimeline } from '../TransitionTimeline';
import { dealKey, fetchDeal } from './api';
import { DealActions } from './DealActions';
import { dealButtons, isDestructive, waitingForOtherSide } from './dealActions';
import { DealStatusTag } from './StatusTags';
import { kilogramsToJin, pricePerJin } from './units';

/** Where the deal page leads back to: the staff's list of deals, or the trader's own page on the phone. */
function backTo(role: Role): { to: string; key: 'deals' | 'myLots' | 'myDemands' } {
  if (canOpen(role, 'deals')) return { to: '/products/market/deals', key: 'deals' };
  if (role === 'buyer') return { to: '/products/my/demands', key: 'myDemands' };
  return { to: '/products/my/lots', key: 'myLots' };
}

function DealInfo({ deal }: { deal: DealDetail }) {
  const { t, i18n } = useTranslation('products');
  const accepted = (at: string | null) => (at ? formatDateTime(at) : t('deal.notAccepted'));
  const jin = (kg: string) => formatMoney(kilogramsToJin(kg).toFixed(2));
  return (
    <Card title={t('deal.info')} className="detail-card" data-testid="deal-info">
      <Descriptions
        size="small"
        column={TWO_COLUMNS}
        items={[
          { key: 'product', label: t('deal.fields.product'), children: deal.product_name },
          {
            key: 'county',
            label: t('deal.fields.county'),
            children: countyName(deal.county_code, i18n.language, deal.county_name),
          },
          { key: 'seller', label: t('deal.fields.seller'), children: deal.seller_name },
          { key: 'buyer', label: t('deal.fields.buyer'), children: deal.buyer_name },
          {
            key: 'quantity',
            label: t('deal.fields.quantity'),
            children: t('deal.kgAndJin', { kg: formatMoney(deal.quantity_kg), jin: jin(deal.quantity_kg) }),
          },
          {
            key: 'price',
            label: t('deal.fields.price'),
            children: `${t('market.perKg', { price: deal.price_per_kg })}（${t('market.perJin', { price: pricePerJin(deal.price_per_kg) })}）`,
          },
          {
            key: 'delivered',
            label: t('deal.fields.delivered'),
            children: deal.delivered_kg
              ? t('market.kg', { kg: formatMoney(deal.delivered_kg) })
              : t('deal.notDelivered'),
          },
          {
            key: 'amount',
            label: t('deal.fields.amount'),
            children: (
              <Flex vertical>
                <Typography.Text strong data-testid="deal-amount">
                  {t('deal.yuan', { amount: formatMoney(deal.amount) })}
                </Typography.Text>
                <Typography.Text type="secondary" className="small-text">
                  {deal.delivered_kg ? t('deal.amountByDelivered') : t('deal.amountByQuantity')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'sellerAccepted',
            label: t('deal.fields.sellerAccepted'),
            children: accepted(deal.seller_accepted_at),
          },
          { key: 'buyerAccepted', label: t('deal.fields.buyerAccepted'), children: accepted(deal.buyer_accepted_at) },
          { key: 'created', label: t('deal.fields.createdAt'), children: formatDateTime(deal.created_at) },
          { key: 'updated', label: t('deal.fields.updatedAt'), children: formatDateTime(deal.updated_at) },
        ]}
      />
    </Card>
  );
}

/** One deal, for staff and for the seller and buyer on it (on a phone too): what was agreed, every step it
 * took and who took it, and the steps the caller may take now. */
export function DealPage() {
  const { t } = useTranslation('products');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const phone = !Grid.useBreakpoint().lg;
  const query = useQuery({ queryKey: dealKey(id), queryFn: ({ signal }) => fetchDeal(id, signal) });
  const { to, key } = backTo(me.role);
  const back = <BackLink to={to} label={t(`deal.back.${key}`)} />;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('deal.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const deal = query.data;
  const waiting = waitingForOtherSide(deal, me.role);

  // What to do next comes first on a phone; beside the timeline on a wide screen.
  const actions = (
    <Card title={t('deal.actions.title')} className="detail-card" data-testid="deal-next">
      <Flex vertical gap={12}>
        {waiting && <Alert type="info" showIcon message={t('deal.actions.waiting')} />}
        {dealButtons(deal.allowed_actions).length > 0 ? (
          <DealActions deal={deal} block={phone} />
        ) : (
          !waiting && <Typography.Text type="secondary">{t('deal.actions.none')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );

  return (
    <div className="detail-page" data-testid="deal-page">
      {back}
      <PageHeader
        title={deal.product_name}
        description={t('deal.parties', { seller: deal.seller_name, buyer: deal.buyer_name })}
      />
      <Flex gap={8} align="center" wrap className="detail-status">
        <DealStatusTag status={deal.status} />
        <Typography.Text type="secondary">
          {t('market.deals.line', { kg: formatMoney(deal.quantity_kg), price: deal.price_per_kg })}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            {phone && actions}
            <DealInfo deal={deal} />
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            {!phone && actions}
            <TransitionTimeline
              title={t('deal.timeline.title')}
              empty={t('deal.timeline.empty')}
              transitions={deal.transitions}
              actionLabel={(step) => t(`deal.step.${step.action}`)}
              statusTag={(status) => <DealStatusTag status={status} />}
              destructive={isDestructive}
              testId="deal-timeline"
            />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
