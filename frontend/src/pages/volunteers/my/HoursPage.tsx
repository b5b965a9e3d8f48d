import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Flex, List, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { formatDateTime } from '@/lib/format';
import { downloadHoursCertificate, fetchMyHours, fetchMyTeams, hoursKey, teamsKey } from './api';
import { CheckInForm } from './CheckInForm';
import { QueueBar } from './QueueBar';
import { HOURS_STATUS_COLOR, splitMinutes } from './reading';
import { RefusalAlert } from './RefusalAlert';
import type { HoursEntry } from './types';

function EntryItem({ entry }: { entry: HoursEntry }) {
  const { t } = useTranslation('volunteers');
  const when =
    entry.check_in_at && entry.check_out_at
      ? t('my.hours.at', { from: formatDateTime(entry.check_in_at), to: formatDateTime(entry.check_out_at) })
      : entry.check_in_at
        ? t('my.hours.inProgress', { from: formatDateTime(entry.check_in_at) })
        : formatDateTime(entry.created_at);
  return (
    <List.Item data-testid="hours-entry">
      <Flex vertical gap={2} className="full-width">
        <Flex justify="space-between" gap={8}>
          <Typography.Text strong>{entry.team_name}</Typography.Text>
          <Typography.Text strong>{t('my.hours.minutes', { count: entry.minutes })}</Typography.Text>
        </Flex>
        <Flex gap={4} wrap>
          <Tag>{t(`my.hours.kind.${entry.kind}`)}</Tag>
          <Tag color={HOURS_STATUS_COLOR[entry.status]}>{t(`my.hours.entryStatus.${entry.status}`)}</Tag>
        </Flex>
        <Typography.Text type="secondary" className="small-text">
          {when}
        </Typography.Text>
        {entry.reason && (
          <Typography.Text type="secondary" className="small-text">
            {entry.reason}
          </Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
}

/** 志愿时长: check in and out, my approved and pending hours, every entry, and the certificate. */
export function HoursPage() {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const hours = useQuery({ queryKey: hoursKey, queryFn: ({ signal }) => fetchMyHours(signal) });
  const teams = useQuery({ queryKey: teamsKey, queryFn: ({ signal }) => fetchMyTeams(signal) });
  const download = useMutation({
    mutationFn: downloadHoursCertificate,
    onSuccess: () => void message.success(t('my.hours.downloaded')),
  });
  const value = (minutes: number) => t('my.hours.value', splitMinutes(minutes));
  const approved = hours.data?.approved_minutes ?? 0;

  return (
    <div className="phone-page" data-testid="my-hours">
      <PageHeader title={t('my.hours.title')} description={t('my.hours.description')} />
      <Flex vertical gap={12}>
        <QueueBar />
        {hours.isError && <ErrorAlert error={hours.error} onRetry={() => void hours.refetch()} />}
        <Row gutter={12}>
          <Col span={12}>
            <Card loading={hours.isPending}>
              <Statistic title={t('my.hours.approved')} value={value(approved)} data-testid="hours-approved" />
            </Card>
          </Col>
          <Col span={12}>
            <Card loading={hours.isPending}>
              <Statistic
                title={t('my.hours.pending')}
                value={value(hours.data?.pending_minutes ?? 0)}
                data-testid="hours-pending"
              />
            </Card>
          </Col>
        </Row>
        {teams.isError && <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />}
        {teams.isSuccess && <CheckInForm teams={teams.data} />}
        <Card title={t('my.hours.certificate')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('my.hours.certificateHint')}</Typography.Text>
            {download.isError && <RefusalAlert error={download.error} title={t('my.hours.downloadFailed')} />}
            <Button
              type="primary"
              size="large"
              icon={<DownloadOutlined />}
              disabled={approved <= 0}
              loading={download.isPending}
              onClick={() => download.mutate()}
              data-testid="download-hours-certificate"
            >
              {approved > 0 ? t('my.hours.download') : t('my.hours.noApproved')}
            </Button>
          </Flex>
        </Card>
        <Card title={t('my.hours.entries')}>
          {hours.isPending && <Skeleton active />}
          {hours.isSuccess && hours.data.entries.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.hours.entriesEmpty')} />
          )}
          {hours.isSuccess && hours.data.entries.length > 0 && (
            <List dataSource={hours.data.entries} renderItem={(entry) => <EntryItem key={entry.id} entry={entry} />} />
          )}
        </Card>
      </Flex>
    </div>
  );
}
