import { LockOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export const MIN_PASSWORD_LENGTH = 10;

interface NewPasswordFieldsProps {
  /** The form field holding the current password, which the new one must differ from. */
  currentField?: string;
  autoFocus?: boolean;
}

/** "新密码" and "确认新密码": at least 10 characters, the same twice, not the current one. The gateway
 * judges the strength (zxcvbn); its advice shows in PasswordAdvice. */
export function NewPasswordFields({ currentField, autoFocus = false }: NewPasswordFieldsProps) {
  const { t } = useTranslation('auth');
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('newPassword.label')}
        extra={t('newPassword.hint')}
        dependencies={currentField ? [currentField] : []}
        rules={[
          { required: true, message: t('newPassword.required') },
          { min: MIN_PASSWORD_LENGTH, message: t('newPassword.length') },
          { max: 128 },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              currentField && value && value === getFieldValue(currentField)
                ? Promise.reject(new Error(t('newPassword.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" maxLength={128} autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('newPassword.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('newPassword.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('newPassword.mismatch'))),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" maxLength={128} />
      </Form.Item>
    </>
  );
}
