import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/format';
import { fetchSessionFeedback } from './api';
import type { TrainingSession } from './contract';

const AVERAGES = ['content', 'lecturer', 'usefulness'] as const;

/** 评价: the trainees' average scores (out of 5) and their comments. */
export function FeedbackTab({ session }: { session: TrainingSession }) {
  const { t } = useTranslation('training');
  const query = useQuery({
    queryKey: ['training', 'session', session.id, 'feedback'],
    queryFn: ({ signal }) => fetchSessionFeedback(session.id, signal),
  });
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const feedback = query.data;
  if (feedback.count === 0) return <Empty description={t('console.feedback.empty')} />;
  return (
    <Row gutter={[16, 16]} data-testid="feedback">
      <Col xs={12} sm={6}>
        <Statistic title={t('console.feedback.count')} value={feedback.count} />
      </Col>
      {AVERAGES.map((key) => (
        <Col xs={12} sm={6} key={key}>
          <Statistic
            title={t(`console.feedback.${key}`)}
            value={feedback[key] ?? '—'}
            precision={feedback[key] === null ? undefined : 1}
            suffix={feedback[key] === null ? undefined : t('console.feedback.outOf')}
          />
        </Col>
      ))}
      <Col span={24}>
        <Card size="small" title={t('console.feedback.comments')}>
          <List
            dataSource={feedback.comments}
            locale={{ emptyText: t('console.feedback.noComments') }}
            renderItem={(item) => (
              <List.Item>
                <List.Item.Meta
                  description={formatDateTime(item.at)}
                  title={<Typography.Text>{item.comment}</Typography.Text>}
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
