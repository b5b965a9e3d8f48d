import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenOneQueue } from './useTenOneQueue';

/** 待发送 N 条: the ten-ones records still on the phone, a button to send them now, and those refused. */
export function QueueBar() {
  const { t } = useTranslation('volunteers');
  const { queue, state } = useTenOneQueue();
  const [sending, setSending] = useState(false);
  const sendNow = () => {
    setSending(true);
    void queue.flush(true).finally(() => setSending(false));
  };
  if (state.pending.length === 0 && state.refused.length === 0) return null;

  return (
    <Flex vertical gap={8}>
      {state.pending.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<CloudUploadOutlined />}
          message={<span data-testid="queue-count">{t('my.queue.pending', { count: state.pending.length })}</span>}
          description={t('my.queue.pendingHint')}
          action={
            <Button type="primary" size="large" loading={sending} onClick={sendNow} data-testid="send-now">
              {t('my.queue.sendNow')}
            </Button>
          }
          data-testid="queue-bar"
        />
      )}
      {state.refused.map((record) => (
        <Alert
          key={record.key}
          type="error"
          showIcon
          message={t('my.queue.refusedTitle', {
            child: record.childName,
            item: t(`my.tenOne.${record.item}`),
            on: record.on,
          })}
          description={[t(`my.queue.reason.${record.reason}`), record.detail].filter(Boolean).join('：')}
          action={
            <Button size="large" onClick={() => queue.dismiss(record.key)}>
              {t('my.queue.dismiss')}
            </Button>
          }
          data-testid="queue-refused"
        />
      ))}
    </Flex>
  );
}
