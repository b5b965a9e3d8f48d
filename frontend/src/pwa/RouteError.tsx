import { DisconnectOutlined, ExclamationCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { isChunkLoadError } from './chunkError';
import { useOnline } from './useOnline';

/**
 * What a page that could not be shown says instead of a blank screen: offline, a page this device has not kept;
 * online, a page of the previous release (its chunks are gone: reload into the new one); else an error. Part of
 * the first download (it must work offline), so it is made of what the login page already has.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const online = useOnline();
  const chunk = isChunkLoadError(error);
  const offline = chunk && !online;
  const [title, detail] = offline
    ? [t('connection.offlinePageTitle'), t('connection.offlinePageDetail')]
    : chunk
      ? [t('connection.oldPageTitle'), t('connection.oldPageDetail')]
      : [t('connection.pageErrorTitle'), t('connection.pageErrorDetail')];
  return (
    <Flex vertical align="center" justify="center" gap={8} className="route-error" data-testid="route-error">
      {offline ? (
        <DisconnectOutlined className="route-error-icon" aria-hidden />
      ) : (
        <ExclamationCircleOutlined className="route-error-icon" aria-hidden />
      )}
      <Typography.Title level={4}>{title}</Typography.Title>
      <Typography.Text type="secondary">{detail}</Typography.Text>
      <Button type="primary" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
        {t('actions.refresh')}
      </Button>
    </Flex>
  );
}
