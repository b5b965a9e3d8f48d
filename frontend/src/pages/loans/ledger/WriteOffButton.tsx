import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '@/api/models';
import { ActionError } from '../ActionError';
import { loanKey, writeOff } from './api';

/** "核销": city staff write off an overdue loan, with the reason the audit keeps. */
export function WriteOffButton({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation(['loans', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const mutation = useMutation({
    mutationFn: (reason: string) => writeOff(loan.id, reason),
    onSuccess: (updated) => {
      queryClient.setQueryData(loanKey(loan.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['loans'] });
      void message.success(t('loan.writeOff.success'));
      close();
    },
  });

  function close() {
    form.resetFields();
    mutation.reset();
    setOpen(false);
  }

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('loan.writeOff.button')}
      </Button>
      <Modal
        open={open}
        title={t('loan.writeOff.title')}
        okText={t('actionForm.confirm')}
        okButtonProps={{ danger: true }}
        cancelText={t('common:actions.cancel')}
        confirmLoading={mutation.isPending}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        {mutation.error && <ActionError error={mutation.error} />}
        <Typography.Paragraph type="secondary">{t('loan.writeOff.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={({ reason }) => mutation.mutate(reason)}>
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
        </Form>
      </Modal>
    </>
  );
}
