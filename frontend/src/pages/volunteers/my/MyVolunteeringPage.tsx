import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { ActivityCard } from './ActivityCard';
import { ApplicationCard } from './ApplicationCard';
import {
  applicationsKey,
  fetchMyApplications,
  fetchMyProfile,
  fetchOpenActivities,
  openActivitiesKey,
  profileKey,
} from './api';
import { NoticesCard } from './NoticesCard';
import { ProfileCard } from './ProfileCard';
import { applicationFor, todayInBeijing } from './reading';
import { QueueBar } from './QueueBar';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section data-testid={testId}>
      <Typography.Title level={4} className="phone-section-title">
        {title}
      </Typography.Title>
      <Flex vertical gap={12}>
        {children}
      </Flex>
    </section>
  );
}

const Loading = () => (
  <Card>
    <Skeleton active />
  </Card>
);

/** 我的志愿: the profile, my applications and their decisions, my notices, and the activities recruiting now. */
export function MyVolunteeringPage() {
  const { t } = useTranslation('volunteers');
  const today = todayInBeijing();
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => fetchMyProfile(signal) });
  const applications = useQuery({ queryKey: applicationsKey, queryFn: ({ signal }) => fetchMyApplications(signal) });
  const open = useQuery({
    queryKey: [...openActivitiesKey, today],
    queryFn: ({ signal }) => fetchOpenActivities(today, signal),
  });
  const mine = applications.data ?? [];
  const activities = open.data?.items ?? [];

  return (
    <div className="phone-page" data-testid="my-volunteering">
      <PageHeader title={t('my.home.title')} description={t('my.home.description')} />
      <Flex vertical gap={20}>
        <QueueBar />
        <ProfileCard profile={profile.data} error={profile.error} onRetry={() => void profile.refetch()} />
        <Section title={t('my.home.applications')} testId="my-applications">
          {applications.isError && (
            <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />
          )}
          {applications.isPending && <Loading />}
          {applications.isSuccess && mine.length === 0 && (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.home.applicationsEmpty')} />
            </Card>
          )}
          {mine.map((application) => (
            <ApplicationCard key={application.id} application={application} />
          ))}
        </Section>
        <NoticesCard />
        <Section title={t('my.home.open')} testId="open-activities">
          {open.isError && <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />}
          {open.isPending && <Loading />}
          {open.isSuccess && activities.length === 0 && (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.home.openEmpty')} />
            </Card>
          )}
          {activities.map((activity) => (
            <ActivityCard
              key={activity.id}
              activity={activity}
              application={applicationFor(mine, activity.id)}
              hasProfile={Boolean(profile.data)}
            />
          ))}
        </Section>
      </Flex>
    </div>
  );
}
