import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { formatDate } from '@/lib/format';
import { fetchPublicCertificate } from '../my/api';
import type { PublicCertificate } from '../my/types';

function Outcome({ certificate }: { certificate: PublicCertificate }) {
  const { t } = useTranslation('training');
  return (
    <Card className="verify-outcome" data-testid="verify-outcome">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" className={certificate.valid ? 'verify-valid' : 'verify-revoked'}>
          {certificate.valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
          <Typography.Title level={4} className="verify-verdict" data-testid="verify-verdict">
            {certificate.valid ? t('verify.valid') : t('verify.revoked')}
          </Typography.Title>
        </Flex>
        <Descriptions column={1} size="small" bordered className="detail-card">
          <Descriptions.Item label={t('verify.number')}>
            <span className="mono">{certificate.number}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('verify.name')}>{certificate.name}</Descriptions.Item>
          <Descriptions.Item label={t('verify.programme')}>{certificate.programme}</Descriptions.Item>
          <Descriptions.Item label={t('verify.session')}>{certificate.session}</Descriptions.Item>
          <Descriptions.Item label={t('verify.completedOn')}>{formatDate(certificate.completed_on)}</Descriptions.Item>
        </Descriptions>
      </Flex>
    </Card>
  );
}

function Check({ number }: { number: string }) {
  const { t } = useTranslation('training');
  const certificate = useQuery({
    queryKey: ['training', 'verify', number],
    queryFn: ({ signal }) => fetchPublicCertificate(number, signal),
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
            title={<span data-testid="verify-verdict">{t('verify.notFound')}</span>}
            subTitle={t('verify.notFoundHint')}
          />
        </Card>
      );
    }
    return <ErrorAlert error={certificate.error} onRetry={() => void certificate.refetch()} />;
  }
  return <Outcome certificate={certificate.data} />;
}

/** /verify/:number, no login: anyone holding a training certificate's number checks that it is genuine. */
export function VerifyCertificatePage() {
  const { t } = useTranslation(['training', 'common']);
  const navigate = useNavigate();
  const { number = '' } = useParams();
  const [form] = Form.useForm<{ number: string }>();

  return (
    <div className="public-page">
      <header className="public-header">
        <Flex className="public-column" justify="space-between" align="center" gap={12}>
          <Link to="/verify" className="public-brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{t('common:app.name')}</span>
            <span className="public-brand-sub">{t('verify.brand')}</span>
          </Link>
          <LanguageSwitch size="small" />
        </Flex>
      </header>
      <main className="public-column public-main" data-testid="verify-page">
        <section className="public-hero">
          <Typography.Title level={2}>
            <SafetyCertificateOutlined /> {t('verify.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('verify.intro')}</Typography.Paragraph>
        </section>
        <Flex vertical gap={12}>
          <Card>
            <Form
              form={form}
              layout="vertical"
              initialValues={{ number }}
              key={number}
              onFinish={({ number: typed }) => void navigate(`/verify/${encodeURIComponent(typed.trim())}`)}
              data-testid="verify-form"
            >
              <Form.Item
                name="number"
                label={t('verify.number')}
                rules={[{ required: true, whitespace: true, message: t('verify.numberRequired') }]}
              >
                <Input
                  size="large"
                  className="mono"
                  maxLength={40}
                  autoCapitalize="characters"
                  autoComplete="off"
                  placeholder={t('verify.numberPlaceholder')}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block icon={<SearchOutlined />}>
                {t('verify.check')}
              </Button>
            </Form>
          </Card>
          {number && <Check number={number} />}
        </Flex>
      </main>
      <footer className="public-column public-footer">
        <Typography.Text type="secondary">{t('verify.footer')}</Typography.Text>
      </footer>
    </div>
  );
}
