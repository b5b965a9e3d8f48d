import { CalendarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Segmented, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TrainingSession } from '@/api/models';
import { canOpen } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { SESSION_LEVELS } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime, formatTimeRange } from '@/lib/format';
import { fetchProgrammes, fetchSessions } from './api';
import { CreateSessionButton } from './staff/CreateSessionButton';
import { SessionsCalendar } from './staff/SessionsCalendar';

/** "报名中" while enrolment is open, "已结业" once completed. */
function EnrolmentTag({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  if (session.completed_at) return <Tag>{t('console.sessions.completed')}</Tag>;
  return session.enrolment_open ? (
    <Tag color="green">{t('console.sessions.open')}</Tag>
  ) : (
    <Tag>{t('console.sessions.closed')}</Tag>
  );
}

export function SessionsPage() {
  const { t, i18n } = useTranslation('training');
  const user = useCurrentUser();
  const staff = canOpen(user.role, 'session');
  const [params, setParams] = useSearchParams();
  const calendar = params.get('view') === 'calendar';
  // The programme filter offers every programme; there are a handful, one page holds them all.
  const programmes = useQuery({
    queryKey: ['training', 'programmes', 'options'],
    queryFn: ({ signal }) => fetchProgrammes({ limit: 200, offset: 0, filters: {} }, signal),
    staleTime: 5 * 60_000,
  });
  const county = (s: TrainingSession) =>
    s.county_code ? countyName(s.county_code, i18n.language, s.county_name) : t('sessions.citywide');
  const place = (s: TrainingSession) => [county(s), s.town].filter(Boolean).join(' · ');

  const columns: TableColumnsType<TrainingSession> = [
    {
      title: t('sessions.columns.title'),
      dataIndex: 'title',
      width: 200,
      fixed: 'left',
      render: (_, s) => (staff ? <Link to={`/training/sessions/${s.id}`}>{s.title}</Link> : s.title),
    },
    { title: t('sessions.columns.programme'), dataIndex: 'programme_name', width: 130 },
    { title: t('sessions.columns.level'), dataIndex: 'level', width: 70, render: (_, s) => t(`level.${s.level}`) },
    { title: t('sessions.columns.county'), dataIndex: 'county_code', width: 170, render: (_, s) => place(s) },
    { title: t('sessions.columns.venue'), dataIndex: 'venue', width: 200 },
    {
      title: t('sessions.columns.time'),
      dataIndex: 'starts_at',
      width: 220,
      render: (_, s) => formatTimeRange(s.starts_at, s.ends_at),
    },
    {
      title: t('console.sessions.seats'),
      dataIndex: 'capacity',
      width: 130,
      align: 'right',
      render: (_, s) => `${s.booked_count} / ${s.capacity}`,
    },
    {
      title: t('console.sessions.waitlist'),
      dataIndex: 'waitlist_count',
      width: 70,
      align: 'right',
    },
    {
      title: t('console.sessions.enrolment'),
      key: 'enrolment',
      width: 90,
      render: (_, s) => <EnrolmentTag session={s} />,
    },
  ];

  const exportColumns: ExportColumn<TrainingSession>[] = [
    { header: t('sessions.columns.title'), value: (s) => s.title },
    { header: t('sessions.columns.programme'), value: (s) => s.programme_name },
    { header: t('sessions.columns.level'), value: (s) => t(`level.${s.level}`) },
    { header: t('sessions.columns.county'), value: county },
    { header: t('sessions.columns.town'), value: (s) => s.town },
    { header: t('sessions.columns.venue'), value: (s) => s.venue },
    { header: t('sessions.columns.startsAt'), value: (s) => formatDateTime(s.starts_at) },
    { header: t('sessions.columns.endsAt'), value: (s) => formatDateTime(s.ends_at) },
    { header: t('sessions.columns.capacity'), value: (s) => s.capacity },
    { header: t('console.sessions.booked'), value: (s) => s.booked_count },
    { header: t('console.sessions.waitlist'), value: (s) => s.waitlist_count },
    {
      header: t('console.sessions.enrolment'),
      value: (s) => (s.enrolment_open ? t('console.sessions.open') : t('console.sessions.closed')),
    },
  ];

  const actions = (
    <>
      <Segmented
        value={calendar ? 'calendar' : 'list'}
        onChange={(view) => setParams(view === 'calendar' ? { view: 'calendar' } : {}, { replace: true })}
        options={[
          { value: 'list', icon: <UnorderedListOutlined />, label: t('console.sessions.view.list') },
          { value: 'calendar', icon: <CalendarOutlined />, label: t('console.sessions.view.calendar') },
        ]}
        data-testid="sessions-view"
      />
      {staff && <CreateSessionButton />}
    </>
  );

  if (calendar) {
    return (
      <div className="list-page">
        <PageHeader title={t('sessions.title')} description={t('sessions.description')} extra={actions} />
        <SessionsCalendar />
      </div>
    );
  }

  return (
    <ListPage<TrainingSession>
      title={t('sessions.title')}
      description={t('sessions.description')}
      queryKey={['training', 'sessions']}
      fetchPage={fetchSessions}
      actions={actions}
      filters={[
        {
          kind: 'select',
          name: 'programme_id',
          placeholder: t('sessions.filters.programme'),
          options: (programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
        },
        {
          kind: 'select',
          name: 'level',
          placeholder: t('sessions.filters.level'),
          options: SESSION_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })),
        },
        countyFilter(),
        {
          kind: 'dateRange',
          names: ['from', 'to'],
          placeholder: [t('sessions.filters.from'), t('sessions.filters.to')],
        },
      ]}
      columns={columns}
      rowKey={(s) => s.id}
      exportColumns={exportColumns}
      exportName={t('sessions.exportName')}
      scrollX={1340}
    />
  );
}
