import { useQuery } from '@tanstack/react-query';
import { Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPage } from '@/components/list/ListPage';
import { oneOf } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import {
  deliveriesKey,
  endpointKey,
  EVENT_TYPES,
  fetchDeliveries,
  fetchEndpoint,
  MESSAGE_STATUSES,
  type Delivery,
  type MessageStatus,
} from './api';
import { AttemptsTable } from './AttemptsTable';
import { EndpointCard } from './EndpointCard';
import { TestEventCard } from './TestEventCard';
import { useFailureWords } from './useFailureWords';

const STATUS_COLOR: Record<MessageStatus, string> = { pending: 'gold', delivered: 'green', failed: 'red' };

/** "Webhook 事件推送": the bank officer's endpoint and signing secret, the test event, and the delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation('loans');
  const words = useFailureWords();
  const endpoint = useQuery({ queryKey: endpointKey, queryFn: ({ signal }) => fetchEndpoint(signal) });
  const eventLabel = (type: string) => {
    const known = oneOf(EVENT_TYPES, type);
    return known ? t(`webhooks.eventType.${known}`) : type;
  };
  const lastResult = (d: Delivery) =>
    d.status === 'delivered' ? t('webhooks.status.delivered') : d.last_error ? words.failure(d.last_error) : '';

  // On a phone the first columns are what shows: the event and how it went.
  const columns: TableColumnsType<Delivery> = [
    {
      title: t('webhooks.columns.eventType'),
      dataIndex: 'event_type',
      width: 180,
      render: (_, d) => (
        <>
          <div>{eventLabel(d.event_type)}</div>
          <Typography.Text type="secondary" className="mono small-text">
            {d.event_type}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('webhooks.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, d) => <Tag color={STATUS_COLOR[d.status]}>{t(`webhooks.status.${d.status}`)}</Tag>,
    },
    {
      title: t('webhooks.columns.createdAt'),
      dataIndex: 'created_at',
      width: 150,
      render: (_, d) => formatDateTime(d.created_at),
    },
    { title: t('webhooks.columns.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
    { title: t('webhooks.columns.lastResult'), dataIndex: 'last_error', width: 260, render: (_, d) => lastResult(d) },
    {
      title: t('webhooks.columns.nextAttemptAt'),
      dataIndex: 'next_attempt_at',
      width: 150,
      render: (_, d) => (d.status === 'pending' ? formatDateTime(d.next_attempt_at) : '—'),
    },
    {
      title: t('webhooks.columns.messageId'),
      dataIndex: 'webhook_id',
      width: 320,
      render: (_, d) => <span className="mono small-text">{d.webhook_id}</span>,
    },
  ];

  const exportColumns: ExportColumn<Delivery>[] = [
    { header: t('webhooks.columns.createdAt'), value: (d) => formatDateTime(d.created_at) },
    { header: t('webhooks.columns.eventType'), value: (d) => eventLabel(d.event_type) },
    { header: t('webhooks.columns.eventCode'), value: (d) => d.event_type },
    { header: t('webhooks.columns.status'), value: (d) => t(`webhooks.status.${d.status}`) },
    { header: t('webhooks.columns.attempts'), value: (d) => d.attempts },
    { header: t('webhooks.columns.lastResult'), value: lastResult },
    {
      header: t('webhooks.columns.nextAttemptAt'),
      value: (d) => (d.status === 'pending' ? formatDateTime(d.next_attempt_at) : ''),
    },
    { header: t('webhooks.columns.deliveredAt'), value: (d) => formatDateTime(d.delivered_at) },
    { header: t('webhooks.columns.messageId'), value: (d) => d.webhook_id },
  ];

  return (
    <ListPage<Delivery>
      title={t('webhooks.title')}
      description={t('webhooks.description')}
      queryKey={deliveriesKey}
      fetchPage={fetchDeliveries}
      filters={[
        {
          kind: 'select',
          name: 'event_type',
          placeholder: t('webhooks.filters.eventType'),
          options: EVENT_TYPES.map((type) => ({ value: type, label: eventLabel(type) })),
        },
        {
          kind: 'select',
          name: 'status',
          placeholder: t('webhooks.filters.status'),
          options: MESSAGE_STATUSES.map((status) => ({ value: status, label: t(`webhooks.status.${status}`) })),
        },
      ]}
      columns={columns}
      rowKey={(d) => d.id}
      expandable={{ expandedRowRender: (d) => <AttemptsTable deliveryId={d.id} /> }}
      exportColumns={exportColumns}
      exportName={t('webhooks.exportName')}
      scrollX={1260}
    >
      <EndpointCard endpoint={endpoint} />
      <TestEventCard endpoint={endpoint.data} />
    </ListPage>
  );
}
