import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { formatError } from '@/api/problem';
import { lastSessionEnd } from '@/api/session';
import { homePath } from '@/auth/access';
import { currentUserQuery, logIn } from '@/auth/api';
import { handOver } from '@/auth/handover';
import { authProblem } from '@/auth/problems';
import { useToken } from '@/auth/useSession';
import { AuthErrorAlert } from './AuthErrorAlert';
import { AuthLayout } from './AuthLayout';

interface Credentials {
  username: string;
  password: string;
}

/** Where to go after logging in: the page the user asked for before, if it was not a public one. */
export function returnPath(state: unknown): string | null {
  const from = (state as { from?: Location } | null)?.from;
  return from && !['/login', '/register', '/password/change'].includes(from.pathname)
    ? `${from.pathname}${from.search}`
    : null;
}

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const token = useToken();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const back = returnPath(location.state);
  const username = useRef<InputRef>(null);

  // The first field takes the focus once the page is painted (autoFocus focused it while React committed the
  // page, and the browser laid the page out inside that task, already the longest of the start on a phone).
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => username.current?.focus());
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  if (token && !submitting) return <Navigate to={back ?? '/'} replace />;

  async function submit({ username, password }: Credentials) {
    setSubmitting(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
      const user = await queryClient.fetchQuery(currentUserQuery);
      // Still submitting until the page asked for takes over: were the login page to render signed in
      // meanwhile, its redirect to "/" would overtake this navigation (and a role without the dashboard
      // would pass through it to its home page).
      void navigate(back ?? homePath(user.role), { replace: true });
    } catch (failure) {
      setSubmitting(false);
      if (authProblem(failure).kind === 'passwordChangeRequired') {
        // The password was right; staff made it, so the user chooses their own before any token is issued.
        handOver(username.trim(), password);
        void navigate('/password/change', { state: location.state });
        return;
      }
      setError(failure);
      form.setFields(
        Object.entries(formatError(failure).fields).map(([name, errors]) => ({
          name: name as keyof Credentials,
          errors,
        })),
      );
    }
  }

  const ended = lastSessionEnd();
  return (
    <AuthLayout
      title={t('common:app.fullName')}
      intro={t('intro')}
      footer={
        <Typography.Text type="secondary">
          {t('noAccount')} <Link to="/register">{t('registerLink')}</Link>
        </Typography.Text>
      }
    >
      {ended === 'expired' && !error && (
        <Alert type="warning" showIcon message={t('common:error.sessionExpired')} className="login-alert" />
      )}
      {ended === 'logout' && !error && <Alert type="info" showIcon message={t('loggedOut')} className="login-alert" />}
      {error !== null && (
        <AuthErrorAlert
          error={error}
          title={t('failed')}
          messages={{ badCredentials: t('badCredentials') }}
          testId="login-error"
        />
      )}
      <Form<Credentials> form={form} layout="vertical" requiredMark={false} onFinish={submit} size="large">
        <Form.Item name="username" label={t('login')} rules={[{ required: true, message: t('loginRequired') }]}>
          <Input ref={username} prefix={<UserOutlined />} autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
