import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { deliveriesKey, sendTestEvent, type SentTestEvent, type WebhookEndpoint } from './api';
import { useFailureWords } from './useFailureWords';

function TestResult({ sent }: { sent: SentTestEvent }) {
  const { t } = useTranslation('loans');
  const words = useFailureWords();
  const { attempt, message } = sent;
  const id = (
    <Typography.Text type="secondary" className="mono small-text">
      {t('webhooks.test.messageId', { id: message.webhook_id })}
    </Typography.Text>
  );
  if (!attempt) {
    return <Alert type="warning" showIcon message={t('webhooks.test.unfinished')} description={id} />;
  }
  if (attempt.error === null && attempt.response_status !== null) {
    const text = t('webhooks.test.delivered', { status: attempt.response_status, ms: attempt.duration_ms });
    return <Alert type="success" showIcon message={text} description={id} />;
  }
  const reason = words.failure(attempt.error ?? '');
  return (
    <Alert
      type="error"
      showIcon
      message={t('webhooks.test.failed', { reason, ms: attempt.duration_ms })}
      description={
        <Flex vertical gap={4}>
          <span>{t('webhooks.test.retried')}</span>
          {id}
        </Flex>
      }
    />
  );
}

/** "发送测试事件": a signed test.ping through the same outbox as every event, and what the endpoint answered. */
export function TestEventCard({ endpoint }: { endpoint: WebhookEndpoint | null | undefined }) {
  const { t } = useTranslation('loans');
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: sendTestEvent,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: deliveriesKey }),
  });
  const blocked = !endpoint ? t('webhooks.test.needsEndpoint') : !endpoint.active ? t('webhooks.test.inactive') : null;

  return (
    <Card className="lookup-card" size="small" title={t('webhooks.test.title')} data-testid="test-event-card">
      <Flex vertical gap={12} align="flex-start">
        <Typography.Text type="secondary">{t('webhooks.test.description')}</Typography.Text>
        <Tooltip title={blocked}>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={test.isPending}
            disabled={blocked !== null}
            onClick={() => test.mutate()}
          >
            {t('webhooks.test.send')}
          </Button>
        </Tooltip>
        <div className="full-width" data-testid="test-event-result" aria-live="polite">
          {test.data && <TestResult sent={test.data} />}
          {test.isError && <ErrorAlert error={test.error} />}
        </div>
      </Flex>
    </Card>
  );
}
