import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { translateOr } from '@/i18n/dynamic';
import { formatDateTime } from '@/lib/format';
import { fetchEnrolmentHistory } from './api';
import type { Enrolment } from './contract';

const COLOR: Partial<Record<string, string>> = {
  booked: 'green',
  promoted: 'green',
  cancelled: 'red',
  no_show: 'red',
  completed: 'blue',
};

/** One enrolment's history in a drawer: each step, who took it and when. */
export function EnrolmentHistory({ enrolment, onClose }: { enrolment: Enrolment | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('training');
  const query = useQuery({
    queryKey: ['training', 'enrolment', enrolment?.id, 'history'],
    queryFn: ({ signal }) => fetchEnrolmentHistory(enrolment?.id ?? '', signal),
    enabled: enrolment !== null,
  });
  return (
    <Drawer
      open={enrolment !== null}
      onClose={onClose}
      title={enrolment ? t('console.roster.historyTitle', { name: enrolment.trainee_name }) : ''}
      width={420}
      destroyOnHidden
    >
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && enrolment && <Skeleton active />}
      {query.data && query.data.length === 0 && <Empty description={t('console.roster.historyEmpty')} />}
      {query.data && query.data.length > 0 && (
        <Timeline
          data-testid="enrolment-history"
          items={query.data.map((event) => ({
            color: COLOR[event.kind] ?? 'gray',
            children: (
              <>
                <Typography.Text strong>
                  {translateOr(i18n, `training:console.roster.event.${event.kind}`, event.kind)}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {formatDateTime(event.at)}
                  {event.actor_role
                    ? ` · ${translateOr(i18n, `common:role.${event.actor_role}`, event.actor_role)}`
                    : ''}
                </Typography.Text>
                {event.note && <Typography.Paragraph className="timeline-note">{event.note}</Typography.Paragraph>}
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
