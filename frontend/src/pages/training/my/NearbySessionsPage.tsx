import { EditOutlined, UserOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { fetchMyEnrolments, fetchMyTrainee, fetchNearbySessions, myEnrolmentsKey, nearbyKey, traineeKey } from './api';
import { SessionCard } from './SessionCard';
import type { MyEnrolment, Trainee } from './types';

const PAGE = 10;

function TraineeSummary({ trainee }: { trainee: Trainee }) {
  const { t, i18n } = useTranslation('training');
  return (
    <Card
      size="small"
      className="detail-card"
      title={
        <Flex gap={8} align="center">
          <UserOutlined /> {t('my.nearby.profile')}
        </Flex>
      }
      extra={
        <Link to="/training/my/profile" className="touch-link">
          <EditOutlined /> {t('my.nearby.edit')}
        </Link>
      }
      data-testid="trainee-summary"
    >
      <Typography.Text strong>{trainee.name}</Typography.Text>
      <Typography.Text type="secondary" className="profile-line">
        {[countyName(trainee.county_code, i18n.language, trainee.county_name), trainee.town]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </Card>
  );
}

/** 附近的培训: sessions still to come, the trainee's county first, each with 报名. */
export function NearbySessionsPage() {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const [limit, setLimit] = useState(PAGE);
  const trainee = useQuery({ queryKey: traineeKey, queryFn: ({ signal }) => fetchMyTrainee(signal) });
  const county = trainee.data?.county_code;
  const sessions = useQuery({
    queryKey: [...nearbyKey, county ?? null, limit],
    queryFn: ({ signal }) => fetchNearbySessions(county, limit, signal),
    // The county orders the list: wait for the trainee's record (or its absence) first.
    enabled: !trainee.isPending,
    placeholderData: keepPreviousData,
  });
  // Which sessions the trainee is on already, to show their status instead of 报名.
  const enrolments = useQuery({
    queryKey: myEnrolmentsKey,
    queryFn: ({ signal }) => fetchMyEnrolments(signal),
    enabled: trainee.isSuccess && trainee.data !== null,
  });
  const mine = new Map<string, MyEnrolment>();
  for (const enrolment of enrolments.data?.items ?? []) {
    if (enrolment.status !== 'cancelled') mine.set(enrolment.session_id, enrolment);
  }
  const items = sessions.data?.items ?? [];

  return (
    <div className="phone-page" data-testid="nearby-sessions">
      <PageHeader title={t('my.nearby.title')} description={t('my.nearby.description')} />
      <Flex vertical gap={12}>
        {trainee.isError && <ErrorAlert error={trainee.error} onRetry={() => void trainee.refetch()} />}
        {trainee.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
        {trainee.isSuccess &&
          (trainee.data ? (
            <TraineeSummary trainee={trainee.data} />
          ) : (
            <Alert
              type="info"
              showIcon
              message={t('my.nearby.profileMissing')}
              description={t('my.nearby.profileMissingHint')}
              data-testid="profile-missing"
              action={
                <Button type="primary" onClick={() => void navigate('/training/my/profile')}>
                  {t('my.nearby.fillProfile')}
                </Button>
              }
            />
          ))}
        {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.isPending && !sessions.isError ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : items.length > 0 ? (
          <>
            {items.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                enrolment={mine.get(session.id)}
                hasProfile={trainee.data !== null && trainee.isSuccess}
              />
            ))}
            {sessions.data && sessions.data.total > items.length && (
              <Button
                block
                size="large"
                loading={sessions.isFetching}
                onClick={() => setLimit(limit + PAGE)}
                data-testid="more-sessions"
              >
                {t('my.nearby.more')}
              </Button>
            )}
          </>
        ) : (
          sessions.isSuccess && (
            <Card>
              <Empty description={t('my.nearby.empty')} />
            </Card>
          )
        )}
      </Flex>
    </div>
  );
}
