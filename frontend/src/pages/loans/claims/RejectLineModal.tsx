import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimLine } from '@/api/models';

interface RejectLineModalProps {
  line: ClaimLine | null;
  loading: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Rejecting a line says why: the bank reads it. */
export function RejectLineModal({ line, loading, onReject, onCancel }: RejectLineModalProps) {
  const { t } = useTranslation(['loans', 'common']);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={line !== null}
      title={`${t('claim.lines.rejectTitle')} · ${line?.contract_number ?? ''}`}
      okText={t('claim.lines.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onReject(reason)}>
        <Form.Item
          name="reason"
          label={t('claim.lines.rejectReason')}
          rules={[
            { required: true, whitespace: true, message: t('actionForm.reasonRequired') },
            { min: 2, max: 1000, message: t('actionForm.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('claim.lines.rejectPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
