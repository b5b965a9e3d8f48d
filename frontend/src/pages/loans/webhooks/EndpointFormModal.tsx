import { Alert, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { problemFieldErrors } from '@/components/form/fieldErrors';
import { FormModal } from '@/components/form/FormModal';
import { saveEndpoint, type EndpointIn, type EndpointWithSecret, type WebhookEndpoint } from './api';
import { registrationRefusal } from './failures';
import { useFailureWords } from './useFailureWords';

interface EndpointFormModalProps {
  open: boolean;
  /** The endpoint to change; null to register one. */
  endpoint: WebhookEndpoint | null;
  onClose: () => void;
  onSaved: (saved: WebhookEndpoint | EndpointWithSecret) => void;
}

/** "登记接收地址" / "修改地址": the URL (and, once registered, whether events go to it). A URL the service
 * refuses says which rule it breaks, in the reader's language. */
export function EndpointFormModal({ open, endpoint, onClose, onSaved }: EndpointFormModalProps) {
  const { t } = useTranslation('loans');
  const words = useFailureWords();
  const [form] = Form.useForm<EndpointIn>();

  function refusal(error: unknown) {
    const refused = registrationRefusal(formatError(error).detail);
    if (!refused) return <ErrorAlert error={error} />;
    const reason = words.rule(refused);
    return <Alert type="error" showIcon className="form-alert" message={t('webhooks.endpoint.refused', { reason })} />;
  }

  return (
    <FormModal
      open={open}
      title={endpoint ? t('webhooks.endpoint.changeTitle') : t('webhooks.endpoint.registerTitle')}
      okText={t('webhooks.endpoint.save')}
      form={form}
      initialValues={{ url: endpoint?.url ?? '', active: endpoint?.active ?? true }}
      onSubmit={(values) => saveEndpoint({ url: values.url.trim(), active: values.active })}
      onSuccess={onSaved}
      onClose={onClose}
      fieldErrors={(error) => problemFieldErrors(error, ['url', 'active'])}
      renderError={refusal}
      testId="endpoint-form"
    >
      <Form.Item
        name="url"
        label={t('webhooks.endpoint.urlLabel')}
        extra={t('webhooks.endpoint.urlHint')}
        rules={[{ required: true, whitespace: true, message: t('webhooks.endpoint.urlRequired') }]}
      >
        <Input
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={2000}
          placeholder={t('webhooks.endpoint.urlPlaceholder')}
        />
      </Form.Item>
      {endpoint && (
        <Form.Item
          name="active"
          label={t('webhooks.endpoint.activeLabel')}
          extra={t('webhooks.endpoint.activeHint')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}
