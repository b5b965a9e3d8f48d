import { useQuery } from '@tanstack/react-query';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { VISIT_COLOR } from './enums';
import type { TeamDetail, Visit } from './types';
import { fetchVisits, visitsKey } from './workApi';

/** 走访: the team's site visits, each opening on the visits page. */
export function TeamVisits({ team }: { team: TeamDetail }) {
  const { t } = useTranslation('volunteers');
  const query = useQuery({
    queryKey: [...visitsKey, { team_id: team.id }],
    queryFn: ({ signal }) => fetchVisits({ limit: 100, offset: 0, filters: { team_id: team.id } }, signal),
  });
  const col = (key: string) => t(`staff.visits.columns.${key}` as 'staff.visits.columns.on');
  const columns: TableColumnsType<Visit> = [
    { title: col('on'), dataIndex: 'on', width: 110 },
    { title: col('kind'), dataIndex: 'kind', width: 110, render: (_, v) => t(`staff.visits.kind.${v.kind}`) },
    {
      title: col('organisation'),
      dataIndex: 'organisation',
      width: 220,
      render: (_, v) => <Link to={`/volunteers/visits?visit=${v.id}`}>{v.organisation}</Link>,
    },
    {
      title: col('status'),
      dataIndex: 'status',
      width: 100,
      render: (_, v) => <Tag color={VISIT_COLOR[v.status]}>{t(`staff.visits.visitStatus.${v.status}`)}</Tag>,
    },
  ];
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Table<Visit>
      rowKey={(v) => v.id}
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      pagination={false}
      size="small"
      scroll={{ x: 540 }}
      locale={{ emptyText: t('staff.team.visits.empty') }}
    />
  );
}
