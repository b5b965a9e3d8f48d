import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { formatDate } from '@/lib/format';
import { fetchPublicHoursCertificate } from '../my/api';
import type { PublicHoursCertificate } from '../my/types';

function Outcome({ certificate }: { certificate: PublicHoursCertificate }) {
  const { t } = useTranslation('volunteers');
  return (
    <Card className="verify-outcome" data-testid="verify-outcome">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" className={certificate.valid ? 'verify-valid' : 'verify-revoked'}>
          {certificate.valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
          <Typography.Title level={4} className="verify-verdict" data-testid="verify-verdict">
            {certificate.valid ? t('verifyHours.valid') : t('verifyHours.invalid')}
          </Typography.Title>
        </Flex>
        <Descriptions column={1} size="small" bordered className="detail-card">
          <Descriptions.Item label={t('verifyHours.number')}>
            <span className="mono">{certificate.number}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('verifyHours.holder')}>{certificate.holder}</Descriptions.Item>
          <Descriptions.Item label={t('verifyHours.hours')}>
            {t('verifyHours.hoursValue', { hours: certificate.hours, minutes: certificate.minutes })}
          </Descriptions.Item>
          <Descriptions.Item label={t('verifyHours.issuedOn')}>{formatDate(certificate.issued_on)}</Descriptions.Item>
        </Descriptions>
      </Flex>
    </Card>
  );
}

function Check({ number }: { number: string }) {
  const { t } = useTranslation('volunteers');
  const certificate = useQuery({
    queryKey: ['volunteers', 'verify-hours', number],
    queryFn: ({ signal }) => fetchPublicHoursCertificate(number, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  if (certificate.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (certificate.isError) {
    if (certificate.error instanceof ApiError && certificate.error.status === 404) {
      return (
        <Card data-testid="verify-outcome">
          <Result
            status="warning"
            title={<span data-testid="verify-verdict">{t('verifyHours.notFound')}</span>}
            subTitle={t('verifyHours.notFoundHint')}
          />
        </Card>
      );
    }
    return <ErrorAlert error={certificate.error} onRetry={() => void certificate.refetch()} />;
  }
  return <Outcome certificate={certificate.data} />;
}

/** /verify-hours/:number, no login: anyone holding a volunteer hours certificate's number checks it. */
export function VerifyHoursPage() {
  const { t } = useTranslation(['volunteers', 'common']);
  const navigate = useNavigate();
  const { number = '' } = useParams();
  const [form] = Form.useForm<{ number: string }>();

  return (
    <div className="public-page">
      <header className="public-header">
        <Flex className="public-column" justify="space-between" align="center" gap={12}>
          <Link to="/verify-hours" className="public-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{t('common:app.name')}</span>
            <span className="public-brand-sub">{t('verifyHours.brand')}</span>
          </Link>
          <LanguageSwitch size="small" />
        </Flex>
      </header>
      <main className="public-column public-main" data-testid="verify-hours-page">
        <section className="public-hero">
          <Typography.Title level={2}>
            <SafetyCertificateOutlined /> {t('verifyHours.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('verifyHours.intro')}</Typography.Paragraph>
        </section>
        <Flex vertical gap={12}>
          <Card>
            <Form
              form={form}
              layout="vertical"
              initialValues={{ number }}
              key={number}
              onFinish={({ number: typed }) => void navigate(`/verify-hours/${encodeURIComponent(typed.trim())}`)}
              data-testid="verify-form"
            >
              <Form.Item
                name="number"
                label={t('verifyHours.number')}
                rules={[{ required: true, whitespace: true, message: t('verifyHours.numberRequired') }]}
              >
                <Input
                  size="large"
                  className="mono"
                  maxLength={40}
                  autoCapitalize="characters"
                  autoComplete="off"
                  placeholder={t('verifyHours.numberPlaceholder')}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block icon={<SearchOutlined />}>
                {t('verifyHours.check')}
              </Button>
            </Form>
          </Card>
          {number && <Check number={number} />}
        </Flex>
      </main>
      <footer className="public-column public-footer">
        <Typography.Text type="secondary">{t('verifyHours.footer')}</Typography.Text>
      </footer>
    </div>
  );
}
