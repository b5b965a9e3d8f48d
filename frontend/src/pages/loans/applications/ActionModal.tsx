import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction, ApplicationDetail } from '@/api/models';
import { ActionError } from '../ActionError';
import { actionInput, isDestructive } from '../lifecycle';
import { useBankOptions } from '../useBankOptions';
import { writeOff } from '../ledger/api';
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
  const { t } = useTranslation(['loans', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const banks = useBankOptions(action === 'refer');
  const [form] = Form.useForm<ActionInputs>();
  const mutation = useMutation({
    mutationFn: async ({ action, inputs }: { action: ApplicationAction; inputs: ActionInputs }) => {
      // A write-off is the loan's own endpoint; the application shows its effect.
      if (action === 'write_off' && application.loan_id) {
        await writeOff(application.loan_id, inputs.reason ?? '');
        return fetchApplication(application.id);
      }
      return act(application.id, action, inputs);
    },
    onSuccess: (updated, { action }) => {
      queryClient.setQueryData(applicationKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['loans'] });
      void message.success(t('actionForm.success', { action: t(`action.${action}`) }));
      close();
      onDone?.(updated);
    },
  });

  function close() {
    form.resetFields();
    mutation.reset();
    onClose();
  }

  const input = action ? actionInput(action) : 'none';
  return (
    <Modal
      open={action !== null}
      title={action ? t(`action.${action}`) : ''}
      okText={t('actionForm.confirm')}
      okButtonProps={{ danger: action ? isDestructive(action) : false }}
      cancelText={t('common:actions.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {mutation.error && <ActionError error={mutation.error} />}
      <Form<ActionInputs>
        form={form}
        layout="vertical"
        onFinish={(inputs) => action && mutation.mutate({ action, inputs })}
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
      </Form>
    </Modal>
  );
}
