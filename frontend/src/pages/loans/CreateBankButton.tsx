import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankCreate } from '@/api/models';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { BANK_TYPES } from '@/domain/enums';
import { createBank } from './api';

const FIELDS = ['name', 'bank_type', 'branches'];

/** "新增合作银行": a form in a dialog; the server's field errors appear under their fields. */
export function CreateBankButton() {
  const { t } = useTranslation('loans');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BankCreate>();

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('banks.create.button')}
      </Button>
      <FormModal
        open={open}
        title={t('banks.create.title')}
        okText={t('banks.create.submit')}
        form={form}
        initialValues={{ branches: [] }}
        onSubmit={(values) => createBank({ ...values, name: values.name.trim() })}
        onSuccess={(bank) => {
          void queryClient.invalidateQueries({ queryKey: ['loans', 'banks'] });
          void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
          void message.success(t('banks.create.success', { name: bank.name }));
        }}
        onClose={() => setOpen(false)}
        fieldErrors={(error) => problemFieldErrors(error, FIELDS)}
      >
        <Form.Item
          name="name"
          label={t('banks.create.name')}
          rules={[
            { required: true, whitespace: true, message: t('banks.create.nameRequired') },
            { min: 2, max: 100, message: t('banks.create.nameLength') },
          ]}
        >
          <Input placeholder={t('banks.create.namePlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item
          name="bank_type"
          label={t('banks.create.bankType')}
          rules={[{ required: true, message: t('banks.create.bankTypeRequired') }]}
        >
          <Select options={BANK_TYPES.map((type) => ({ value: type, label: t(`bankType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="branches" label={t('banks.create.branches')}>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、']}
            placeholder={t('banks.create.branchesPlaceholder')}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
