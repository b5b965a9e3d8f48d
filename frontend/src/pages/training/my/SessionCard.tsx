import { EnvironmentOutlined, CalendarOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { countyName } from '@/domain/counties';
import { formatDateTime, formatTimeRange } from '@/lib/format';
import { enrol, myEnrolmentsKey, nearbyKey } from './api';
import { RefusalAlert } from './RefusalAlert';
import { seatsReading } from './reading';
import { EnrolmentStatusTag } from './StatusTag';
import type { MyEnrolment, TrainingSessionRead } from './types';

interface SessionCardProps {
  session: TrainingSessionRead;
  /** The trainee's live enrolment on this session, if they have one. */
  enrolment?: MyEnrolment;
  /** False until the trainee has saved their record: 报名 then leads to the profile form. */
  hasProfile: boolean;
}

function When({ session }: { session: TrainingSessionRead }) {
  const dates = session.dates.length > 0 ? session.dates : [session];
  return (
    <Flex gap={8} align="flex-start">
      <CalendarOutlined className="session-card-icon" />
      <Flex vertical>
        {dates.map((date) => (
          <Typography.Text key={date.starts_at}>{formatTimeRange(date.starts_at, date.ends_at)}</Typography.Text>
        ))}
      </Flex>
    </Flex>
  );
}

/** One session near the trainee: when, where, seats, for whom, and 报名 with the service's answer. */
export function SessionCard({ session, enrolment, hasProfile }: SessionCardProps) {
  const { t, i18n } = useTranslation('training');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const enrolling = useMutation({
    mutationFn: () => enrol(session.id),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: nearbyKey });
      void queryClient.invalidateQueries({ queryKey: myEnrolmentsKey });
    },
  });
  const seats = seatsReading(session);
  const place = [
    countyName(session.county_code, i18n.language, session.county_name),
    session.town,
    session.venue,
  ].filter(Boolean);
  const groups = session.target_groups.filter((group) => group !== 'all');
  const answer = enrolling.data;
  const live = enrolment && ['booked', 'waitlisted'].includes(enrolment.status) ? enrolment : undefined;

  return (
    <Card className="session-card" data-testid="nearby-session">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Title level={5} className="session-card-title">
            {session.title}
          </Typography.Title>
          <Tag color={session.mode === 'online' ? 'geekblue' : 'volcano'}>{t(`my.mode.${session.mode}`)}</Tag>
        </Flex>
        <Typography.Text type="secondary" className="small-text">
          {session.programme_name}
        </Typography.Text>
        <When session={session} />
        <Flex gap={8} align="flex-start">
          <EnvironmentOutlined className="session-card-icon" />
          <Typography.Text>{place.join(' · ')}</Typography.Text>
        </Flex>
        {groups.length > 0 && (
          <Flex gap={8} align="flex-start">
            <TeamOutlined className="session-card-icon" />
            <Typography.Text>
              {t('my.nearby.targetGroups', { groups: groups.map((group) => t(`my.group.${group}`)).join('、') })}
            </Typography.Text>
          </Flex>
        )}
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong className={seats.key === 'full' ? 'seats-full' : 'seats-left'} data-testid="seats">
            {t(`my.nearby.${seats.key}`, { count: seats.count })}
          </Typography.Text>
          {live && !answer && <EnrolmentStatusTag status={live.status} position={live.waitlist_position} />}
        </Flex>
        {answer ? (
          <Alert
            type={answer.status === 'booked' ? 'success' : 'warning'}
            showIcon
            message={<EnrolmentStatusTag status={answer.status} position={answer.waitlist_position} />}
            description={
              <Flex vertical gap={4}>
                <span>
                  {answer.status === 'booked'
                    ? t('my.nearby.bookedAnswer')
                    : t('my.nearby.waitlistedAnswer', { position: answer.waitlist_position ?? '' })}
                </span>
                <Link to="/training/my/enrolments">{t('my.nearby.myEnrolments')}</Link>
              </Flex>
            }
            data-testid="enrol-answer"
          />
        ) : (
          !live && (
            <>
              {enrolling.isError && <RefusalAlert error={enrolling.error} title={t('my.nearby.enrolFailed')} />}
              {session.enrolment_open ? (
                <Button
                  type="primary"
                  size="large"
                  block
                  loading={enrolling.isPending}
                  onClick={() => (hasProfile ? enrolling.mutate() : void navigate('/training/my/profile'))}
                  data-testid="enrol"
                >
                  {seats.key === 'full' ? t('my.nearby.enrolWaitlist') : t('my.nearby.enrol')}
                </Button>
              ) : (
                <Typography.Text type="secondary" className="small-text">
                  {new Date(session.enrolment_opens_at).getTime() > Date.now()
                    ? t('my.nearby.opensAt', { at: formatDateTime(session.enrolment_opens_at) })
                    : t('my.nearby.closed')}
                </Typography.Text>
              )}
            </>
          )
        )}
      </Flex>
    </Card>
  );
}
