import { Progress, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { canOpen } from '@/auth/access';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { ACTIVITY_KINDS } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { fetchActivities } from './api';
import { placesUsed } from './staff/board';
import { CreateActivityButton } from './staff/CreateActivityButton';

const KIND_COLOR: Record<Activity['kind'], string> = { summer_camp: 'magenta', service_team: 'green' };

export function ActivitiesPage() {
  const { t, i18n } = useTranslation('volunteers');
  const kind = (a: Activity) => t(`kind.${a.kind}`);
  const county = (a: Activity) => countyName(a.county_code, i18n.language, a.county_name);
  const village = (a: Activity) => [a.town, a.village].filter(Boolean).join(' · ');
  const staff = canOpen(useCurrentUser().role, 'volunteerBoard');
  const s = (key: string) => t(`staff.activities.${key}` as 'staff.activities.board');
  const servicePeriod = (a: Activity) => (a.starts_on ? `${a.starts_on} – ${a.ends_on ?? ''}` : '');
  const skills = (a: Activity) => a.skills_wanted.map((k) => t(`staff.skill.${k}`)).join('、');

  const columns: TableColumnsType<Activity> = [
    {
      title: t('activities.columns.name'),
      dataIndex: 'name',
      width: 240,
      fixed: 'left',
      render: (_, a) => (staff ? <Link to={`/volunteers/activities/${a.id}/board`}>{a.name}</Link> : a.name),
    },
    {
      title: t('activities.columns.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (_, a) => <Tag color={KIND_COLOR[a.kind]}>{kind(a)}</Tag>,
    },
    { title: t('activities.columns.county'), dataIndex: 'county_code', width: 150, render: (_, a) => county(a) },
    { title: t('activities.columns.place'), dataIndex: 'village', width: 150, render: (_, a) => village(a) },
    {
      title: t('activities.columns.recruitPeriod'),
      dataIndex: 'recruit_from',
      width: 200,
      render: (_, a) => `${a.recruit_from} – ${a.recruit_until}`,
    },
    { title: s('servicePeriod'), dataIndex: 'starts_on', width: 200, render: (_, a) => servicePeriod(a) },
    {
      title: s('filled'),
      dataIndex: 'places',
      width: 150,
      render: (_, a) => {
        const used = placesUsed(a.accepted, a.places);
        return (
          <Progress
            size="small"
            percent={used.percent}
            status={used.full ? 'success' : 'normal'}
            format={() => `${a.accepted}/${a.places}`}
          />
        );
      },
    },
    { title: t('activities.columns.description'), dataIndex: 'description', ellipsis: { showTitle: true } },
    ...(staff
      ? [
          {
            title: '',
            key: 'board',
            width: 100,
            render: (_: unknown, a: Activity) => <Link to={`/volunteers/activities/${a.id}/board`}>{s('board')}</Link>,
          },
        ]
      : []),
  ];

  const exportColumns: ExportColumn<Activity>[] = [
    { header: t('activities.columns.name'), value: (a) => a.name },
    { header: t('activities.columns.kind'), value: kind },
    { header: t('activities.columns.county'), value: county },
    { header: t('activities.columns.town'), value: (a) => a.town },
    { header: t('activities.columns.village'), value: (a) => a.village },
    { header: t('activities.columns.recruitFrom'), value: (a) => a.recruit_from },
    { header: t('activities.columns.recruitUntil'), value: (a) => a.recruit_until },
    { header: s('servicePeriod'), value: servicePeriod },
    { header: t('activities.columns.places'), value: (a) => a.places },
    { header: s('filled'), value: (a) => a.accepted },
    { header: s('skillsWanted'), value: skills },
    { header: t('activities.columns.description'), value: (a) => a.description },
  ];

  return (
    <ListPage<Activity>
      title={t('activities.title')}
      description={t('activities.description')}
      queryKey={['volunteers', 'activities']}
      fetchPage={fetchActivities}
      actions={staff ? <CreateActivityButton /> : undefined}
      filters={[
        {
          kind: 'select',
          name: 'kind',
          placeholder: t('activities.filters.kind'),
          options: ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
        },
        countyFilter(),
        { kind: 'date', name: 'open_on', placeholder: t('activities.filters.openOn') },
      ]}
      columns={columns}
      rowKey={(a) => a.id}
      exportColumns={exportColumns}
      exportName={t('activities.exportName')}
      scrollX={1600}
    />
  );
}
