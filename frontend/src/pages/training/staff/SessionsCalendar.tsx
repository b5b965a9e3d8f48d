import { useQuery } from '@tanstack/react-query';
import { Badge, Calendar, Card, Flex, Grid, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { BUSINESS_TZ } from '@/lib/businessZone';
import { fetchSessionsBetween } from './api';
import { sessionsByDay } from './roster';

const SHOWN = 3;

/** The sessions on the calendar: each on each of its days (Beijing time), linking to its page. */
export function SessionsCalendar() {
  const { t } = useTranslation('training');
  const phone = !Grid.useBreakpoint().md;
  const [month, setMonth] = useState<Dayjs>(() => dayjs().tz(BUSINESS_TZ));
  // The grid shows a few days of the months either side.
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const query = useQuery({
    queryKey: ['training', 'sessions', 'calendar', from, to],
    queryFn: ({ signal }) => fetchSessionsBetween(from, to, signal),
  });
  const days = sessionsByDay(query.data?.items ?? []);
  const inMonth = (query.data?.items ?? []).some((s) => dayjs(s.starts_at).tz(BUSINESS_TZ).isSame(month, 'month'));

  return (
    <Card className="list-card" data-testid="sessions-calendar">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('console.sessions.calendarHint')}</Typography.Text>
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && !inMonth && (
          <Typography.Text type="secondary">{t('console.sessions.calendarEmpty')}</Typography.Text>
        )}
        <Spin spinning={query.isFetching}>
          <Calendar
            fullscreen={!phone}
            value={month}
            onPanelChange={(value) => setMonth(value)}
            onSelect={(value, info) => info.source !== 'date' && setMonth(value)}
            cellRender={(date, info) => {
              if (info.type !== 'date') return info.originNode;
              const sessions = days.get(date.format('YYYY-MM-DD')) ?? [];
              if (sessions.length === 0) return null;
              if (phone) return <Badge count={sessions.length} size="small" color="#c0392b" />;
              return (
                <ul className="calendar-sessions">
                  {sessions.slice(0, SHOWN).map((s) => (
                    <li key={s.id}>
                      <Link to={`/training/sessions/${s.id}`} title={s.title}>
                        <Badge
                          status={s.completed_at ? 'default' : s.enrolment_open ? 'success' : 'processing'}
                          text={s.title}
                        />
                      </Link>
                    </li>
                  ))}
                  {sessions.length > SHOWN && <li>{t('console.sessions.more', { count: sessions.length - SHOWN })}</li>}
                </ul>
              );
            }}
          />
        </Spin>
      </Flex>
    </Card>
  );
}
