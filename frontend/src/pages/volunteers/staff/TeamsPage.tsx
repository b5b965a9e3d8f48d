import { Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { fetchTeams, teamsKey } from './api';
import { CreateTeamButton } from './CreateTeamButton';
import { PLAN_COLOR } from './enums';
import { ServicePointsMap } from './ServicePointsMap';
import type { Team } from './types';
import { useActivityOptions, yearOptions } from './useActivityOptions';
import './staff.css';

/** 服务队: the teams of every activity (county staff: their county's), the map of service points, and a new
 * team for an activity. */
export function TeamsPage() {
  const { t } = useTranslation('volunteers');
  const activities = useActivityOptions();
  const col = (key: string) => t(`staff.teams.columns.${key}` as 'staff.teams.columns.name');
  const point = (x: Team) => [x.service_point.town, x.service_point.village].filter(Boolean).join(' · ');

  const columns: TableColumnsType<Team> = [
    {
      title: col('name'),
      dataIndex: 'name',
      width: 180,
      fixed: 'left',
      render: (_, x) => <Link to={`/volunteers/teams/${x.id}`}>{x.name}</Link>,
    },
    { title: col('activity'), dataIndex: 'activity_name', width: 200 },
    { title: col('county'), key: 'county', width: 110, render: (_, x) => x.service_point.county_name },
    { title: col('point'), key: 'point', width: 160, render: (_, x) => point(x) },
    { title: col('teacher'), dataIndex: 'advising_teacher', width: 110 },
    { title: col('leader'), dataIndex: 'leader_name', width: 100 },
    { title: col('members'), dataIndex: 'members_count', width: 80, align: 'right' },
    { title: col('period'), key: 'period', width: 200, render: (_, x) => `${x.starts_on} – ${x.ends_on}` },
    {
      title: col('plan'),
      dataIndex: 'plan_status',
      width: 100,
      render: (_, x) => <Tag color={PLAN_COLOR[x.plan_status]}>{t(`staff.planStatus.${x.plan_status}`)}</Tag>,
    },
  ];
  const exportColumns: ExportColumn<Team>[] = [
    { header: col('name'), value: (x) => x.name },
    { header: col('activity'), value: (x) => x.activity_name },
    { header: col('year'), value: (x) => x.year },
    { header: col('county'), value: (x) => x.service_point.county_name },
    { header: col('point'), value: point },
    { header: col('teacher'), value: (x) => x.advising_teacher },
    { header: col('leader'), value: (x) => x.leader_name },
    { header: col('members'), value: (x) => x.members_count },
    { header: col('period'), value: (x) => `${x.starts_on} – ${x.ends_on}` },
    { header: col('plan'), value: (x) => t(`staff.planStatus.${x.plan_status}`) },
  ];

  return (
    <ListPage<Team>
      title={t('staff.teams.title')}
      description={t('staff.teams.description')}
      queryKey={teamsKey}
      fetchPage={fetchTeams}
      actions={<CreateTeamButton />}
      filters={[
        { kind: 'select', name: 'activity_id', placeholder: t('staff.teams.filterActivity'), options: activities },
        { kind: 'select', name: 'year', placeholder: t('staff.teams.filterYear'), options: yearOptions() },
      ]}
      columns={columns}
      rowKey={(x) => x.id}
      exportColumns={exportColumns}
      exportName={t('staff.teams.exportName')}
      scrollX={1240}
    >
      <div className="volunteers-map-row">
        <ServicePointsMap />
      </div>
    </ListPage>
  );
}
