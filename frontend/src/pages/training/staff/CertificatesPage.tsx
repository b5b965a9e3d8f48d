import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListPage } from '@/components/list/ListPage';
import { fetchSessions } from '../api';
import { certificatesKey, fetchCertificates } from './api';
import { useCertificateColumns } from './certificateColumns';
import type { Certificate } from './contract';

/** 证书: every certificate in the staff's scope, by number or name and by session; PDF and verify page. */
export function CertificatesPage() {
  const { t } = useTranslation('training');
  const { columns, exportColumns } = useCertificateColumns(true);
  const sessions = useQuery({
    queryKey: ['training', 'sessions', 'options'],
    queryFn: ({ signal }) => fetchSessions({ limit: 200, offset: 0, filters: {} }, signal),
    staleTime: 5 * 60_000,
  });
  return (
    <ListPage<Certificate>
      title={t('console.certificates.title')}
      description={t('console.certificates.description')}
      queryKey={certificatesKey}
      fetchPage={fetchCertificates}
      filters={[
        { kind: 'search', name: 'q', placeholder: t('console.certificates.search') },
        {
          kind: 'select',
          name: 'session_id',
          placeholder: t('console.certificates.session'),
          options: (sessions.data?.items ?? []).map((s) => ({ value: s.id, label: s.title })),
        },
      ]}
      columns={columns}
      rowKey={(c) => c.number}
      exportColumns={exportColumns}
      exportName={t('console.certificates.exportName')}
      scrollX={960}
    />
  );
}
