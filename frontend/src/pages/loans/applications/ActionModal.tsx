import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction, ApplicationDetail } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { useBankOptions } from '@/domain/useBankOptions';
import { ActionError } from '../ActionError';
import { actionInput, isDestructive } from '../lifecycle';
import { writeOff } from '../loans/api';
import { act, applicationKey, fetchApplication, type ActionInputs } from './api';

interface ActionModalProps {
  application: ApplicationDetail;
  /** The action being taken; null when the dialog is closed. */
  action: ApplicationAction | null;
  onClose: () => void;
  onDone?: (application: ApplicationDetail) => void;
}

/**
 * Confirms one action and asks for what it needs: a reason for returning, rejecting or declining
 * (the applicant reads it), the bank for a referral, an optional note otherwise. A refusal stays in
 * the dialog, with the failed rules or the states the application may move to now.
 */
export function ActionModal({ application, action, onClose, onDone }: ActionModalProps) {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const banks = useBankOptions(action === 'refer');
  const [form] = Form.useForm<ActionInputs>();

  // The form is there, and submitted, only while an action is chosen.
  async function take(inputs: ActionInputs): Promise<ApplicationDetail> {
    if (!action) throw new Error('No action chosen');
    // A write-off is the loan's own endpoint; the application shows its effect.
    if (action === 'write_off' && application.loan_id) {
      await writeOff(application.loan_id, inputs.reason ?? '');
      return fetchApplication(application.id);
    }
    return act(application.id, action, inputs);
  }

  const input = action ? actionInput(action) : 'none';
  return (
    <FormModal
      open={action !== null}
      title={action ? t(`action.${action}`) : ''}
      okText={t('actionForm.confirm')}
      danger={action ? isDestructive(action) : false}
      form={form}
      onSubmit={take}
      onSuccess={(updated) => {
        queryClient.setQueryData(applicationKey(updated.id), updated);
        void queryClient.invalidateQueries({ queryKey: ['loans'] });
        if (action) void message.success(t('actionForm.success', { action: t(`action.${action}`) }));
        onDone?.(updated);
      }}
      onClose={onClose}
      renderError={(error) => <ActionError error={error} />}
    >
      {input === 'none' && <Typography.Paragraph>{t('actionForm.confirmSubmit')}</Typography.Paragraph>}
      {input === 'bank' && (
        <Form.Item
          name="bank_id"
          label={t('actionForm.bank')}
          rules={[{ required: true, message: t('actionForm.bankRequired') }]}
        >
          <Select
            options={banks.options}
            loading={banks.loading}
            placeholder={t('actionForm.bankPlaceholder')}
            aria-label={t('actionForm.bank')}
          />
        </Form.Item>
      )}
      {input !== 'none' && (
        <Form.Item
          name="reason"
          label={input === 'reason' ? t('actionForm.reason') : t('actionForm.note')}
          rules={[
            { required: input === 'reason', whitespace: true, message: t('actionForm.reasonRequired') },
            { min: 2, max: 1000, message: t('actionForm.reasonRequired') },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={input === 'reason' ? t('actionForm.reasonPlaceholder') : undefined}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
