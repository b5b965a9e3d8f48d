import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { ApiError, formatError, type FormattedError } from '@/api/problem';
import { lastSessionEnd } from '@/api/session';
import { homePath } from '@/auth/access';
import { currentUserQuery, logIn } from '@/auth/api';
import { useToken } from '@/auth/useSession';
import { LanguageSwitch } from '@/components/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const token = useToken();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<FormattedError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: Location } | null)?.from;
  const back = from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : null;

  if (token && !submitting) return <Navigate to={back ?? '/'} replace />;

  async function submit({ username, password }: Credentials) {
    setSubmitting(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
      const user = await queryClient.fetchQuery(currentUserQuery);
      void navigate(back ?? homePath(user.role), { replace: true });
    } catch (failure) {
      const formatted = formatError(failure);
      // The one thing a 401 can mean here; said in the UI language rather than the server's.
      const badCredentials = failure instanceof ApiError && failure.status === 401;
      setError(badCredentials ? { ...formatted, detail: t('badCredentials') } : formatted);
      form.setFields(
        Object.entries(formatted.fields).map(([name, errors]) => ({ name: name as keyof Credentials, errors })),
      );
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Flex className="login-page" vertical align="center" justify="center">
      <div className="login-language">
        <LanguageSwitch size="small" />
      </div>
      <Card className="login-card">
        <Flex vertical align="center" gap={4} className="login-heading">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={3}>{t('common:app.fullName')}</Typography.Title>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
        </Flex>
        {lastSessionEnd() === 'expired' && !error && (
          <Alert type="warning" showIcon message={t('common:error.sessionExpired')} className="login-alert" />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            message={t('failed')}
            description={error.detail ?? error.title}
            className="login-alert"
            data-testid="login-error"
          />
        )}
        <Form<Credentials> form={form} layout="vertical" requiredMark={false} onFinish={submit} size="large">
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" className="login-footer">
        {t('common:app.organisation')}
      </Typography.Text>
    </Flex>
  );
}
