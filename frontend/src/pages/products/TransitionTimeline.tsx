import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/auth/CurrentUser';
import { formatDateTime } from '@/lib/format';
import { actorOf, type Step } from './timeline';

interface TransitionTimelineProps<Status extends string, Action extends string> {
  title: string;
  empty: string;
  transitions: readonly Step<Status, Action>[];
  /** What the step is called (it may depend on where it started). */
  actionLabel: (step: Step<Status, Action>) => string;
  statusTag: (status: Status) => ReactNode;
  /** Steps drawn in red: a suspension, a dispute, a cancellation. */
  destructive: (action: Action) => boolean;
  testId: string;
}

/** Every step the record took, oldest first: the action, who (by name and role) and when in Beijing time,
 * from which status to which, and the reason given. Shared by a seller's admission and a deal. */
export function TransitionTimeline<Status extends string, Action extends string>({
  title,
  empty,
  transitions,
  actionLabel,
  statusTag,
  destructive,
  testId,
}: TransitionTimelineProps<Status, Action>) {
  const { t } = useTranslation(['products', 'common']);
  const me = useCurrentUser();
  const roleLabel = (role: string) => t(`common:role.${role}` as never, { defaultValue: role });
  return (
    <Card title={title} className="detail-card" data-testid={testId}>
      {transitions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <Timeline
          items={transitions.map((step, index) => ({
            key: `${step.at}-${index}`,
            color: destructive(step.action) ? 'red' : 'blue',
            children: (
              <Flex vertical gap={4} className="timeline-entry" data-testid="timeline-step">
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong>{actionLabel(step)}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(step.at)}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary">
                  {actorOf(step, roleLabel)}
                  {step.actor_subject === me.id && `（${t('parties.timeline.you')}）`}
                </Typography.Text>
                <Flex gap={4} align="center" wrap>
                  {/* A step that leaves the status as it was (one side's acceptance) shows it once. */}
                  {step.from_status && step.from_status !== step.to_status && (
                    <>
                      {statusTag(step.from_status)}
                      <ArrowRightOutlined className="timeline-arrow" />
                    </>
                  )}
                  {statusTag(step.to_status)}
                </Flex>
                {step.reason && (
                  <Typography.Paragraph className="timeline-reason">
                    {t('parties.timeline.reason', { reason: step.reason })}
                  </Typography.Paragraph>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
