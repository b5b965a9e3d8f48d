import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiClient, ClientWithSecret } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { rotateSecret } from './api';

/** The gateway keeps the previous secret working for at most a week. */
export const MAX_OVERLAP_HOURS = 168;

interface RotateSecretModalProps {
  client: ApiClient | null;
  onClose: () => void;
  onRotated: (rotated: ClientWithSecret) => void;
}

/** "轮换密钥": a new secret, and how long the current one keeps working while the bank deploys it. */
export function RotateSecretModal({ client, onClose, onRotated }: RotateSecretModalProps) {
  const { t } = useTranslation('accounts');
  const [form] = Form.useForm<{ overlapHours: number }>();

  // The form is there, and submitted, only while a client is chosen.
  async function rotate({ overlapHours }: { overlapHours: number }): Promise<ClientWithSecret> {
    if (!client) throw new Error('No client chosen');
    return rotateSecret(client.id, overlapHours);
  }

  return (
    <FormModal
      open={client !== null}
      title={t('clients.rotate.title', { name: client?.name ?? '' })}
      okText={t('clients.rotate.submit')}
      danger
      form={form}
      initialValues={{ overlapHours: 24 }}
      onSubmit={rotate}
      onSuccess={onRotated}
      onClose={onClose}
    >
      <Form.Item
        name="overlapHours"
        label={t('clients.rotate.overlap')}
        extra={t('clients.rotate.overlapHint')}
        rules={[{ required: true, type: 'integer', min: 0, max: MAX_OVERLAP_HOURS }]}
      >
        <InputNumber min={0} max={MAX_OVERLAP_HOURS} precision={0} step={1} aria-label={t('clients.rotate.overlap')} />
      </Form.Item>
    </FormModal>
  );
}
