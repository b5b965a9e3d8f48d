import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { fetchMyNotices, noticesKey } from './api';

/** 我的通知: the decisions on the student's applications, newest first. */
export function NoticesCard() {
  const { t } = useTranslation('volunteers');
  const notices = useQuery({ queryKey: noticesKey, queryFn: ({ signal }) => fetchMyNotices(signal) });
  const items = notices.data ?? [];

  return (
    <Card
      title={
        <span>
          <BellOutlined /> {t('my.home.notices')}
        </span>
      }
      loading={notices.isPending}
      data-testid="my-notices"
    >
      {notices.isError && <ErrorAlert error={notices.error} onRetry={() => void notices.refetch()} />}
      {notices.isSuccess && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('my.home.noticesEmpty')} />
      )}
      {items.length > 0 && (
        <List
          dataSource={items.slice(0, 10)}
          renderItem={(notice) => (
            <List.Item className="notification-item" data-testid="notice">
              <List.Item.Meta
                title={notice.title}
                description={
                  <>
                    <Typography.Paragraph className="notice-body">{notice.body}</Typography.Paragraph>
                    <Typography.Text type="secondary" className="small-text">
                      {formatDateTime(notice.created_at)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
