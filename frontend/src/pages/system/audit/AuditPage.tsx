import { DownloadOutlined, FilterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityEvent } from '@/api/models';
import { formatError } from '@/api/problem';
import { ListPage } from '@/components/list/ListPage';
import { useListParams } from '@/components/list/useListParams';
import { EVENT_KINDS } from '@/domain/enums';
import { exportFileName } from '@/export/sheet';
import { formatTimestamp } from '@/lib/format';
import {
  auditKey,
  detailSummary,
  downloadEvents,
  eventTone,
  fetchAccountName,
  fetchClientName,
  fetchEvents,
  isUuid,
  type Tone,
} from './api';

const TONE_COLOR: Record<Tone, string> = { alert: 'red', change: 'blue', routine: 'default' };

type Party = 'user' | 'client';

/** A user's or a client's name, by id: one request each, shared by every row that names them. */
function useName(party: Party, id: string): string | undefined {
  const name = useQuery({
    queryKey: ['auth', 'name', party, id],
    queryFn: async ({ signal }) =>
      party === 'user' ? (await fetchAccountName(id, signal)).display_name : (await fetchClientName(id, signal)).name,
    enabled: isUuid(id),
    staleTime: 10 * 60_000,
    retry: false,
  });
  return name.data;
}

/** A person or client in a row: their name when known, else the id; the funnel shows only their events. */
function Who({
  id,
  party,
  filter,
  prefix,
}: {
  id: string;
  party: Party;
  filter: 'actor' | 'subject';
  prefix?: string;
}) {
  const { t } = useTranslation('accounts');
  const list = useListParams();
  const looked = useName(party, id);
  const name = id === 'anonymous' || id === 'system' ? t(`audit.actor.${id}`) : looked;
  return (
    <Flex gap={2} align="center" className="audit-who">
      <Tooltip title={isUuid(id) ? id : undefined}>
        <span className={name ? 'audit-name' : 'audit-name mono small-text'}>
          {prefix && <Typography.Text type="secondary">{prefix} </Typography.Text>}
          {name ?? id}
        </span>
      </Tooltip>
      {isUuid(id) && list.filters[filter] !== id && (
        <Tooltip title={t('audit.filterBy')}>
          <Button
            type="text"
            size="small"
            icon={<FilterOutlined />}
            aria-label={t('audit.filterBy')}
            onClick={() => list.setFilters({ [filter]: id })}
          />
        </Tooltip>
      )}
    </Flex>
  );
}

function ExportEventsButton() {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const { filters } = useListParams();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      await downloadEvents(filters, exportFileName(t('audit.title'), new Date()));
    } catch (error) {
      const { title, detail } = formatError(error);
      void message.error(t('audit.export.failed', { reason: detail ?? title }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="audit-export">
      {t('audit.export.button')}
    </Button>
  );
}

/** "安全审计": the gateway's security events, searchable by kind, subject, actor and dates; a row opens to
 * its full detail; the export is the server's own file of everything the filters select. */
export function AuditPage() {
  const { t } = useTranslation(['accounts', 'common']);
  const kindLabel = (kind: string) =>
    (EVENT_KINDS as readonly string[]).includes(kind) ? t(`audit.kinds.${kind as (typeof EVENT_KINDS)[number]}`) : kind;

  const columns: TableColumnsType<SecurityEvent> = [
    { title: t('audit.columns.at'), dataIndex: 'at', width: 160, render: (_, e) => formatTimestamp(e.at) },
    {
      title: t('audit.columns.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (_, e) => (
        <Tag color={TONE_COLOR[eventTone(e.kind)]} bordered={false}>
          {kindLabel(e.kind)}
        </Tag>
      ),
    },
    {
      title: t('audit.columns.actor'),
      dataIndex: 'actor',
      width: 200,
      render: (_, e) => <Who id={e.actor} party={e.actor === e.subject_client_id ? 'client' : 'user'} filter="actor" />,
    },
    {
      title: t('audit.columns.subject'),
      key: 'subject',
      width: 210,
      render: (_, e) =>
        e.subject_user_id ? (
          <Who id={e.subject_user_id} party="user" filter="subject" prefix={t('audit.subject.user')} />
        ) : e.subject_client_id ? (
          <Who id={e.subject_client_id} party="client" filter="subject" prefix={t('audit.subject.client')} />
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.columns.address'),
      dataIndex: 'client_address',
      width: 130,
      render: (_, e) => e.client_address || '—',
    },
    {
      title: t('audit.columns.summary'),
      dataIndex: 'detail',
      ellipsis: true,
      render: (_, e) => <span className="small-text">{detailSummary(e.detail)}</span>,
    },
  ];

  return (
    <ListPage<SecurityEvent>
      title={t('audit.title')}
      description={t('audit.description')}
      queryKey={auditKey}
      fetchPage={fetchEvents}
      filters={[
        {
          kind: 'select',
          name: 'kind',
          placeholder: t('audit.filters.kind'),
          options: EVENT_KINDS.map((value) => ({ value, label: t(`audit.kinds.${value}`) })),
        },
        { kind: 'search', name: 'subject', placeholder: t('audit.filters.subject') },
        { kind: 'search', name: 'actor', placeholder: t('audit.filters.actor') },
        { kind: 'dateRange', names: ['from', 'to'], placeholder: [t('audit.filters.from'), t('audit.filters.to')] },
      ]}
      columns={columns}
      rowKey={(e) => e.id}
      scrollX={1100}
      actions={<ExportEventsButton />}
      expandable={{
        expandedRowRender: (e) => (
          <div className="audit-detail" data-testid="audit-detail">
            <Typography.Text type="secondary">{t('audit.detail')}</Typography.Text>
            <pre className="json">{JSON.stringify(e.detail, null, 2)}</pre>
            <Typography.Text type="secondary" className="mono small-text">
              {e.id}
            </Typography.Text>
          </div>
        ),
      }}
    />
  );
}
