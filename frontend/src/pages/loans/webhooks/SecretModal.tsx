import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface SecretModalProps {
  open: boolean;
  title: string;
  secret: string;
  onClose: () => void;
  /** Once the dialog has faded out: the place to forget the secret. */
  afterClose: () => void;
}

/** The endpoint's signing secret, shown the one time the service answers it, with a copy button. Closing is a
 * deliberate act: no click beside the dialog or Esc throws the secret away. */
export function SecretModal({ open, title, secret, onClose, afterClose }: SecretModalProps) {
  const { t } = useTranslation('loans');
  return (
    <Modal
      open={open}
      title={title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      afterClose={afterClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-close">
          {t('webhooks.secret.saved')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('webhooks.secret.intro')}</Typography.Paragraph>
      <Alert type="warning" showIcon message={t('webhooks.secret.once')} className="form-alert" />
      <dl className="shown-once">
        <dt>{t('webhooks.secret.label')}</dt>
        <dd>
          <Typography.Text copyable={{ text: secret }} className="mono secret-value" data-testid="webhook-secret">
            {secret}
          </Typography.Text>
        </dd>
      </dl>
    </Modal>
  );
}
