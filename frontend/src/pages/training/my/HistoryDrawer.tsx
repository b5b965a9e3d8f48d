import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { fetchEnrolmentHistory, myEnrolmentsKey } from './api';
import type { MyEnrolment } from './types';

function History({ enrolmentId }: { enrolmentId: string }) {
  const { t } = useTranslation('training');
  const history = useQuery({
    queryKey: [...myEnrolmentsKey, enrolmentId, 'history'],
    queryFn: ({ signal }) => fetchEnrolmentHistory(enrolmentId, signal),
  });
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data) return <Skeleton active />;
  if (history.data.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.history.empty')} />;
  return (
    <Timeline
      items={history.data.map((entry) => ({
        children: (
          <>
            <Typography.Text strong>{t(`my.history.kind.${entry.kind}`, { defaultValue: entry.kind })}</Typography.Text>
            <Typography.Text type="secondary" className="profile-line small-text">
              {formatDateTime(entry.at)}
            </Typography.Text>
            {entry.note && <Typography.Text className="profile-line">{entry.note}</Typography.Text>}
          </>
        ),
      }))}
    />
  );
}

/** An enrolment's history, opened by tapping it: requested, waitlisted, promoted, checked in… */
export function HistoryDrawer({ enrolment, onClose }: { enrolment: MyEnrolment | null; onClose: () => void }) {
  const { t } = useTranslation('training');
  return (
    <Drawer
      open={enrolment !== null}
      onClose={onClose}
      placement="bottom"
      height="70%"
      title={enrolment?.session_title ?? t('my.history.title')}
      data-testid="enrolment-history"
    >
      {enrolment && <History enrolmentId={enrolment.id} />}
    </Drawer>
  );
}
