import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { countyName } from '@/domain/counties';
import { formatDateTime, formatMoney, formatTimeRange } from '@/lib/format';
import { BackLink } from '@/pages/loans/BackLink';
import { THREE_COLUMNS } from '@/pages/loans/descriptions';
import { fetchSession, sessionKey } from './api';
import { AttendanceTab } from './AttendanceTab';
import { CheckInTab } from './CheckInTab';
import { CompletionTab } from './CompletionTab';
import { FeedbackTab } from './FeedbackTab';
import { RosterTab } from './RosterTab';

const TABS = ['roster', 'attendance', 'checkIn', 'completion', 'feedback'] as const;
type TabId = (typeof TABS)[number];

/** One session for staff: its facts, then its roster, attendance, check-in code, completion and feedback. */
export function SessionPage() {
  const { t, i18n } = useTranslation('training');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as TabId | null;
  const tab: TabId = asked && TABS.includes(asked) ? asked : 'roster';
  const query = useQuery({ queryKey: sessionKey(id), queryFn: ({ signal }) => fetchSession(id, signal) });
  const back = <BackLink to="/training/sessions" label={t('console.session.back')} />;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return (
      <>
        {back}
        <Result status="404" subTitle={t('console.session.notFound')} />
      </>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const s = query.data;
  const none = t('console.session.none');
  const place = [
    s.county_code ? countyName(s.county_code, i18n.language, s.county_name) : t('sessions.citywide'),
    s.town,
    s.venue,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="detail-page" data-testid="session-page">
      {back}
      <PageHeader title={s.title} />
      <Flex gap={8} align="center" wrap className="detail-status">
        {s.completed_at ? (
          <Tag>{t('console.sessions.completed')}</Tag>
        ) : s.enrolment_open ? (
          <Tag color="green">{t('console.sessions.open')}</Tag>
        ) : (
          <Tag>{t('console.sessions.closed')}</Tag>
        )}
        <Typography.Text type="secondary">
          {s.programme_name} · {t(`level.${s.level}`)} · {t(`console.mode.${s.mode}`)}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={16}>
        <Card title={t('console.session.facts')} className="detail-card" data-testid="session-facts">
          <Descriptions
            size="small"
            column={THREE_COLUMNS}
            items={[
              { key: 'place', label: t('console.session.place'), children: place },
              { key: 'time', label: t('console.session.time'), children: formatTimeRange(s.starts_at, s.ends_at) },
              {
                key: 'seats',
                label: t('console.session.seats'),
                children: (
                  <span data-testid="session-seats">
                    {t('console.session.seatsValue', {
                      booked: s.booked_count,
                      capacity: s.capacity,
                      left: s.seats_left,
                      waitlist: s.waitlist_count,
                    })}
                  </span>
                ),
              },
              {
                key: 'dates',
                label: t('console.session.dates'),
                children: (
                  <Flex vertical>
                    {s.dates.map((d) => (
                      <span key={d.id}>{formatTimeRange(d.starts_at, d.ends_at)}</span>
                    ))}
                  </Flex>
                ),
              },
              {
                key: 'window',
                label: t('console.session.enrolmentWindow'),
                children: `${formatDateTime(s.enrolment_opens_at)} – ${formatDateTime(s.enrolment_closes_at)}`,
              },
              { key: 'cutoff', label: t('console.session.cutoff'), children: formatDateTime(s.cancellation_cutoff_at) },
              {
                key: 'groups',
                label: t('console.session.targetGroups'),
                children: s.target_groups.map((g) => <Tag key={g}>{t(`console.targetGroup.${g}`)}</Tag>),
              },
              {
                key: 'lecturers',
                label: t('console.session.lecturers'),
                children:
                  s.lecturers.length > 0 ? s.lecturers.map((l) => `${l.name}（${l.organisation}）`).join('、') : none,
              },
              {
                key: 'cost',
                label: t('console.session.cost'),
                children: `${formatMoney(s.cost)} ${t('console.yuan')}`,
              },
            ]}
          />
        </Card>
        <Card className="detail-card">
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'roster' ? {} : { tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'roster', label: t('console.session.tabs.roster'), children: <RosterTab session={s} /> },
              {
                key: 'attendance',
                label: t('console.session.tabs.attendance'),
                children: <AttendanceTab session={s} />,
              },
              { key: 'checkIn', label: t('console.session.tabs.checkIn'), children: <CheckInTab session={s} /> },
              {
                key: 'completion',
                label: t('console.session.tabs.completion'),
                children: <CompletionTab session={s} />,
              },
              { key: 'feedback', label: t('console.session.tabs.feedback'), children: <FeedbackTab session={s} /> },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
