import { DesktopOutlined, LockOutlined, MobileOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Popconfirm,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser, LoginSession } from '@/api/models';
import { formatError } from '@/api/problem';
import {
  changePassword,
  currentUserQuery,
  endOtherSession,
  fetchSessions,
  sessionsKey,
  updateDisplayName,
} from '@/auth/api';
import { useCurrentUser } from '@/auth/CurrentUser';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { useBankOptions } from '@/domain/useBankOptions';
import { formatDateTime } from '@/lib/format';
import { AuthErrorAlert } from '@/pages/auth/AuthErrorAlert';
import { NewPasswordFields } from '@/pages/auth/PasswordFields';
import { describeDevice } from './device';

function ProfileCard({ user }: { user: CurrentUser }) {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ displayName: string }>();
  // Only a bank officer has a bank, and may read the list of banks.
  const banks = useBankOptions(user.bank_id !== null);
  const phone = !Grid.useBreakpoint().md;
  const save = useMutation({
    mutationFn: (name: string) => updateDisplayName(name),
    onSuccess: (me) => {
      queryClient.setQueryData(currentUserQuery.queryKey, me);
      void message.success(t('settings.profile.saved'));
    },
  });

  const items = [
    { key: 'username', label: t('username'), children: <span className="mono">{user.username}</span> },
    { key: 'role', label: t('settings.profile.role'), children: t(`common:role.${user.role}`) },
    ...(user.county_code
      ? [{ key: 'county', label: t('settings.profile.county'), children: countyName(user.county_code, i18n.language) }]
      : []),
    ...(user.bank_id
      ? [{ key: 'bank', label: t('settings.profile.bank'), children: banks.nameOf(user.bank_id) ?? '—' }]
      : []),
    ...(user.mobile_masked
      ? [{ key: 'mobile', label: t('settings.profile.mobile'), children: user.mobile_masked }]
      : []),
    { key: 'lastLogin', label: t('settings.profile.lastLogin'), children: formatDateTime(user.last_login_at) || '—' },
    {
      key: 'passwordChanged',
      label: t('settings.profile.passwordChanged'),
      children: formatDateTime(user.password_changed_at) || '—',
    },
  ];

  return (
    <Card title={t('settings.profile.title')} className="detail-card" data-testid="settings-profile">
      <Descriptions column={phone ? 1 : 2} size="small" items={items} />
      <Form
        form={form}
        layout="vertical"
        className="display-name-form"
        initialValues={{ displayName: user.display_name }}
        onFinish={({ displayName }) => save.mutate(displayName.trim())}
      >
        <Form.Item label={t('settings.profile.displayName')} required>
          <Flex gap={8}>
            <Form.Item
              name="displayName"
              noStyle
              rules={[{ required: true, whitespace: true, message: t('settings.profile.displayNameRequired') }]}
            >
              <Input maxLength={100} aria-label={t('settings.profile.displayName')} />
            </Form.Item>
            <Button htmlType="submit" loading={save.isPending}>
              {t('settings.profile.save')}
            </Button>
          </Flex>
        </Form.Item>
        {save.error && <ErrorAlert error={save.error} />}
      </Form>
    </Card>
  );
}

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function PasswordCard() {
  const { t } = useTranslation('auth');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PasswordChange>();
  const [error, setError] = useState<unknown>(null);
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordChange) => changePassword(currentPassword, newPassword),
    onMutate: () => setError(null),
    onSuccess: () => {
      form.resetFields();
      void message.success(t('settings.password.done'));
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
      void queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey });
    },
    onError: setError,
  });

  return (
    <Card title={t('settings.password.title')} data-testid="settings-password">
      {error !== null && (
        <AuthErrorAlert
          error={error}
          title={t('settings.password.failed')}
          messages={{ badCredentials: t('settings.password.badCurrent'), conflict: t('newPassword.sameAsCurrent') }}
        />
      )}
      <Form<PasswordChange>
        form={form}
        layout="vertical"
        requiredMark={false}
        className="password-form"
        onFinish={(values) => change.mutate(values)}
      >
        <Form.Item
          name="currentPassword"
          label={t('settings.password.current')}
          rules={[{ required: true, message: t('settings.password.currentRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields currentField="currentPassword" />
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('settings.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function SessionItem({ session }: { session: LoginSession }) {
  const { t } = useTranslation('auth');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: () => endOtherSession(session.id),
    onSuccess: () => {
      void message.success(t('settings.sessions.ended'));
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (error) => {
      const { title, detail } = formatError(error);
      void message.error(detail ?? title);
    },
  });
  const device = describeDevice(session.user_agent);
  const phone = device && ['iOS', 'Android', 'HarmonyOS'].includes(device.os);
  return (
    <List.Item
      className="session-item"
      actions={
        session.current
          ? []
          : [
              <Popconfirm
                key="end"
                title={t('settings.sessions.endConfirm')}
                onConfirm={() => end.mutateAsync().catch(() => undefined)}
              >
                <Button size="small" danger loading={end.isPending}>
                  {t('settings.sessions.end')}
                </Button>
              </Popconfirm>,
            ]
      }
      data-testid="session-item"
    >
      <List.Item.Meta
        avatar={phone ? <MobileOutlined className="session-icon" /> : <DesktopOutlined className="session-icon" />}
        title={
          <Flex gap={8} align="center" wrap>
            <span>
              {device
                ? t('settings.sessions.on', { browser: device.browser, os: device.os })
                : t('settings.sessions.unknownDevice')}
            </span>
            {session.current && (
              <Tag color="green" bordered={false}>
                {t('settings.sessions.current')}
              </Tag>
            )}
          </Flex>
        }
        description={
          <Flex vertical gap={2} className="small-text">
            <span>{t('settings.sessions.signedIn', { time: formatDateTime(session.created_at) })}</span>
            <span>{t('settings.sessions.lastUsed', { time: formatDateTime(session.last_used_at) })}</span>
            {session.client_address && (
              <span>{t('settings.sessions.address', { address: session.client_address })}</span>
            )}
          </Flex>
        }
      />
    </List.Item>
  );
}

function SessionsCard() {
  const { t } = useTranslation('auth');
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: ({ signal }) => fetchSessions(signal) });
  return (
    <Card title={t('settings.sessions.title')} data-testid="settings-sessions">
      <Typography.Paragraph type="secondary">{t('settings.sessions.description')}</Typography.Paragraph>
      {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {sessions.isPending ? (
        <Skeleton active />
      ) : (
        <List
          // This device first, then the others by last use (as the gateway lists them).
          dataSource={[...(sessions.data ?? [])].sort((a, b) => Number(b.current) - Number(a.current))}
          pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small', showSizeChanger: false }}
          rowKey={(session) => session.id}
          locale={{ emptyText: t('settings.sessions.empty') }}
          renderItem={(session) => <SessionItem session={session} />}
        />
      )}
    </Card>
  );
}

/** "个人设置": the user's own account, display name, password and signed-in devices. */
export function SettingsPage() {
  const { t } = useTranslation('auth');
  const user = useCurrentUser();
  return (
    <div className="settings-page">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Flex vertical gap={16}>
        <ProfileCard user={user} />
        <PasswordCard />
        <SessionsCard />
      </Flex>
    </div>
  );
}
