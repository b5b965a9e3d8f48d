import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { homePath } from '@/auth/access';
import { currentUserQuery, forcedPasswordChange } from '@/auth/api';
import { forgetHandover, handedOver } from '@/auth/handover';
import { authProblem } from '@/auth/problems';
import { useToken } from '@/auth/useSession';
import { AuthErrorAlert } from './AuthErrorAlert';
import { AuthLayout } from './AuthLayout';
import { returnPath } from './LoginPage';
import { NewPasswordFields } from './PasswordFields';

interface ForcedChange {
  username: string;
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** "设置新密码": an account staff created or reset proves its temporary password, chooses its own and is
 * logged in. Reached from the login page (which hands over what was typed) or directly. */
export function ForcedChangePage() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const token = useToken();
  const [form] = Form.useForm<ForcedChange>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [given] = useState(handedOver);
  const back = returnPath(location.state);

  if (token && !submitting) return <Navigate to={back ?? '/'} replace />;

  async function submit(values: ForcedChange) {
    setSubmitting(true);
    setError(null);
    try {
      await forcedPasswordChange(values.username.trim(), values.currentPassword, values.newPassword);
      forgetHandover();
      const user = await queryClient.fetchQuery(currentUserQuery);
      // Still submitting until the page asked for takes over (see LoginPage).
      void navigate(back ?? homePath(user.role), { replace: true });
    } catch (failure) {
      setSubmitting(false);
      setError(failure);
    }
  }

  const notPending = error !== null && authProblem(error).kind === 'conflict';
  return (
    <AuthLayout
      title={t('forced.title')}
      intro={t('forced.intro')}
      footer={<Link to="/login">{t('backToLogin')}</Link>}
    >
      {notPending ? (
        <Alert
          type="info"
          showIcon
          message={t('forced.notPending')}
          action={<Link to="/login">{t('submit')}</Link>}
          className="login-alert"
          data-testid="auth-error"
        />
      ) : (
        error !== null && (
          <AuthErrorAlert
            error={error}
            title={t('forced.failed')}
            messages={{ badCredentials: t('forced.badCredentials') }}
          />
        )
      )}
      <Form<ForcedChange>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        size="large"
        initialValues={{ username: given?.username, currentPassword: given?.password }}
        data-testid="forced-change-form"
      >
        <Form.Item
          name="username"
          label={t('username')}
          rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={!given} />
        </Form.Item>
        <Form.Item
          name="currentPassword"
          label={t('forced.currentPassword')}
          rules={[{ required: true, message: t('forced.currentRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields currentField="currentPassword" autoFocus={!!given} />
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('forced.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
