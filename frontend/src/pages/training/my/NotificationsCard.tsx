import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { fetchMyNotifications, markNotificationsRead, notificationsKey } from './api';

/** The trainee's notices, newest first: 您已从候补转为正式报名, a session changed… */
export function NotificationsCard() {
  const { t } = useTranslation('training');
  const notifications = useQuery({ queryKey: notificationsKey, queryFn: ({ signal }) => fetchMyNotifications(signal) });
  const unread = notifications.data?.items.some((notification) => !notification.read_at) ?? false;
  useEffect(() => {
    // Seen now; should marking fail on a weak signal, they are marked on a later visit.
    if (unread) markNotificationsRead().catch(() => undefined);
  }, [unread]);
  return (
    <Card
      size="small"
      className="detail-card"
      title={
        <Flex gap={8} align="center">
          <BellOutlined /> {t('my.notifications.title')}
        </Flex>
      }
      data-testid="notifications"
    >
      {notifications.isError && <ErrorAlert error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {notifications.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : notifications.data && notifications.data.items.length > 0 ? (
        <List
          dataSource={notifications.data.items.slice(0, 5)}
          rowKey={(notification) => notification.id}
          renderItem={(notification) => (
            <List.Item className="notification-item" data-testid="notification">
              <Flex vertical gap={2}>
                <Typography.Text>
                  {!notification.read_at && <Tag color="red">{t('my.notifications.unread')}</Tag>}
                  {notification.text}
                </Typography.Text>
                <Typography.Text type="secondary" className="small-text">
                  {formatDateTime(notification.created_at)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        !notifications.isError && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.notifications.empty')} />
        )
      )}
    </Card>
  );
}
