import { HistoryOutlined, RightOutlined, StarOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { formatTimeRange } from '@/lib/format';
import { cancelEnrolment, fetchMyEnrolments, myEnrolmentsKey, myTrainingKey } from './api';
import { FeedbackModal } from './FeedbackModal';
import { HistoryDrawer } from './HistoryDrawer';
import { NotificationsCard } from './NotificationsCard';
import { RefusalAlert } from './RefusalAlert';
import { feedbackDue } from './reading';
import { EnrolmentStatusTag } from './StatusTag';
import type { MyEnrolment } from './types';

interface EnrolmentCardProps {
  enrolment: MyEnrolment;
  onHistory: () => void;
  onFeedback: () => void;
}

function EnrolmentCard({ enrolment, onHistory, onFeedback }: EnrolmentCardProps) {
  const { t } = useTranslation('training');
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelEnrolment(enrolment.id),
    onSuccess: () => void message.success(t('my.enrolments.cancelled')),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: myTrainingKey }),
  });
  const confirmCancel = () =>
    modal.confirm({
      title: t('my.enrolments.cancelConfirm'),
      content: `${enrolment.session_title} · ${t('my.enrolments.cancelHint')}`,
      okText: t('my.enrolments.cancelOk'),
      okButtonProps: { danger: true, size: 'large', 'data-testid': 'cancel-confirm' } as never,
      cancelText: t('my.enrolments.keep'),
      cancelButtonProps: { size: 'large' },
      onOk: () => cancel.mutateAsync().catch(() => undefined),
    });

  return (
    <Card className="enrolment-card" data-testid="my-enrolment">
      <Flex vertical gap={8}>
        {/* Tapping the enrolment opens its history. */}
        <button type="button" className="enrolment-card-head" onClick={onHistory} data-testid="open-history">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Flex vertical gap={2} className="enrolment-card-text">
              <Typography.Text strong>{enrolment.session_title}</Typography.Text>
              <Typography.Text type="secondary" className="small-text">
                {enrolment.programme_name}
              </Typography.Text>
              <Typography.Text>{formatTimeRange(enrolment.starts_at, enrolment.ends_at)}</Typography.Text>
              <Typography.Text type="secondary">
                {[enrolment.county_name, enrolment.venue].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            <RightOutlined className="muted" />
          </Flex>
        </button>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <EnrolmentStatusTag status={enrolment.status} position={enrolment.waitlist_position} />
          {enrolment.certificate_number && (
            <Link to="/training/my/certificates" className="touch-link">
              {t('my.enrolments.certificate', { number: enrolment.certificate_number })}
            </Link>
          )}
          {enrolment.feedback_given && (
            <Typography.Text type="secondary" className="small-text">
              {t('my.enrolments.feedbackGiven')}
            </Typography.Text>
          )}
        </Flex>
        {cancel.isError && <RefusalAlert error={cancel.error} title={t('my.enrolments.cancel')} />}
        <Flex gap={8} wrap className="enrolment-actions">
          {feedbackDue(enrolment) && (
            <Button type="primary" size="large" icon={<StarOutlined />} onClick={onFeedback} data-testid="feedback">
              {t('my.enrolments.feedback')}
            </Button>
          )}
          {enrolment.cancellable && (
            <Button size="large" danger loading={cancel.isPending} onClick={confirmCancel} data-testid="cancel">
              {t('my.enrolments.cancel')}
            </Button>
          )}
          <Button size="large" icon={<HistoryOutlined />} onClick={onHistory}>
            {t('my.enrolments.history')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/** 我的报名: each enrolment's status and waitlist place, cancelling, feedback, history, and the notices. */
export function MyEnrolmentsPage() {
  const { t } = useTranslation('training');
  const navigate = useNavigate();
  const enrolments = useQuery({ queryKey: myEnrolmentsKey, queryFn: ({ signal }) => fetchMyEnrolments(signal) });
  const [history, setHistory] = useState<MyEnrolment | null>(null);
  const [feedback, setFeedback] = useState<MyEnrolment | null>(null);
  const items = enrolments.data?.items ?? [];

  return (
    <div className="phone-page" data-testid="my-enrolments">
      <PageHeader title={t('my.enrolments.title')} description={t('my.enrolments.description')} />
      <Flex vertical gap={12}>
        <NotificationsCard />
        {enrolments.isError && <ErrorAlert error={enrolments.error} onRetry={() => void enrolments.refetch()} />}
        {enrolments.isPending ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : items.length > 0 ? (
          items.map((enrolment) => (
            <EnrolmentCard
              key={enrolment.id}
              enrolment={enrolment}
              onHistory={() => setHistory(enrolment)}
              onFeedback={() => setFeedback(enrolment)}
            />
          ))
        ) : (
          enrolments.isSuccess && (
            <Card>
              <Empty description={t('my.enrolments.empty')}>
                <Button type="primary" size="large" onClick={() => void navigate('/training/my')}>
                  {t('my.enrolments.findSessions')}
                </Button>
              </Empty>
            </Card>
          )
        )}
      </Flex>
      <HistoryDrawer enrolment={history} onClose={() => setHistory(null)} />
      <FeedbackModal enrolment={feedback} onClose={() => setFeedback(null)} />
    </div>
  );
}
