import { Button, Form, Input, Modal, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '@/api/models';
import { payClaim } from './api';
import { useClaimMutation } from './useClaimMutation';

/** "登记拨付": the treasury's voucher number closes an approved claim. */
export function PayClaimButton({ claim }: { claim: Claim }) {
  const { t } = useTranslation(['loans', 'common']);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ voucher_number: string }>();
  const pay = useClaimMutation(
    claim.id,
    (voucher: string) => payClaim(claim.id, voucher),
    (paid) => {
      void message.success(t('claim.pay.done', { voucher: paid.voucher_number }));
      setOpen(false);
    },
  );
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('claim.pay.button')}
      </Button>
      <Modal
        open={open}
        title={t('claim.pay.title')}
        okText={t('claim.pay.button')}
        cancelText={t('common:actions.cancel')}
        confirmLoading={pay.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        afterClose={() => form.resetFields()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('claim.pay.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={({ voucher_number }) => pay.mutate(voucher_number)}>
          <Form.Item
            name="voucher_number"
            label={t('claim.pay.voucher')}
            rules={[{ required: true, whitespace: true, min: 3, max: 64, message: t('claim.pay.voucherRequired') }]}
          >
            <Input maxLength={64} placeholder="QYGK-2026-0001" className="mono" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
