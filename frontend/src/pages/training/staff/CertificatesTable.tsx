import { useQuery } from '@tanstack/react-query';
import { Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { fetchCertificates } from './api';
import { useCertificateColumns } from './certificateColumns';
import type { Certificate } from './contract';

/** The certificates of one session (a session holds at most a few hundred: one page). */
export function CertificatesTable({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('training');
  const { columns, exportColumns } = useCertificateColumns(false);
  const query = useQuery({
    queryKey: ['training', 'certificates', { session_id: sessionId }],
    queryFn: ({ signal }) => fetchCertificates({ limit: 200, offset: 0, filters: { session_id: sessionId } }, signal),
  });
  const rows = query.data?.items ?? [];
  return (
    <Flex vertical gap={8}>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Flex justify="flex-end">
        <ExportButton<Certificate>
          name={t('console.certificates.exportName')}
          columns={exportColumns}
          fetchPage={async () => ({ items: rows, total: rows.length })}
          disabled={rows.length === 0}
        />
      </Flex>
      <Table<Certificate>
        rowKey={(c) => c.number}
        columns={columns}
        dataSource={rows}
        loading={query.isFetching}
        size="small"
        pagination={false}
        scroll={{ x: 630 }}
        locale={{ emptyText: t('console.completion.empty') }}
        data-testid="session-certificates"
      />
    </Flex>
  );
}
