import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Result, Skeleton, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '@/pages/loans/BackLink';
import { THREE_COLUMNS } from '@/pages/loans/descriptions';
import { fetchTeam, teamKey } from './api';
import { PLAN_COLOR } from './enums';
import { TeamCamps } from './TeamCamps';
import { TeamMembers } from './TeamMembers';
import { TeamPlan } from './TeamPlan';
import { TeamVisits } from './TeamVisits';
import './staff.css';

const TABS = ['members', 'plan', 'camps', 'visits'] as const;
type TabId = (typeof TABS)[number];

/** One team for staff: its facts, members (add an accepted applicant, the leader), plan, camps and visits. */
export function TeamPage() {
  const { t } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as TabId | null;
  const tab: TabId = asked && TABS.includes(asked) ? asked : 'members';
  const query = useQuery({ queryKey: teamKey(id), queryFn: ({ signal }) => fetchTeam(id, signal) });
  const back = <BackLink to="/volunteers/teams" label={t('staff.team.back')} />;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('staff.team.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const team = query.data;
  const point = team.service_point;

  return (
    <div className="detail-page" data-testid="team-page">
      {back}
      <PageHeader title={team.name} />
      <Flex vertical gap={16}>
        <Card title={t('staff.team.facts')} className="detail-card">
          <Descriptions
            size="small"
            column={THREE_COLUMNS}
            items={[
              { key: 'activity', label: t('staff.team.activity'), children: team.activity_name },
              {
                key: 'point',
                label: t('staff.team.point'),
                children: [point.county_name, point.town, point.village].filter(Boolean).join(' · '),
              },
              { key: 'teacher', label: t('staff.team.teacher'), children: team.advising_teacher },
              { key: 'leader', label: t('staff.team.leader'), children: team.leader_name ?? t('staff.none') },
              { key: 'period', label: t('staff.team.period'), children: `${team.starts_on} – ${team.ends_on}` },
              {
                key: 'plan',
                label: t('staff.team.plan.status'),
                children: <Tag color={PLAN_COLOR[team.plan_status]}>{t(`staff.planStatus.${team.plan_status}`)}</Tag>,
              },
            ]}
          />
        </Card>
        <Card className="detail-card">
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'members' ? {} : { tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'members', label: t('staff.team.tabs.members'), children: <TeamMembers team={team} /> },
              { key: 'plan', label: t('staff.team.tabs.plan'), children: <TeamPlan team={team} /> },
              { key: 'camps', label: t('staff.team.tabs.camps'), children: <TeamCamps team={team} /> },
              { key: 'visits', label: t('staff.team.tabs.visits'), children: <TeamVisits team={team} /> },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
