import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { approveHours, fetchTeamPendingHours, myKey, rejectHours } from './api';
import { refusalText } from './RefusalAlert';
import type { HoursEntry } from './types';

function PendingEntry({ entry, own, onDone }: { entry: HoursEntry; own: boolean; onDone: () => void }) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) => (approve ? approveHours(entry.id) : rejectHours(entry.id, reason.trim())),
    onSuccess: (_, approve) => void message.success(approve ? t('my.teamHours.approved') : t('my.teamHours.rejected')),
    onError: (error) => void message.error(refusalText(error, t as (key: string) => string)),
    onSettled: onDone,
  });

  return (
    <List.Item data-testid="team-pending-hours">
      <Flex vertical gap={6} className="full-width">
        <Flex justify="space-between" gap={8}>
          <Typography.Text strong>{entry.volunteer_name}</Typography.Text>
          <Typography.Text strong>{t('my.hours.minutes', { count: entry.minutes })}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" className="small-text">
          {t('my.hours.at', { from: formatDateTime(entry.check_in_at), to: formatDateTime(entry.check_out_at) })}
        </Typography.Text>
        {own ? (
          <Typography.Text type="secondary" className="small-text">
            {t('my.teamHours.own')}
          </Typography.Text>
        ) : (
          <Flex gap={8} className="enrolment-actions">
            <Button
              type="primary"
              size="large"
              icon={<CheckOutlined />}
              loading={decide.isPending && decide.variables}
              onClick={() => decide.mutate(true)}
            >
              {t('my.teamHours.approve')}
            </Button>
            <Popconfirm
              title={t('my.teamHours.rejectTitle')}
              description={
                <Input.TextArea
                  rows={2}
                  maxLength={300}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  aria-label={t('my.teamHours.reason')}
                  placeholder={t('my.teamHours.reason')}
                />
              }
              okText={t('my.teamHours.reject')}
              okButtonProps={{ danger: true, disabled: reason.trim().length < 2 }}
              cancelText={t('my.team.planCancel')}
              onConfirm={() => decide.mutateAsync(false).catch(() => undefined)}
            >
              <Button size="large" danger icon={<CloseOutlined />} loading={decide.isPending && !decide.variables}>
                {t('my.teamHours.reject')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}

/** 待审核时长, for the leader: the members' check-outs waiting for approval (their own go to staff). */
export function TeamHoursCard({ teamId, profileId }: { teamId: string; profileId: string | undefined }) {
  const { t } = useTranslation('volunteers');
  const queryClient = useQueryClient();
  const pending = useQuery({
    queryKey: [...myKey, 'team-hours', teamId],
    queryFn: ({ signal }) => fetchTeamPendingHours(teamId, signal),
  });
  const items = pending.data?.items ?? [];
  const refresh = () => void queryClient.invalidateQueries({ queryKey: myKey });

  return (
    <Card size="small" title={t('my.teamHours.title', { count: items.length })} data-testid="team-hours-card">
      {pending.isError && <ErrorAlert error={pending.error} onRetry={() => void pending.refetch()} />}
      {pending.isSuccess && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.teamHours.empty')} />
      )}
      {items.length > 0 && (
        <List
          dataSource={items}
          renderItem={(entry) => (
            <PendingEntry key={entry.id} entry={entry} own={entry.profile_id === profileId} onDone={refresh} />
          )}
        />
      )}
    </Card>
  );
}
