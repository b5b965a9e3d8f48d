import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Flex, Progress, Result, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Buyer } from '@/api/models';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatDateTime, formatMoney } from '@/lib/format';
import { BackLink } from '@/pages/loans/BackLink';
import { TWO_COLUMNS, WHOLE_ROW } from '@/pages/loans/descriptions';
import { buyerKey, fetchBuyer } from './api';
import { PartyDeals } from './PartyDeals';
import { pledgeBar, pledgeShortfall } from './pledge';

/** 年度采购承诺: what the buyer pledged for the year, what settled deals have bought so far, and what is left. */
function PledgeCard({ buyer }: { buyer: Buyer }) {
  const { t } = useTranslation('products');
  const bar = pledgeBar(buyer.pledge_progress);
  const shortfall = pledgeShortfall(buyer.yearly_pledge, buyer.pledge_purchased);
  return (
    <Card
      title={
        buyer.pledge_year
          ? t('parties.buyer.pledgeTitleYear', { year: buyer.pledge_year })
          : t('parties.buyer.pledgeTitle')
      }
      className="detail-card"
      data-testid="buyer-pledge"
    >
      {!bar || !buyer.yearly_pledge ? (
        <Typography.Text type="secondary">{t('parties.buyer.noPledge')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          <Progress
            percent={bar.percent}
            status={bar.met ? 'success' : 'normal'}
            format={() => `${buyer.pledge_progress}%`}
            aria-label={t('parties.buyers.progress')}
            data-testid="pledge-progress"
          />
          <Row gutter={[16, 12]}>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('parties.buyer.pledged')}
                value={formatMoney(buyer.yearly_pledge)}
                suffix={t('parties.buyer.yuan')}
              />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('parties.buyer.purchased')}
                value={formatMoney(buyer.pledge_purchased)}
                suffix={t('parties.buyer.yuan')}
              />
            </Col>
            <Col xs={24} sm={8}>
              {shortfall ? (
                <Statistic
                  title={t('parties.buyer.shortfall')}
                  value={formatMoney(shortfall)}
                  suffix={t('parties.buyer.yuan')}
                />
              ) : (
                <Statistic title={t('parties.buyer.shortfall')} value={t('parties.buyer.met')} />
              )}
            </Col>
          </Row>
          <Typography.Text type="secondary" className="small-text">
            {t('parties.buyer.pledgeNote')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

/** One buyer for staff: who they are, where they take delivery, their pledge's progress and their deals. */
export function BuyerPage() {
  const { t, i18n } = useTranslation('products');
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: buyerKey(id), queryFn: ({ signal }) => fetchBuyer(id, signal) });
  const back = <BackLink to="/products/buyers" label={t('parties.buyer.back')} />;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('parties.buyer.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const buyer = query.data;
  const county = countyName(buyer.county_code, i18n.language, buyer.county_name);

  return (
    <div className="detail-page" data-testid="buyer-page">
      {back}
      <PageHeader title={buyer.name} />
      <Flex gap={8} align="center" wrap className="detail-status">
        <Typography.Text type="secondary">
          {t(`parties.buyerKind.${buyer.kind}`)} · {county}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <PledgeCard buyer={buyer} />
            <Card title={t('parties.buyer.info')} className="detail-card" data-testid="buyer-info">
              <Descriptions
                size="small"
                column={TWO_COLUMNS}
                items={[
                  { key: 'name', label: t('parties.buyers.name'), children: buyer.name },
                  { key: 'kind', label: t('parties.buyers.kind'), children: t(`parties.buyerKind.${buyer.kind}`) },
                  { key: 'county', label: t('parties.buyers.county'), children: county },
                  {
                    key: 'account',
                    label: t('parties.buyers.account'),
                    children: buyer.user_id ? t('parties.buyer.ownAccount') : t('parties.buyer.noAccount'),
                  },
                  {
                    key: 'address',
                    label: t('parties.buyers.address'),
                    children: buyer.delivery_address,
                    span: WHOLE_ROW,
                  },
                  { key: 'created', label: t('parties.buyers.createdAt'), children: formatDateTime(buyer.created_at) },
                ]}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <PartyDeals party={{ buyer_id: buyer.id }} />
        </Col>
      </Row>
    </div>
  );
}
