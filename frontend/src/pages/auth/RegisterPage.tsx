import { MobileOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Radio, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { RegistrationStart } from '@/api/models';
import { formatError } from '@/api/problem';
import { homePath } from '@/auth/access';
import { confirmRegistration, currentUserQuery, startRegistration } from '@/auth/api';
import { authProblem } from '@/auth/problems';
import { useToken } from '@/auth/useSession';
import { SELF_REGISTERED_ROLES } from '@/domain/enums';
import { isMobileNumber, maskMobile } from '@/domain/identity';
import { AuthErrorAlert } from './AuthErrorAlert';
import { AuthLayout } from './AuthLayout';
import { NewPasswordFields } from './PasswordFields';

/** The gateway sends a number a new code at most once a minute. */
const RESEND_SECONDS = 60;

interface Started {
  id: string;
  expiresIn: number;
  details: RegistrationStart;
  sentAt: number;
}

interface Confirmation {
  code: string;
  newPassword: string;
  confirmPassword: string;
}

/** Seconds until a new code may be asked for, counting down once a second. */
function useCountdown(since: number | null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (since === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.ceil((since + RESEND_SECONDS * 1000 - now) / 1000));
}

function DetailsStep({ initial, onStarted }: { initial?: RegistrationStart; onStarted: (started: Started) => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const [form] = Form.useForm<RegistrationStart>();
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  async function submit(values: RegistrationStart) {
    setSending(true);
    setError(null);
    const details = { ...values, mobile: values.mobile.trim(), display_name: values.display_name.trim() };
    try {
      const answer = await startRegistration(details);
      onStarted({ id: answer.id, expiresIn: answer.expires_in, details, sentAt: Date.now() });
    } catch (failure) {
      setError(failure);
      form.setFields(
        Object.entries(formatError(failure).fields).map(([name, errors]) => ({
          name: name as keyof RegistrationStart,
          errors,
        })),
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      {error !== null && <AuthErrorAlert error={error} title={t('register.sendFailed')} throttled="busy" />}
      <Form<RegistrationStart>
        form={form}
        layout="vertical"
        requiredMark={false}
        size="large"
        initialValues={initial ?? { role: 'entrepreneur' }}
        onFinish={submit}
        data-testid="register-details"
      >
        <Form.Item
          name="mobile"
          label={t('register.mobile')}
          rules={[
            { required: true, message: t('register.mobileRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || isMobileNumber(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('register.mobileInvalid'))),
            },
          ]}
        >
          <Input prefix={<MobileOutlined />} inputMode="numeric" autoComplete="tel-national" maxLength={11} autoFocus />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('register.role')}
          rules={[{ required: true, message: t('register.roleRequired') }]}
        >
          <Radio.Group className="role-choice">
            {SELF_REGISTERED_ROLES.map((role) => (
              <Radio key={role} value={role} className="role-option">
                <Typography.Text strong>{t(`common:role.${role}`)}</Typography.Text>
                <Typography.Text type="secondary" className="role-option-text">
                  {t(`register.roles.${role}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="display_name"
          label={t('register.displayName')}
          rules={[{ required: true, whitespace: true, message: t('register.displayNameRequired') }, { max: 100 }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="name" maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={sending} data-testid="register-send">
          {t('register.sendCode')}
        </Button>
      </Form>
    </>
  );
}

function VerifyStep({
  started,
  onRestarted,
  onBack,
}: {
  started: Started;
  onRestarted: (started: Started) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation(['auth', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Confirmation>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [resending, setResending] = useState(false);
  const wait = useCountdown(started.sentAt);

  async function submit({ code, newPassword }: Confirmation) {
    setSubmitting(true);
    setError(null);
    try {
      await confirmRegistration(started.id, code.trim(), newPassword);
      const user = await queryClient.fetchQuery(currentUserQuery);
      void navigate(homePath(user.role), { replace: true });
    } catch (failure) {
      setError(failure);
      if (authProblem(failure).kind === 'invalidCode') form.setFieldValue('code', '');
    } finally {
      setSubmitting(false);
    }
  }

  async function resend() {
    setResending(true);
    setError(null);
    try {
      const answer = await startRegistration(started.details);
      onRestarted({ ...started, id: answer.id, expiresIn: answer.expires_in, sentAt: Date.now() });
      void message.success(t('register.resent'));
    } catch (failure) {
      setError(failure);
    } finally {
      setResending(false);
    }
  }

  return (
    <>
      <div className="register-sent" data-testid="register-sent">
        <Typography.Paragraph>
          {t('register.sent', {
            mobile: maskMobile(started.details.mobile),
            minutes: Math.max(1, Math.round(started.expiresIn / 60)),
          })}
        </Typography.Paragraph>
        {/* The answer does not say how the code travels; where no SMS provider is configured it is logged. */}
        <Typography.Text type="secondary" className="small-text">
          {t('register.devHint')}
        </Typography.Text>
      </div>
      {error !== null && (
        <AuthErrorAlert
          error={error}
          title={t('register.failed')}
          messages={{ invalidCode: t('register.invalidCode') }}
          throttled="busy"
          testId="register-error"
        />
      )}
      <Form<Confirmation>
        form={form}
        layout="vertical"
        requiredMark={false}
        size="large"
        onFinish={submit}
        data-testid="register-verify"
      >
        <Form.Item label={t('register.code')} required>
          <Flex gap={8} align="start">
            <Form.Item
              name="code"
              noStyle
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('register.codeRequired') }]}
              normalize={(value: string) => value.replace(/\D/g, '').slice(0, 6)}
            >
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                className="code-input"
                aria-label={t('register.code')}
                autoFocus
              />
            </Form.Item>
            <Button onClick={() => void resend()} disabled={wait > 0} loading={resending} className="resend-button">
              {wait > 0 ? t('register.resendIn', { seconds: wait }) : t('register.resend')}
            </Button>
          </Flex>
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="register-submit">
          {t('register.submit')}
        </Button>
        <Typography.Text type="secondary" className="small-text register-note">
          {t('register.loginWithMobile')}
        </Typography.Text>
      </Form>
      <Button type="link" block onClick={onBack}>
        {t('register.changeDetails')}
      </Button>
    </>
  );
}

/** Self-registration for young entrepreneurs, buyers and volunteers: their number, who they are and a name;
 * then the six-digit code sent to the number and a password. The account is made and logged in. */
export function RegisterPage() {
  const { t } = useTranslation(['auth', 'common']);
  const token = useToken();
  const [started, setStarted] = useState<Started | null>(null);
  const [details, setDetails] = useState<RegistrationStart | undefined>();

  if (token && !started) return <Navigate to="/" replace />;

  return (
    <AuthLayout
      title={t('register.title')}
      intro={t('register.intro')}
      footer={
        <Typography.Text type="secondary">
          {t('register.haveAccount')} <Link to="/login">{t('register.loginLink')}</Link>
        </Typography.Text>
      }
    >
      <Steps
        size="small"
        direction="horizontal"
        responsive={false}
        current={started ? 1 : 0}
        className="register-steps"
        items={[{ title: t('register.steps.details') }, { title: t('register.steps.verify') }]}
      />
      {started ? (
        <VerifyStep
          started={started}
          onRestarted={setStarted}
          onBack={() => {
            setDetails(started.details);
            setStarted(null);
          }}
        />
      ) : (
        <DetailsStep initial={details} onStarted={setStarted} />
      )}
    </AuthLayout>
  );
}
