import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient, ClientWithSecret } from '@/api/models';
import { formatError } from '@/api/problem';
import { ListPage } from '@/components/list/ListPage';
import { CLIENT_KINDS, SERVICE_SCOPES } from '@/domain/enums';
import { useBankOptions } from '@/domain/useBankOptions';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { ShownOnceModal } from '../../../components/ShownOnceModal';
import { clientsKey, fetchClients, setClientActive } from './api';
import { ClientFormModal } from './ClientFormModal';
import { RotateSecretModal } from './RotateSecretModal';

type Shown = { kind: 'created' | 'rotated'; result: ClientWithSecret };

function ClientActions({ client, onRotate }: { client: ApiClient; onRotate: () => void }) {
  const { t } = useTranslation(['accounts', 'common']);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const active = useMutation({
    mutationFn: (next: boolean) => setClientActive(client.id, next),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: clientsKey });
      const key = saved.is_active ? 'clients.enable.done' : 'clients.disable.done';
      void message.success(t(key, { name: saved.name }));
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ?? title);
    },
  });
  const toggle = (next: boolean) =>
    modal.confirm({
      content: t(next ? 'clients.enable.confirm' : 'clients.disable.confirm', { name: client.name }),
      okButtonProps: { danger: !next },
      cancelText: t('common:actions.cancel'),
      onOk: () => active.mutateAsync(next).catch(() => undefined),
    });

  return (
    <Flex gap={0} wrap className="row-actions">
      <Button type="link" size="small" onClick={onRotate} disabled={!client.is_active}>
        {t('clients.rotate.button')}
      </Button>
      {client.is_active ? (
        <Button type="link" size="small" danger loading={active.isPending} onClick={() => toggle(false)}>
          {t('clients.disable.button')}
        </Button>
      ) : (
        <Button type="link" size="small" loading={active.isPending} onClick={() => toggle(true)}>
          {t('clients.enable.button')}
        </Button>
      )}
    </Flex>
  );
}

/** "接口客户端": the partner banks' and the services' OAuth2 clients; a secret is shown once, when made. */
export function ClientsPage() {
  const { t } = useTranslation(['accounts', 'common']);
  const queryClient = useQueryClient();
  const banks = useBankOptions();
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<ApiClient | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [showing, setShowing] = useState(false);

  const show = (next: Shown) => {
    void queryClient.invalidateQueries({ queryKey: clientsKey });
    setShown(next);
    setShowing(true);
  };
  const kind = (c: ApiClient) => t(`clients.kind.${c.kind}`);
  const serviceName = (name: string) =>
    (SERVICE_SCOPES as readonly string[]).includes(name)
      ? t(`clients.services.${name as (typeof SERVICE_SCOPES)[number]}`)
      : name;
  const owner = (c: ApiClient) =>
    c.kind === 'bank' ? (banks.nameOf(c.bank_id) ?? '') : c.service_name ? serviceName(c.service_name) : '';
  const scope = (c: ApiClient) => c.scope.split(' ').filter(Boolean).map(serviceName).join('、');
  const status = (c: ApiClient) => (c.is_active ? t('clients.status.active') : t('clients.status.disabled'));

  const columns: TableColumnsType<ApiClient> = [
    { title: t('clients.columns.name'), dataIndex: 'name', width: 170, fixed: 'left', ellipsis: true },
    {
      title: t('clients.columns.owner'),
      key: 'owner',
      width: 250,
      ellipsis: true,
      render: (_, c) => (
        <>
          <Tag color={c.kind === 'bank' ? 'blue' : 'purple'} bordered={false}>
            {kind(c)}
          </Tag>
          {owner(c)}
        </>
      ),
    },
    { title: t('clients.columns.scope'), dataIndex: 'scope', width: 120, render: (_, c) => scope(c) || '—' },
    {
      title: t('clients.columns.status'),
      dataIndex: 'is_active',
      width: 80,
      render: (_, c) => (
        <Tag color={c.is_active ? 'green' : 'default'} bordered={false}>
          {status(c)}
        </Tag>
      ),
    },
    {
      // When the secret was last made, and until when the one before it still works.
      title: t('clients.columns.secret'),
      key: 'secret',
      width: 175,
      render: (_, c) => (
        <Flex vertical>
          <span>{formatDateTime(c.secret_rotated_at ?? c.created_at)}</span>
          {c.previous_secret_expires_at && new Date(c.previous_secret_expires_at) > new Date() && (
            <Typography.Text type="warning" className="small-text">
              {t('clients.columns.previousUntil', { time: formatDateTime(c.previous_secret_expires_at) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('clients.columns.lastUsed'),
      dataIndex: 'last_used_at',
      width: 135,
      render: (_, c) => formatDateTime(c.last_used_at) || '—',
    },
    {
      title: t('clients.columns.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, c) => <ClientActions client={c} onRotate={() => setRotating(c)} />,
    },
  ];

  const exportColumns: ExportColumn<ApiClient>[] = [
    { header: t('clients.columns.name'), value: (c) => c.name },
    { header: 'client_id', value: (c) => c.id },
    { header: t('clients.columns.kind'), value: kind },
    { header: t('clients.columns.owner'), value: owner },
    { header: t('clients.columns.scope'), value: scope },
    { header: t('clients.columns.status'), value: status },
    { header: t('clients.columns.createdAt'), value: (c) => formatDateTime(c.created_at) },
    { header: t('clients.columns.rotatedAt'), value: (c) => formatDateTime(c.secret_rotated_at) },
    { header: t('clients.columns.previousExpires'), value: (c) => formatDateTime(c.previous_secret_expires_at) },
    { header: t('clients.columns.lastUsed'), value: (c) => formatDateTime(c.last_used_at) },
  ];

  const previous = shown?.result.client.previous_secret_expires_at;
  return (
    <>
      <ListPage<ApiClient>
        title={t('clients.title')}
        description={t('clients.description')}
        queryKey={clientsKey}
        fetchPage={fetchClients}
        filters={[
          {
            kind: 'select',
            name: 'kind',
            placeholder: t('clients.filters.kind'),
            options: CLIENT_KINDS.map((value) => ({ value, label: t(`clients.kind.${value}`) })),
          },
          { kind: 'select', name: 'bank_id', placeholder: t('clients.filters.bank'), options: banks.options },
        ]}
        columns={columns}
        rowKey={(c) => c.id}
        exportColumns={exportColumns}
        exportName={t('clients.exportName')}
        scrollX={1070}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('clients.create.button')}
          </Button>
        }
      />
      <ClientFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => show({ kind: 'created', result })}
      />
      <RotateSecretModal
        client={rotating}
        onClose={() => setRotating(null)}
        onRotated={(result) => show({ kind: 'rotated', result })}
      />
      <ShownOnceModal
        open={showing}
        closeLabel={t('shownOnce.close')}
        title={shown?.kind === 'rotated' ? t('clients.secret.rotatedTitle') : t('clients.secret.createdTitle')}
        intro={t('clients.secret.intro', { name: shown?.result.client.name ?? '' })}
        warning={t('clients.secret.once')}
        values={
          shown
            ? [
                { label: t('clients.secret.clientId'), value: shown.result.client_id, testId: 'shown-client-id' },
                { label: t('clients.secret.clientSecret'), value: shown.result.client_secret, testId: 'shown-secret' },
              ]
            : []
        }
        extra={
          shown?.kind === 'rotated' &&
          previous && (
            <Typography.Text type="secondary">
              {t('clients.secret.previous', { time: formatDateTime(previous) })}
            </Typography.Text>
          )
        }
        onClose={() => setShowing(false)}
        afterClose={() => setShown(null)}
      />
    </>
  );
}
