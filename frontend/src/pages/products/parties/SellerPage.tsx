import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Flex, Grid, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatDateTime } from '@/lib/format';
import { BackLink } from '@/pages/loans/BackLink';
import { TWO_COLUMNS } from '@/pages/loans/descriptions';
import { TransitionTimeline } from '../TransitionTimeline';
import { isDestructive, sellerActionName } from './admission';
import { fetchSeller, sellerKey } from './api';
import { PartyDeals } from './PartyDeals';
import { SellerActions } from './SellerActions';
import { SellerStatusTag } from './SellerStatusTag';

/** One seller for staff: who they are, their admission history, and the admission steps the caller may take. */
export function SellerPage() {
  const { t, i18n } = useTranslation(['products', 'common']);
  const { id = '' } = useParams();
  const phone = !Grid.useBreakpoint().lg;
  const query = useQuery({ queryKey: sellerKey(id), queryFn: ({ signal }) => fetchSeller(id, signal) });
  const back = <BackLink to="/products/sellers" label={t('parties.seller.back')} />;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('parties.seller.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const seller = query.data;
  const county = countyName(seller.county_code, i18n.language, seller.county_name);

  // What to do next comes first on a phone; beside the history on a wide screen.
  const actions = (
    <Card title={t('parties.seller.actions.title')} className="detail-card">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(`parties.seller.hint.${seller.status}`)}</Typography.Text>
        <SellerActions seller={seller} />
      </Flex>
    </Card>
  );

  return (
    <div className="detail-page" data-testid="seller-page">
      {back}
      <PageHeader title={seller.name} />
      <Flex gap={8} align="center" wrap className="detail-status">
        <SellerStatusTag status={seller.status} />
        <Typography.Text type="secondary">
          {t(`parties.sellerKind.${seller.kind}`)} · {county}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            {phone && actions}
            <Card title={t('parties.seller.info')} className="detail-card" data-testid="seller-info">
              <Descriptions
                size="small"
                column={TWO_COLUMNS}
                items={[
                  { key: 'name', label: t('parties.sellers.name'), children: seller.name },
                  { key: 'kind', label: t('parties.sellers.kind'), children: t(`parties.sellerKind.${seller.kind}`) },
                  { key: 'county', label: t('parties.sellers.county'), children: county },
                  { key: 'town', label: t('parties.sellers.town'), children: seller.town },
                  {
                    key: 'contact',
                    label: t('parties.sellers.contact'),
                    children: <span className="mono">{seller.contact}</span>,
                  },
                  {
                    key: 'account',
                    label: t('parties.sellers.account'),
                    children: seller.user_id ? t('parties.seller.ownAccount') : t('parties.seller.noAccount'),
                  },
                  {
                    key: 'created',
                    label: t('parties.sellers.createdAt'),
                    children: formatDateTime(seller.created_at),
                  },
                ]}
              />
              {seller.contact.includes('*') && (
                <Typography.Text type="secondary" className="card-note">
                  <LockOutlined /> {t('parties.seller.masked')}
                </Typography.Text>
              )}
            </Card>
            <PartyDeals party={{ seller_id: seller.id }} />
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            {!phone && actions}
            <TransitionTimeline
              title={t('parties.seller.history')}
              empty={t('parties.seller.historyEmpty')}
              transitions={seller.transitions}
              actionLabel={(step) => t(`parties.sellerAction.${sellerActionName(step.action, step.from_status)}`)}
              statusTag={(status) => <SellerStatusTag status={status} />}
              destructive={isDestructive}
              testId="seller-history"
            />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
