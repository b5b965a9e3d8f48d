import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankCreate } from '@/api/models';
import { formatError } from '@/api/problem';
import { BANK_TYPES } from '@/domain/enums';
import { createBank } from './api';

/** "新增合作银行": a form in a dialog; the server's field errors appear under their fields. */
export function CreateBankButton() {
  const { t } = useTranslation(['loans', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<BankCreate>();
  const create = useMutation({
    mutationFn: createBank,
    onSuccess: (bank) => {
      void queryClient.invalidateQueries({ queryKey: ['loans', 'banks'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void message.success(t('create.success', { name: bank.name }));
      setOpen(false);
      form.resetFields();
    },
    onError: (error) => {
      const { fields } = formatError(error);
      form.setFields(
        Object.entries(fields)
          .filter(([name]) => ['name', 'bank_type', 'branches'].includes(name.split('.')[0] ?? ''))
          .map(([name, errors]) => ({ name: name.split('.')[0] as keyof BankCreate, errors })),
      );
    },
  });
  const failure = create.error ? formatError(create.error) : null;

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('create.button')}
      </Button>
      <Modal
        open={open}
        title={t('create.title')}
        okText={t('create.submit')}
        cancelText={t('common:actions.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => {
          setOpen(false);
          create.reset();
        }}
        destroyOnHidden
      >
        {failure && Object.keys(failure.fields).length === 0 && (
          <Alert type="error" showIcon message={failure.title} description={failure.detail} className="form-alert" />
        )}
        <Form<BankCreate>
          form={form}
          layout="vertical"
          initialValues={{ branches: [] }}
          onFinish={(values) => create.mutate({ ...values, name: values.name.trim() })}
        >
          <Form.Item
            name="name"
            label={t('create.name')}
            rules={[
              { required: true, whitespace: true, message: t('create.nameRequired') },
              { min: 2, max: 100, message: t('create.nameLength') },
            ]}
          >
            <Input placeholder={t('create.namePlaceholder')} maxLength={100} />
          </Form.Item>
          <Form.Item
            name="bank_type"
            label={t('create.bankType')}
            rules={[{ required: true, message: t('create.bankTypeRequired') }]}
          >
            <Select options={BANK_TYPES.map((type) => ({ value: type, label: t(`bankType.${type}`) }))} />
          </Form.Item>
          <Form.Item name="branches" label={t('create.branches')}>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，', '、']}
              placeholder={t('create.branchesPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
