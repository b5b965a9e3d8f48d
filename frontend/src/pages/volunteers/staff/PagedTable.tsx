import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Table, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import type { ListFetch } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';

const PAGE = 20;

/** A list inside a tab (its page kept in the component, not the URL the page's other tabs share), with the
 * tab's actions and its Excel export. */
export function PagedTable<Row>(props: {
  queryKey: readonly unknown[];
  fetchPage: ListFetch<Row>;
  columns: TableColumnsType<Row>;
  rowKey: (row: Row) => string;
  exportColumns: ExportColumn<Row>[];
  exportName: string;
  actions?: ReactNode;
  scrollX?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...props.queryKey, page],
    queryFn: ({ signal }) => props.fetchPage({ limit: PAGE, offset: (page - 1) * PAGE, filters: {} }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Flex vertical gap={12} data-testid={props.testId}>
      <Flex gap={8} wrap justify="flex-end">
        {props.actions}
        <ExportButton<Row>
          name={props.exportName}
          columns={props.exportColumns}
          fetchPage={(p, signal) => props.fetchPage({ ...p, filters: {} }, signal)}
          disabled={!query.data || query.data.total === 0}
        />
      </Flex>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Row>
        rowKey={props.rowKey}
        columns={props.columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        size="middle"
        scroll={{ x: props.scrollX ?? 700 }}
        locale={{ emptyText: t('list.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: query.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => t('list.total', { total }),
        }}
      />
    </Flex>
  );
}
