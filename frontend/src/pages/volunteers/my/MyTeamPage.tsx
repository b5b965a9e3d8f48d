import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { campsKey, fetchMyCamps, fetchMyProfile, fetchMyTeams, profileKey, teamsKey } from './api';
import { QueueBar } from './QueueBar';
import { TeamCard } from './TeamCard';

/** 我的服务队: each team I belong to, with its camps and their children. */
export function MyTeamPage() {
  const { t } = useTranslation('volunteers');
  const navigate = useNavigate();
  const teams = useQuery({ queryKey: teamsKey, queryFn: ({ signal }) => fetchMyTeams(signal) });
  const profile = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => fetchMyProfile(signal) });
  // One call for every camp's children count and completion (a weak signal pays for each request).
  const camps = useQuery({ queryKey: campsKey, queryFn: ({ signal }) => fetchMyCamps(signal) });
  const campById = new Map((camps.data?.items ?? []).map((camp) => [camp.id, camp]));
  const items = teams.data ?? [];

  return (
    <div className="phone-page" data-testid="my-teams">
      <PageHeader title={t('my.team.title')} description={t('my.team.description')} />
      <Flex vertical gap={20}>
        <QueueBar />
        {teams.isError && <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />}
        {teams.isPending && (
          <Card>
            <Skeleton active />
          </Card>
        )}
        {teams.isSuccess && items.length === 0 && (
          <Card>
            <Empty description={t('my.team.empty')}>
              <p>{t('my.team.emptyHint')}</p>
              <Button type="primary" size="large" onClick={() => void navigate('/volunteers/my')}>
                {t('my.team.toApplications')}
              </Button>
            </Empty>
          </Card>
        )}
        {items.map((team) => (
          <TeamCard key={team.id} team={team} profileId={profile.data?.id} camps={campById} />
        ))}
      </Flex>
    </div>
  );
}
