import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Transition } from '@/api/models';
import { useCurrentUser } from '@/auth/CurrentUser';
import { formatDateTime } from '@/lib/format';
import { isDestructive, STATUS_COLOR } from '../lifecycle';
import { StatusTag } from '../StatusTag';

const dotColor = (transition: Transition) =>
  isDestructive(transition.action) ? 'red' : STATUS_COLOR[transition.to_status] === 'default' ? 'gray' : 'blue';

/** Who acted: the name their token carried (kept as it was then) and their role; the system by itself. */
function actorOf(transition: Transition, t: TFunction<['loans', 'common']>): string {
  if (transition.actor_role === 'service') return t('application.timeline.system');
  const role = t(`common:role.${transition.actor_role}` as never, { defaultValue: transition.actor_role });
  return transition.actor_name ? `${transition.actor_name} · ${role}` : role;
}

/** Every step the application took: the action, who (by name and role) and when in Beijing time, from
 * which status to which, and the reason given. */
export function TransitionTimeline({ transitions }: { transitions: Transition[] }) {
  const { t } = useTranslation(['loans', 'common']);
  const me = useCurrentUser();
  return (
    <Card title={t('application.timeline.title')} className="detail-card" data-testid="timeline">
      {transitions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('application.timeline.empty')} />
      ) : (
        <Timeline
          items={transitions.map((transition, index) => ({
            key: `${transition.at}-${index}`,
            color: dotColor(transition),
            children: (
              <Flex vertical gap={4} className="timeline-entry">
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong>{t(`action.${transition.action}`)}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(transition.at)}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary">
                  {actorOf(transition, t)}
                  {transition.actor_subject === me.id && `（${t('application.timeline.you')}）`}
                </Typography.Text>
                <Flex gap={4} align="center" wrap>
                  <StatusTag status={transition.from_status} />
                  <ArrowRightOutlined className="timeline-arrow" />
                  <StatusTag status={transition.to_status} />
                </Flex>
                {transition.reason && (
                  <Typography.Paragraph className="timeline-reason">
                    {t('application.timeline.reason', { reason: transition.reason })}
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
