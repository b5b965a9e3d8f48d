import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimLine } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { decideLine } from './api';
import { useClaimRefresh } from './useClaimMutation';

interface RejectLineModalProps {
  claimId: string;
  /** The line being rejected; null when the dialog is closed. */
  line: ClaimLine | null;
  onClose: () => void;
  onRejected: (line: ClaimLine) => void;
}

/** Rejecting a line says why: the bank reads it. */
export function RejectLineModal({ claimId, line, onClose, onRejected }: RejectLineModalProps) {
  const { t } = useTranslation('loans');
  const refresh = useClaimRefresh(claimId);
  const [form] = Form.useForm<{ reason: string }>();

  // The form is there, and submitted, only while a line is chosen.
  async function reject({ reason }: { reason: string }): Promise<ClaimLine> {
    if (!line) throw new Error('No line chosen');
    return decideLine(claimId, line.id, 'rejected', reason);
  }

  return (
    <FormModal
      open={line !== null}
      title={`${t('claim.lines.rejectTitle')} · ${line?.contract_number ?? ''}`}
      okText={t('claim.lines.reject')}
      danger
      form={form}
      onSubmit={reject}
      onSuccess={(rejected) => {
        refresh();
        onRejected(rejected);
      }}
      onClose={onClose}
    >
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
    </FormModal>
  );
}
