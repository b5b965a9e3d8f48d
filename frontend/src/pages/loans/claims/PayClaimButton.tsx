import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { payClaim } from './api';
import { useClaimRefresh } from './useClaimMutation';

/** "登记拨付": the treasury's voucher number closes an approved claim. */
export function PayClaimButton({ claim }: { claim: Claim }) {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const refresh = useClaimRefresh(claim.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ voucher_number: string }>();
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('claim.pay.button')}
      </Button>
      <FormModal
        open={open}
        title={t('claim.pay.title')}
        okText={t('claim.pay.button')}
        form={form}
        onSubmit={({ voucher_number }) => payClaim(claim.id, voucher_number)}
        onSuccess={(paid) => {
          refresh();
          void message.success(t('claim.pay.done', { voucher: paid.voucher_number }));
        }}
        onClose={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t('claim.pay.hint')}</Typography.Paragraph>
        <Form.Item
          name="voucher_number"
          label={t('claim.pay.voucher')}
          rules={[{ required: true, whitespace: true, min: 3, max: 64, message: t('claim.pay.voucherRequired') }]}
        >
          <Input maxLength={64} placeholder="QYGK-2026-0001" className="mono" />
        </Form.Item>
      </FormModal>
    </>
  );
}
