import { CopyOutlined, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { formatDate } from '@/lib/format';
import { downloadCertificate, fetchMyCertificates, myCertificatesKey, verifyUrl } from './api';
import { RefusalAlert } from './RefusalAlert';
import type { Certificate } from './types';

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: () => downloadCertificate(certificate.number),
    onSuccess: () => void message.success(t('my.certificates.downloaded')),
  });
  const link = verifyUrl(certificate.number);
  const copy = () =>
    void navigator.clipboard
      .writeText(link)
      .then(() => message.success(t('my.certificates.copied')))
      // No clipboard (an old WebView, or no HTTPS): the link is on the card to copy by hand.
      .catch(() => message.info(link));

  return (
    <Card className="certificate-card" data-testid="my-certificate">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Flex gap={8} align="flex-start">
            <SafetyCertificateOutlined className="certificate-icon" />
            <Flex vertical>
              <Typography.Text strong>{certificate.programme_name}</Typography.Text>
              <Typography.Text type="secondary">{certificate.session_title}</Typography.Text>
            </Flex>
          </Flex>
          {!certificate.valid && <Tag color="red">{t('my.certificates.revoked')}</Tag>}
        </Flex>
        <Typography.Text className="mono" data-testid="certificate-number">
          {t('my.certificates.number', { number: certificate.number })}
        </Typography.Text>
        <Typography.Text type="secondary" className="small-text">
          {t('my.certificates.completedOn', { date: formatDate(certificate.completed_on) })}
        </Typography.Text>
        <Typography.Text type="secondary" className="small-text">
          {t('my.certificates.verifyLink')}：
          <Link to={`/verify/${encodeURIComponent(certificate.number)}`}>{link}</Link>
        </Typography.Text>
        {download.isError && <RefusalAlert error={download.error} title={t('my.certificates.download')} />}
        <Flex gap={8} wrap className="certificate-actions">
          <Button
            type="primary"
            size="large"
            icon={<DownloadOutlined />}
            loading={download.isPending}
            onClick={() => download.mutate()}
            data-testid="download-certificate"
          >
            {t('my.certificates.download')}
          </Button>
          <Button size="large" icon={<CopyOutlined />} onClick={copy}>
            {t('my.certificates.copy')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/** 我的证书: the trainee's certificates, each with its PDF and the link anyone may use to check it. */
export function MyCertificatesPage() {
  const { t } = useTranslation('training');
  const certificates = useQuery({ queryKey: myCertificatesKey, queryFn: ({ signal }) => fetchMyCertificates(signal) });
  const items = certificates.data?.items ?? [];

  return (
    <div className="phone-page" data-testid="my-certificates">
      <PageHeader title={t('my.certificates.title')} description={t('my.certificates.description')} />
      <Flex vertical gap={12}>
        {certificates.isError && <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />}
        {certificates.isPending ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : items.length > 0 ? (
          items.map((certificate) => <CertificateCard key={certificate.number} certificate={certificate} />)
        ) : (
          certificates.isSuccess && (
            <Card>
              <Empty description={t('my.certificates.empty')} />
            </Card>
          )
        )}
      </Flex>
    </div>
  );
}
