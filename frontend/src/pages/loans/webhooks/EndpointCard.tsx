import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { endpointKey, rotateSecret, type EndpointWithSecret, type WebhookEndpoint } from './api';
import { EndpointFormModal } from './EndpointFormModal';
import { ShownOnceModal } from '../../../components/ShownOnceModal';

type Shown = { title: string; secret: string };

/** What the page keeps of an answer: the secret stays in the dialog only. */
function withoutSecret(result: WebhookEndpoint | EndpointWithSecret): WebhookEndpoint {
  if (!('secret' in result)) return result;
  const { secret: _shownOnce, ...endpoint } = result;
  return endpoint;
}

/** The bank's one endpoint: its URL and state, registering or changing it, and rotating its signing secret. A
 * secret is shown once, when the service makes it. */
export function EndpointCard({ endpoint }: { endpoint: UseQueryResult<WebhookEndpoint | null> }) {
  const { t } = useTranslation(['loans', 'common']);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [showing, setShowing] = useState(false);
  const current = endpoint.data ?? null;

  function show(title: string, secret: string) {
    setShown({ title, secret });
    setShowing(true);
  }

  function saved(result: WebhookEndpoint | EndpointWithSecret) {
    queryClient.setQueryData(endpointKey, withoutSecret(result));
    if ('secret' in result) show(t('webhooks.secret.createdTitle'), result.secret);
    else void message.success(t('webhooks.endpoint.saved'));
  }

  const rotation = useMutation({
    mutationFn: rotateSecret,
    onSuccess: (result) => {
      queryClient.setQueryData(endpointKey, withoutSecret(result));
      show(t('webhooks.secret.rotatedTitle'), result.secret);
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ?? title);
    },
  });
  const rotate = () =>
    modal.confirm({
      title: t('webhooks.secret.rotate'),
      content: t('webhooks.secret.rotateConfirm'),
      okText: t('webhooks.secret.rotateOk'),
      cancelText: t('common:actions.cancel'),
      onOk: () => rotation.mutateAsync().catch(() => undefined),
    });

  const previousUntil = current?.previous_secret_expires_at;
  const actions = current ? (
    <Flex gap={8} wrap>
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
        {t('webhooks.endpoint.change')}
      </Button>
      <Button icon={<KeyOutlined />} onClick={rotate} loading={rotation.isPending}>
        {t('webhooks.secret.rotate')}
      </Button>
    </Flex>
  ) : null;

  return (
    <Card className="lookup-card" size="small" title={t('webhooks.endpoint.title')} data-testid="endpoint-card">
      {endpoint.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {endpoint.isError && <ErrorAlert error={endpoint.error} onRetry={() => void endpoint.refetch()} />}
      {endpoint.isSuccess && !current && (
        <Flex vertical gap={12} align="flex-start">
          <Typography.Text type="secondary">{t('webhooks.endpoint.none')}</Typography.Text>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(true)}>
            {t('webhooks.endpoint.register')}
          </Button>
        </Flex>
      )}
      {current && (
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'url',
                label: t('webhooks.endpoint.url'),
                children: (
                  <Typography.Text copyable className="mono secret-value" data-testid="endpoint-url">
                    {current.url}
                  </Typography.Text>
                ),
              },
              {
                key: 'state',
                label: t('webhooks.endpoint.state'),
                children: current.active ? (
                  <Tag color="green">{t('webhooks.endpoint.active')}</Tag>
                ) : (
                  <Tag>{t('webhooks.endpoint.inactive')}</Tag>
                ),
              },
              {
                key: 'created',
                label: t('webhooks.endpoint.createdAt'),
                children: formatDateTime(current.created_at),
              },
            ]}
          />
          {previousUntil && Date.parse(previousUntil) > Date.now() && (
            <Typography.Text type="secondary" className="card-note">
              {t('webhooks.endpoint.previousSecret', { time: formatDateTime(previousUntil) })}
            </Typography.Text>
          )}
          {actions}
        </Flex>
      )}
      <EndpointFormModal open={editing} endpoint={current} onClose={() => setEditing(false)} onSaved={saved} />
      <ShownOnceModal
        open={showing}
        title={shown?.title ?? ''}
        intro={t('webhooks.secret.intro')}
        warning={t('webhooks.secret.once')}
        values={shown ? [{ label: t('webhooks.secret.label'), value: shown.secret, testId: 'webhook-secret' }] : []}
        closeLabel={t('webhooks.secret.saved')}
        onClose={() => setShowing(false)}
        afterClose={() => setShown(null)}
      />
    </Card>
  );
}
