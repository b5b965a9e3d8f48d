import { CheckCircleFilled, ClockCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, List, Progress, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { BackLink } from '@/pages/loans/BackLink';
import { childKey, fetchChild } from './api';
import { QueueBar } from './QueueBar';
import { percent } from './reading';
import { RecordTenOneForm } from './RecordTenOneForm';
import { TEN_ONES, type Child, type TenOne } from './types';
import { useTenOneQueue } from './useTenOneQueue';

function TenOnesList({ child, queued }: { child: Child; queued: ReadonlySet<TenOne> }) {
  const { t } = useTranslation('volunteers');
  const done = new Map(child.ten_ones.map((record) => [record.item, record]));
  return (
    <Card
      title={t('my.child.items')}
      extra={<Progress percent={percent(child.completion)} size="small" className="item-progress" />}
    >
      <List
        dataSource={[...TEN_ONES]}
        renderItem={(item) => {
          const record = done.get(item);
          const state = record ? 'done' : queued.has(item) ? 'queued' : 'todo';
          return (
            <List.Item data-testid="ten-one" data-item={item} data-state={state}>
              <Flex gap={8} align="flex-start" className="full-width">
                {state === 'done' ? (
                  <CheckCircleFilled className="item-done" />
                ) : state === 'queued' ? (
                  <ClockCircleOutlined className="item-queued" />
                ) : (
                  <MinusCircleOutlined className="muted" />
                )}
                <Flex vertical>
                  <Typography.Text>{t(`my.tenOne.${item}`)}</Typography.Text>
                  <Typography.Text type="secondary" className="small-text">
                    {record
                      ? t('my.child.doneBy', { on: record.on, name: record.volunteer_name })
                      : t(state === 'queued' ? 'my.child.queued' : 'my.child.todo')}
                  </Typography.Text>
                </Flex>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/** A child of my camp: who they are, their 十个一 so far, and recording the next one in the field. */
export function ChildPage() {
  const { t } = useTranslation('volunteers');
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { state } = useTenOneQueue();
  const child = useQuery({
    queryKey: childKey(id),
    queryFn: ({ signal }) => fetchChild(id, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const back = <BackLink to="/volunteers/my/team" label={t('my.backToTeam')} />;

  if (child.error instanceof ApiError && (child.error.status === 404 || child.error.status === 403)) {
    return (
      <div className="phone-page" data-testid="child-not-found">
        {back}
        <Result
          status="404"
          title={t('my.child.notFound')}
          subTitle={t('my.child.notFoundHint')}
          extra={
            <Button type="primary" size="large" onClick={() => void navigate('/volunteers/my/team')}>
              {t('my.backToTeam')}
            </Button>
          }
        />
      </div>
    );
  }
  const data = child.data;
  const queued = new Set(state.pending.filter((record) => record.childId === id).map((record) => record.body.item));
  const unavailable = new Set<TenOne>([...queued, ...(data?.ten_ones.map((record) => record.item) ?? [])]);

  return (
    <div className="phone-page" data-testid="child-page">
      {back}
      <PageHeader title={data?.name ?? t('my.child.title')} description={data?.camp_name} />
      <Flex vertical gap={12}>
        <QueueBar />
        {child.isError && <ErrorAlert error={child.error} onRetry={() => void child.refetch()} />}
        {child.isPending && (
          <Card>
            <Skeleton active />
          </Card>
        )}
        {data && (
          <>
            <Card>
              <Descriptions column={1} size="small" className="detail-card">
                <Descriptions.Item label={t('my.child.age')}>
                  {t('my.child.ageValue', { age: data.age })}
                </Descriptions.Item>
                <Descriptions.Item label={t('my.child.gender')}>
                  {t(`my.child.genderValue.${data.gender}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('my.child.grade')}>{data.grade}</Descriptions.Item>
                <Descriptions.Item label={t('my.child.village')}>{data.village}</Descriptions.Item>
                <Descriptions.Item label={t('my.child.camp')}>{data.camp_name}</Descriptions.Item>
              </Descriptions>
            </Card>
            <RecordTenOneForm child={data} unavailable={unavailable} />
            <TenOnesList child={data} queued={queued} />
          </>
        )}
      </Flex>
    </div>
  );
}
