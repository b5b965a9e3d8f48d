import { CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reloadForUpdate, subscribeUpdate, updateReady } from './update';
import { useOnline } from './useOnline';

/**
 * Above every page: a banner while the device is offline (the page shows what the device kept), and a prompt
 * when a new release is ready, which reloads into it only when the user says so.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const ready = useSyncExternalStore(subscribeUpdate, updateReady, () => false);
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);

  return (
    <>
      {!online && (
        <div className="offline-banner" role="status" data-testid="offline-banner">
          <DisconnectOutlined aria-hidden /> {t('connection.offline')}
        </div>
      )}
      {ready && !dismissed && (
        <div className="update-prompt" role="alert" data-testid="update-prompt">
          <span className="update-prompt-text">
            <CloudSyncOutlined aria-hidden /> {t('connection.updateReady')}
          </span>
          <span className="update-prompt-actions">
            <Button onClick={() => setDismissed(true)}>{t('connection.later')}</Button>
            <Button
              type="primary"
              loading={reloading}
              onClick={() => {
                setReloading(true);
                void reloadForUpdate();
              }}
            >
              {t('connection.reload')}
            </Button>
          </span>
        </div>
      )}
    </>
  );
}
