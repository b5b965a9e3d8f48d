import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { myKey, withdraw } from './api';
import { STATUS_COLOR } from './reading';
import { RefusalAlert } from './RefusalAlert';
import type { Application } from './types';

/** One of the student's applications: its status in Chinese, when it was decided, and withdrawing it. */
export function ApplicationCard({ application }: { application: Application }) {
  const { t } = useTranslation('volunteers');
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => withdraw(application.id),
    onSuccess: () => void message.success(t('my.application.withdrawn')),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: myKey }),
  });
  const confirm = () =>
    modal.confirm({
      title: t('my.application.withdrawConfirm'),
      content: `${application.activity_name} · ${t('my.application.withdrawHint')}`,
      okText: t('my.application.withdrawOk'),
      okButtonProps: { danger: true, size: 'large', 'data-testid': 'withdraw-confirm' } as never,
      cancelText: t('my.application.keep'),
      cancelButtonProps: { size: 'large' },
      onOk: () => cancel.mutateAsync().catch(() => undefined),
    });

  return (
    <Card className="enrolment-card" data-testid="my-application">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong>{application.activity_name}</Typography.Text>
          <Tag color={STATUS_COLOR[application.status]} className="enrolment-status" data-testid="application-status">
            {t(`my.status.${application.status}`)}
          </Tag>
        </Flex>
        <Typography.Text type="secondary" className="small-text">
          {t('my.application.appliedOn', { at: formatDateTime(application.created_at) })}
        </Typography.Text>
        {application.decided_at && (
          <Typography.Text type="secondary" className="small-text">
            {t('my.application.decidedOn', { at: formatDateTime(application.decided_at) })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" className="small-text">
          {t('my.activity.period', { from: application.starts_on, to: application.ends_on })}
        </Typography.Text>
        {application.status === 'accepted' && (
          <Link to="/volunteers/my/team" className="touch-link" data-testid="to-team">
            {t('my.application.team')}
          </Link>
        )}
        {cancel.isError && <RefusalAlert error={cancel.error} title={t('my.application.withdrawFailed')} />}
        {application.actions.includes('withdraw') && (
          <Button size="large" danger loading={cancel.isPending} onClick={confirm} data-testid="withdraw">
            {t('my.application.withdraw')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
