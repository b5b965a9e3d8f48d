import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { campChildrenKey, fetchCampChildren } from './api';
import { percent } from './reading';
import type { Camp, TeamCamp } from './types';

/** One of my camps: its dates and 十个一 completion, and its children (those the service lets me see now). */
export function CampCard({ camp, record }: { camp: TeamCamp; record: Camp | undefined }) {
  const { t } = useTranslation('volunteers');
  const children = useQuery({
    queryKey: campChildrenKey(camp.id),
    queryFn: ({ signal }) => fetchCampChildren(camp.id, signal),
  });
  const items = children.data?.items ?? [];

  return (
    <Card size="small" title={camp.name} data-testid="my-camp">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {[
            t('my.team.campDates', { from: camp.starts_on, to: camp.ends_on }),
            record && t('my.team.childrenCount', { count: record.children }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {record && (
          <Flex vertical>
            <Typography.Text className="small-text">{t('my.team.completion')}</Typography.Text>
            <Progress percent={percent(record.completion)} data-testid="camp-completion" />
          </Flex>
        )}
        {children.isError && <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />}
        {children.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
        {children.isSuccess && items.length === 0 && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={(record?.children ?? 0) > 0 ? t('my.team.childrenHidden') : t('my.team.childrenEmpty')}
          />
        )}
        {items.length > 0 && (
          <List
            dataSource={items}
            renderItem={(child) => (
              <List.Item className="child-row" data-testid="camp-child">
                <Link to={`/volunteers/my/children/${child.id}`} className="child-link">
                  <Flex justify="space-between" align="center" gap={8}>
                    <Flex vertical>
                      <Typography.Text strong>{child.name}</Typography.Text>
                      <Typography.Text type="secondary" className="small-text">
                        {[t('my.child.ageValue', { age: child.age }), child.grade].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Flex>
                    <Flex align="center" gap={8}>
                      <Progress type="circle" size={36} percent={percent(child.completion)} />
                      <RightOutlined className="muted" />
                    </Flex>
                  </Flex>
                </Link>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
