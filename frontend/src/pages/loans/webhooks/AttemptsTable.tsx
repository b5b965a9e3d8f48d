import { useQuery } from '@tanstack/react-query';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatTimestamp } from '@/lib/format';
import { deliveriesKey, fetchAttempts, type Attempt } from './api';
import { useFailureWords } from './useFailureWords';

/** Every attempt at one delivery (a row of the log, opened): when, what the endpoint answered, how long. */
export function AttemptsTable({ deliveryId }: { deliveryId: string }) {
  const { t } = useTranslation('loans');
  const words = useFailureWords();
  const attempts = useQuery({
    queryKey: [...deliveriesKey, deliveryId, 'attempts'],
    queryFn: ({ signal }) => fetchAttempts(deliveryId, signal),
  });
  const columns: TableColumnsType<Attempt> = [
    {
      title: t('webhooks.attempts.attemptedAt'),
      dataIndex: 'attempted_at',
      width: 170,
      render: (_, a) => formatTimestamp(a.attempted_at),
    },
    {
      title: t('webhooks.attempts.result'),
      dataIndex: 'error',
      render: (_, a) =>
        a.error === null ? (
          <Typography.Text type="success">
            {t('webhooks.attempts.delivered', { status: a.response_status })}
          </Typography.Text>
        ) : (
          <Typography.Text type="danger">{words.failure(a.error)}</Typography.Text>
        ),
    },
    {
      title: t('webhooks.attempts.duration'),
      dataIndex: 'duration_ms',
      width: 100,
      align: 'right',
      render: (_, a) => t('webhooks.attempts.ms', { ms: a.duration_ms }),
    },
  ];

  if (attempts.isError) return <ErrorAlert error={attempts.error} onRetry={() => void attempts.refetch()} />;
  return (
    <Table<Attempt>
      // As wide as its columns need, in view under the row it opens from, however wide the log scrolls.
      style={{ maxWidth: 640 }}
      size="small"
      rowKey={(a) => a.id}
      columns={columns}
      dataSource={attempts.data ?? []}
      loading={attempts.isPending}
      pagination={false}
      locale={{ emptyText: t('webhooks.attempts.empty') }}
      aria-label={t('webhooks.attempts.title')}
      data-testid="delivery-attempts"
    />
  );
}
