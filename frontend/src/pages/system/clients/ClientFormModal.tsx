import { Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientCreate, ClientKind, ClientWithSecret, ServiceScope } from '@/api/models';
import { FormModal } from '@/components/form/FormModal';
import { CLIENT_KINDS, SERVICE_SCOPES } from '@/domain/enums';
import { useBankOptions } from '@/domain/useBankOptions';
import { createClient, otherServices } from './api';

interface ClientForm {
  name: string;
  kind: ClientKind;
  bank_id?: string;
  service_name?: ServiceScope;
  scopes?: ServiceScope[];
}

interface ClientFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (created: ClientWithSecret) => void;
}

function toClient(values: ClientForm): ClientCreate {
  return values.kind === 'bank'
    ? { name: values.name.trim(), kind: 'bank', bank_id: values.bank_id }
    : { name: values.name.trim(), kind: 'service', service_name: values.service_name, scopes: values.scopes ?? [] };
}

/** "新建接口客户端": a partner bank's system (the loan API only) or one of our services (the services it
 * calls). */
export function ClientFormModal({ open, onClose, onCreated }: ClientFormModalProps) {
  const { t } = useTranslation('accounts');
  const banks = useBankOptions(open);
  const [form] = Form.useForm<ClientForm>();
  const kind = Form.useWatch('kind', form);
  const service = Form.useWatch('service_name', form);
  const services = (own?: ServiceScope) =>
    otherServices(SERVICE_SCOPES, own).map((value) => ({ value, label: t(`clients.services.${value}`) }));

  return (
    <FormModal
      open={open}
      title={t('clients.create.title')}
      okText={t('clients.create.submit')}
      form={form}
      initialValues={{ kind: 'bank' }}
      testId="client-form"
      onSubmit={(values) => createClient(toClient(values))}
      onSuccess={onCreated}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('clients.create.name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('clients.create.nameRequired') }]}
      >
        <Input placeholder={t('clients.create.namePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('clients.create.kind')}>
        <Radio.Group
          optionType="button"
          options={CLIENT_KINDS.map((value) => ({ value, label: t(`clients.kind.${value}`) }))}
        />
      </Form.Item>
      {kind === 'service' ? (
        <>
          <Form.Item
            name="service_name"
            label={t('clients.create.service')}
            rules={[{ required: true, message: t('clients.create.serviceRequired') }]}
          >
            <Select
              options={SERVICE_SCOPES.map((value) => ({ value, label: t(`clients.services.${value}`) }))}
              aria-label={t('clients.create.service')}
              onChange={(own: ServiceScope) => form.setFieldValue('scopes', otherServices(SERVICE_SCOPES, own))}
            />
          </Form.Item>
          <Form.Item name="scopes" label={t('clients.create.scopes')} extra={t('clients.create.scopesHint')}>
            <Checkbox.Group options={services(service)} disabled={!service} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item
            name="bank_id"
            label={t('clients.create.bank')}
            rules={[{ required: true, message: t('clients.create.bankRequired') }]}
          >
            <Select options={banks.options} loading={banks.loading} aria-label={t('clients.create.bank')} />
          </Form.Item>
          <Typography.Text type="secondary">{t('clients.create.bankScope')}</Typography.Text>
        </>
      )}
    </FormModal>
  );
}
