import { FilePdfOutlined, LinkOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import type { ExportColumn } from '@/export/sheet';
import { formatDate, formatDateTime } from '@/lib/format';
import { downloadCertificate } from './api';
import type { Certificate } from './contract';

/** The certificate's PDF (with the bearer token) and its public verification page. */
function CertificateLinks({ number }: { number: string }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      await downloadCertificate(number);
    } catch (error) {
      const { title, detail } = formatError(error);
      void message.error(t('console.certificates.downloadFailed', { reason: detail ?? title }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Flex gap={4}>
      <Button size="small" icon={<FilePdfOutlined />} loading={busy} onClick={() => void download()}>
        {t('console.certificates.pdf')}
      </Button>
      <Button
        size="small"
        type="link"
        icon={<LinkOutlined />}
        href={`/verify/${encodeURIComponent(number)}`}
        target="_blank"
        rel="noopener"
      >
        {t('console.certificates.verify')}
      </Button>
    </Flex>
  );
}

export function useCertificateColumns(withSession: boolean) {
  const { t } = useTranslation('training');
  const c = (key: string) => t(`console.certificates.columns.${key}` as 'console.certificates.columns.number');
  const columns: TableColumnsType<Certificate> = [
    { title: c('number'), dataIndex: 'number', width: 170, render: (v: string) => <span className="mono">{v}</span> },
    { title: c('name'), dataIndex: 'trainee_name', width: 100 },
    ...(withSession
      ? [
          { title: c('programme'), dataIndex: 'programme_name', width: 130 },
          { title: c('session'), dataIndex: 'session_title', width: 200 },
        ]
      : []),
    { title: c('completedOn'), dataIndex: 'completed_on', width: 110, render: (v: string) => formatDate(v) },
    {
      title: c('valid'),
      dataIndex: 'valid',
      width: 80,
      render: (valid: boolean) =>
        valid ? (
          <Tag color="green">{t('console.certificates.valid')}</Tag>
        ) : (
          <Tag color="red">{t('console.certificates.revoked')}</Tag>
        ),
    },
    { title: c('actions'), key: 'actions', width: 170, render: (_, cert) => <CertificateLinks number={cert.number} /> },
  ];
  const exportColumns: ExportColumn<Certificate>[] = [
    { header: c('number'), value: (x) => x.number },
    { header: c('name'), value: (x) => x.trainee_name },
    { header: c('programme'), value: (x) => x.programme_name },
    { header: c('session'), value: (x) => x.session_title },
    { header: c('completedOn'), value: (x) => x.completed_on },
    { header: c('issuedAt'), value: (x) => formatDateTime(x.issued_at) },
    {
      header: c('valid'),
      value: (x) => (x.valid ? t('console.certificates.valid') : t('console.certificates.revoked')),
    },
  ];
  return { columns, exportColumns };
}
