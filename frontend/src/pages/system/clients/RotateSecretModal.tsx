import { useMutation } from '@tanstack/react-query';
import { Alert, Form, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient, ClientWithSecret } from '@/api/models';
import { formatError } from '@/api/problem';
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
  const { t } = useTranslation(['accounts', 'common']);
  const [form] = Form.useForm<{ overlapHours: number }>();
  const rotate = useMutation({
    mutationFn: ({ id, hours }: { id: string; hours: number }) => rotateSecret(id, hours),
    onSuccess: onRotated,
  });
  const { reset } = rotate;
  const open = client !== null;

  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
  }, [open, form, reset]);

  const failure = rotate.error ? formatError(rotate.error) : null;
  return (
    <Modal
      open={open}
      title={t('clients.rotate.title', { name: client?.name ?? '' })}
      okText={t('clients.rotate.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:actions.cancel')}
      confirmLoading={rotate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {failure && (
        <Alert type="error" showIcon message={failure.title} description={failure.detail} className="form-alert" />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ overlapHours: 24 }}
        onFinish={({ overlapHours }) => client && rotate.mutate({ id: client.id, hours: overlapHours })}
      >
        <Form.Item
          name="overlapHours"
          label={t('clients.rotate.overlap')}
          extra={t('clients.rotate.overlapHint')}
          rules={[{ required: true, type: 'integer', min: 0, max: MAX_OVERLAP_HOURS }]}
        >
          <InputNumber
            min={0}
            max={MAX_OVERLAP_HOURS}
            precision={0}
            step={1}
            aria-label={t('clients.rotate.overlap')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
