import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkIn, checkOut, myKey } from './api';
import { RefusalAlert } from './RefusalAlert';
import type { TeamDetail } from './types';

interface CheckValues {
  team_id: string;
  code: string;
}

/** 签到 / 签退 by typing the code shown on the leader's phone (scanning it opens /volunteers/my/check-in). */
export function CheckInForm({ teams }: { teams: TeamDetail[] }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CheckValues>();
  const attempt = useMutation({
    mutationFn: ({ action, values }: { action: 'in' | 'out'; values: CheckValues }) =>
      (action === 'in' ? checkIn : checkOut)(values.team_id, values.code.trim()),
    onSuccess: (_, { action }) => {
      void message.success(action === 'in' ? t('my.hours.checkedIn') : t('my.hours.checkedOut'));
      form.setFieldValue('code', '');
      void queryClient.invalidateQueries({ queryKey: myKey });
    },
  });
  const submit = (action: 'in' | 'out') =>
    void form
      .validateFields()
      .then((values) => attempt.mutate({ action, values }))
      .catch(() => undefined);

  return (
    <Card title={t('my.hours.checkTitle')} data-testid="check-in-form">
      <Typography.Paragraph type="secondary">{t('my.hours.checkHint')}</Typography.Paragraph>
      {teams.length === 0 ? (
        <Alert type="info" showIcon message={t('my.hours.noTeam')} />
      ) : (
        <Form<CheckValues>
          form={form}
          layout="vertical"
          className="phone-form"
          initialValues={{ team_id: teams[0]?.id }}
        >
          {attempt.isError && (
            <div className="form-alert">
              <RefusalAlert error={attempt.error} title={t('my.hours.checkFailed')} />
            </div>
          )}
          {teams.length > 1 && (
            <Form.Item
              name="team_id"
              label={t('my.hours.team')}
              rules={[{ required: true, message: t('my.hours.teamRequired') }]}
            >
              <Select size="large" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
            </Form.Item>
          )}
          {teams.length === 1 && (
            <Form.Item name="team_id" hidden>
              <Input />
            </Form.Item>
          )}
          <Form.Item
            name="code"
            label={t('my.hours.code')}
            rules={[{ required: true, whitespace: true, message: t('my.hours.codeRequired') }]}
          >
            <Input size="large" className="mono" maxLength={20} autoComplete="off" autoCapitalize="characters" />
          </Form.Item>
          <Flex gap={8} className="enrolment-actions">
            <Button
              type="primary"
              size="large"
              icon={<LoginOutlined />}
              loading={attempt.isPending && attempt.variables.action === 'in'}
              onClick={() => submit('in')}
              data-testid="check-in"
            >
              {t('my.hours.checkIn')}
            </Button>
            <Button
              size="large"
              icon={<LogoutOutlined />}
              loading={attempt.isPending && attempt.variables.action === 'out'}
              onClick={() => submit('out')}
              data-testid="check-out"
            >
              {t('my.hours.checkOut')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
