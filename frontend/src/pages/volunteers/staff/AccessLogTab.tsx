import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { translateOr } from '@/i18n/dynamic';
import { formatTimestamp } from '@/lib/format';
import { accessLogKey, fetchAccessLog } from './peopleApi';
import type { AccessEntry } from './types';

const PAGE = 20;

/** 查看记录: who read this child's record, when, how (list, detail, export) and which fields, newest first. */
export function AccessLogTab({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation('volunteers');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...accessLogKey(childId), page],
    queryFn: ({ signal }) => fetchAccessLog(childId, PAGE, (page - 1) * PAGE, signal),
    placeholderData: keepPreviousData,
  });
  const l = (key: string) => t(`staff.child.log.${key}` as 'staff.child.log.at');
  const columns: TableColumnsType<AccessEntry> = [
    { title: l('at'), dataIndex: 'at', width: 170, render: (v: string) => formatTimestamp(v) },
    { title: l('actor'), dataIndex: 'actor_name', width: 110 },
    {
      title: l('role'),
      dataIndex: 'actor_role',
      width: 110,
      render: (v: string) => translateOr(i18n, `common:role.${v}`, v),
    },
    {
      title: l('via'),
      dataIndex: 'via',
      width: 80,
      render: (v: AccessEntry['via']) => <Tag>{translateOr(i18n, `volunteers:staff.child.log.viaName.${v}`, v)}</Tag>,
    },
    {
      title: l('fields'),
      dataIndex: 'fields',
      render: (fields: string[]) =>
        fields.map((f) => translateOr(i18n, `volunteers:staff.child.field.${f}`, f)).join('、'),
    },
  ];
  return (
    <Flex vertical gap={8} data-testid="access-log">
      <Typography.Text type="secondary">{l('note')}</Typography.Text>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Table<AccessEntry>
        rowKey={(e, index) => `${e.at}-${e.actor_name}-${index ?? 0}`}
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        size="small"
        scroll={{ x: 700 }}
        locale={{ emptyText: l('empty') }}
        pagination={
          (query.data?.total ?? 0) > PAGE && {
            current: page,
            pageSize: PAGE,
            total: query.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }
        }
      />
    </Flex>
  );
}
