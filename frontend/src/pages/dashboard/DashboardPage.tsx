import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { gatewayApi } from '@/api/client';
import { unwrap } from '@/api/unwrap';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { formatDateTime } from '@/lib/format';
import { ServiceCard } from './ServiceCard';

const CountyChart = lazy(() => import('./CountyChart'));

export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const dashboard = useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => unwrap(gatewayApi.GET('/api/v1/dashboard', { signal })),
    refetchInterval: 60_000,
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} loading={dashboard.isFetching} onClick={() => void dashboard.refetch()}>
            {t('common:actions.refresh')}
          </Button>
        }
      />
      {dashboard.isError && <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.isPending && (
        <Row gutter={[16, 16]}>
          {[0, 1, 2, 3].map((i) => (
            <Col xs={24} lg={12} key={i}>
              <Card>
                <Skeleton active paragraph={{ rows: 2 }} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {dashboard.data && (
        <>
          <Row gutter={[16, 16]}>
            {dashboard.data.services.map((status) => (
              <Col xs={24} lg={12} key={status.service}>
                <ServiceCard status={status} />
              </Col>
            ))}
          </Row>
          <Card className="chart-card" title={t('chart.title')}>
            <Typography.Text type="secondary" className="chart-subtitle">
              {t('chart.subtitle')}
            </Typography.Text>
            <Suspense fallback={<Skeleton active />}>
              <CountyChart services={dashboard.data.services} />
            </Suspense>
          </Card>
          <Typography.Text type="secondary" className="generated-at">
            {t('generatedAt', { time: formatDateTime(dashboard.data.generated_at) })}
          </Typography.Text>
        </>
      )}
    </>
  );
}
