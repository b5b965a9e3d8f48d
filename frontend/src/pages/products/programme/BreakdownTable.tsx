import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatMoney } from '@/lib/format';
import { breakdownTotals, type Breakdown, type BreakdownRow } from './breakdowns';

/** A breakdown's columns for its Excel export: the name, then each value (money as numbers with two decimals). */
export function useBreakdownExport(breakdown: Breakdown | undefined): ExportColumn<BreakdownRow>[] {
  const { t } = useTranslation('products');
  if (!breakdown) return [];
  return [
    { header: t(`productStats.nameColumn.${breakdown.id}`), value: (row) => row.name },
    ...breakdown.values.map(({ key, money }): ExportColumn<BreakdownRow> => ({
      header: t(`productStats.columns.${key}`),
      value: (row) => (money ? decimal(String(row.values[key] ?? '')) : Number(row.values[key] ?? 0)),
      format: money ? '#,##0.00' : undefined,
    })),
  ];
}

/** One breakdown as a table, with a totals row. */
export function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation('products');
  const cell = (value: string | number | undefined, money: boolean) =>
    value === undefined ? '' : money ? formatMoney(String(value)) : value;
  const columns: TableColumnsType<BreakdownRow> = [
    { title: t(`productStats.nameColumn.${breakdown.id}`), dataIndex: 'name', width: 200 },
    ...breakdown.values.map(({ key, money }) => ({
      title: t(`productStats.columns.${key}`),
      key,
      width: 150,
      align: 'right' as const,
      render: (_: unknown, row: BreakdownRow) => cell(row.values[key], money),
    })),
  ];
  const totals = breakdownTotals(breakdown);
  return (
    <Table<BreakdownRow>
      rowKey={(row) => row.key}
      columns={columns}
      dataSource={breakdown.rows}
      pagination={false}
      size="small"
      scroll={{ x: 200 + breakdown.values.length * 150 }}
      locale={{ emptyText: t('productStats.empty') }}
      data-testid={`breakdown-${breakdown.id}`}
      summary={() =>
        breakdown.rows.length > 1 && (
          <Table.Summary.Row className="schedule-total">
            <Table.Summary.Cell index={0}>{t('productStats.total')}</Table.Summary.Cell>
            {breakdown.values.map(({ key, money }, index) => (
              <Table.Summary.Cell index={index + 1} key={key} align="right">
                {cell(totals[key], money)}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )
      }
    />
  );
}
