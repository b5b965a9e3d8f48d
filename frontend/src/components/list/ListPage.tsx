import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ExportButton } from '@/components/export/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import type { PageOf } from '@/export/fetchAll';
import type { ExportColumn } from '@/export/sheet';
import { FilterBar, type FilterField } from './FilterBar';
import { PAGE_SIZES, useListParams, type Filters } from './useListParams';

export type ListFetch<Row> = (
  query: { limit: number; offset: number; filters: Filters },
  signal?: AbortSignal,
) => Promise<PageOf<Row>>;

interface ListPageProps<Row> {
  title: string;
  description?: string;
  /** Identifies the list in the query cache, e.g. ['loans', 'banks']. */
  queryKey: readonly string[];
  fetchPage: ListFetch<Row>;
  filters?: FilterField[];
  columns: TableColumnsType<Row>;
  rowKey: (row: Row) => string;
  /** The Excel export made here from the rows; without it the page offers its own (a server's file). */
  exportColumns?: ExportColumn<Row>[];
  exportName?: string;
  /** Rows that open to show more (e.g. an event's detail). */
  expandable?: TableProps<Row>['expandable'];
  /** Width the table scrolls to on narrow screens. */
  scrollX?: number;
  /** A list of a few short columns: kept narrow instead of stretched across a wide screen. */
  narrow?: boolean;
  /** More actions beside the export button. */
  actions?: ReactNode;
  /** Content between the header and the list. */
  children?: ReactNode;
}

/** A server-paginated, filterable list with an Excel export of everything the filters select. */
export function ListPage<Row>(props: ListPageProps<Row>) {
  const { t } = useTranslation();
  const list = useListParams();
  const { limit, offset, filters } = list;
  const query = useQuery({
    queryKey: [...props.queryKey, { filters, limit, offset }],
    queryFn: ({ signal }) => props.fetchPage({ limit, offset, filters }, signal),
    placeholderData: keepPreviousData,
  });
  const filtered = Object.keys(filters).length > 0;
  // A column pinned to the left would take most of a phone's width: phones scroll every column.
  const phone = !Grid.useBreakpoint().md;
  const columns = phone ? props.columns.map(({ fixed: _pinned, ...column }) => column) : props.columns;

  return (
    <div className={props.narrow ? 'list-page list-page-narrow' : 'list-page'}>
      <PageHeader
        title={props.title}
        description={props.description}
        extra={
          <>
            {props.actions}
            {props.exportColumns && props.exportName && (
              <ExportButton
                name={props.exportName}
                columns={props.exportColumns}
                fetchPage={(page, signal) => props.fetchPage({ ...page, filters }, signal)}
                disabled={!query.data || query.data.total === 0}
              />
            )}
          </>
        }
      />
      {props.children}
      <Card className="list-card">
        {props.filters && props.filters.length > 0 && (
          <FilterBar fields={props.filters} values={filters} onChange={list.setFilters} onReset={list.resetFilters} />
        )}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        <Table<Row>
          rowKey={props.rowKey}
          columns={columns}
          dataSource={query.data?.items ?? []}
          loading={query.isFetching}
          scroll={{ x: props.scrollX ?? 800 }}
          expandable={props.expandable}
          size="middle"
          locale={{ emptyText: filtered ? t('list.emptyFiltered') : t('list.empty') }}
          pagination={{
            current: list.page,
            pageSize: list.size,
            total: query.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total) => t('list.total', { total }),
            onChange: list.setPage,
            responsive: true,
          }}
        />
      </Card>
    </div>
  );
}
