import { CrownOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countyName } from '@/domain/counties';
import { CampCard } from './CampCard';
import { PlanCard } from './PlanCard';
import { TeamCodeCard } from './TeamCodeCard';
import { TeamHoursCard } from './TeamHoursCard';
import type { Camp, TeamDetail } from './types';

/** One of my teams: where and when, who (the leader marked), the plan, the leader's check-in code, the camps. */
interface TeamCardProps {
  team: TeamDetail;
  profileId: string | undefined;
  /** The camps' own records (children, completion), by id. */
  camps: ReadonlyMap<string, Camp>;
}

export function TeamCard({ team, profileId, camps }: TeamCardProps) {
  const { t, i18n } = useTranslation('volunteers');
  const leader = team.i_lead;
  const point = team.service_point;
  const place = [countyName(point.county_code, i18n.language, point.county_name), point.town, point.village]
    .filter(Boolean)
    .join(' · ');

  return (
    <Flex vertical gap={12} data-testid="my-team">
      <Card title={team.name} extra={<Tag color="magenta">{t(`kind.${team.kind}`)}</Tag>}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{team.activity_name}</Typography.Text>
          <Descriptions column={1} size="small" className="detail-card">
            <Descriptions.Item label={t('my.team.place')}>{place}</Descriptions.Item>
            <Descriptions.Item label={t('my.team.dates')}>
              {t('my.team.campDates', { from: team.starts_on, to: team.ends_on })}
            </Descriptions.Item>
            <Descriptions.Item label={t('my.team.leader')}>{team.leader_name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('my.team.teacher')}>{team.advising_teacher || '—'}</Descriptions.Item>
          </Descriptions>
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('my.team.members', { count: team.members.length })}</Typography.Text>
            <Flex gap={6} wrap data-testid="team-members">
              {team.members.map((member) => (
                <Tag
                  key={member.id}
                  color={member.leader ? 'gold' : undefined}
                  icon={member.leader ? <CrownOutlined /> : undefined}
                >
                  {member.name}
                  {member.profile_id === profileId ? `（${t('my.team.you')}）` : ''}
                  {member.university ? ` · ${member.university}` : ''}
                </Tag>
              ))}
            </Flex>
          </Flex>
        </Flex>
      </Card>
      {leader && <TeamCodeCard teamId={team.id} />}
      {leader && <TeamHoursCard teamId={team.id} profileId={profileId} />}
      <PlanCard team={team} leader={leader} />
      {team.camps.map((camp) => (
        <CampCard key={camp.id} camp={camp} record={camps.get(camp.id)} />
      ))}
    </Flex>
  );
}
