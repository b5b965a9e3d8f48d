import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { ActionError } from '../ActionError';
import { loanKey, writeOff } from './api';

/** "核销": city staff write off an overdue loan, with the reason the audit keeps. */
export function WriteOffButton({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('loan.writeOff.button')}
      </Button>
      <FormModal
        open={open}
        title={t('loan.writeOff.title')}
        okText={t('actionForm.confirm')}
        danger
        form={form}
        onSubmit={({ reason }) => writeOff(loan.id, reason)}
        onSuccess={(updated) => {
          queryClient.setQueryData(loanKey(loan.id), updated);
          void queryClient.invalidateQueries({ queryKey: ['loans'] });
          void message.success(t('loan.writeOff.success'));
        }}
        onClose={() => setOpen(false)}
        renderError={(error) => <ActionError error={error} />}
      >
        <Typography.Paragraph type="secondary">{t('loan.writeOff.hint')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('actionForm.reason')}
          rules={[
            { required: true, whitespace: true, message: t('actionForm.reasonRequired') },
            { min: 2, max: 1000, message: t('actionForm.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
