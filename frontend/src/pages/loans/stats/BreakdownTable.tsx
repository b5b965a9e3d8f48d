import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Breakdown } from '@/api/models';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatMoney } from '@/lib/format';
import { sumMoney } from '@/lib/money';

export interface NamedRow {
  name: string;
  row: Breakdown;
}

/** The columns of a breakdown, for the table and for its export. */
export function useBreakdownColumns(): {
  columns: TableColumnsType<NamedRow>;
  exportColumns: ExportColumn<NamedRow>[];
} {
  const { t } = useTranslation('loans');
  const money = (value: string) => formatMoney(value);
  const columns: TableColumnsType<NamedRow> = [
    { title: t('stats.columns.name'), dataIndex: 'name', width: 200, fixed: 'left' },
    { title: t('stats.columns.loans'), key: 'loans', width: 90, align: 'right', render: (_, r) => r.row.loans },
    {
      title: t('stats.columns.amount'),
      key: 'amount',
      width: 140,
      align: 'right',
      render: (_, r) => money(r.row.amount_disbursed),
    },
    {
      title: t('stats.columns.poor'),
      key: 'poor',
      width: 100,
      align: 'right',
      render: (_, r) => r.row.poor_households_driven,
    },
    {
      title: t('stats.columns.subsidy'),
      key: 'subsidy',
      width: 140,
      align: 'right',
      render: (_, r) => money(r.row.subsidy_paid),
    },
    {
      title: t('stats.columns.overdueLoans'),
      key: 'overdue',
      width: 90,
      align: 'right',
      render: (_, r) => r.row.overdue_loans,
    },
    {
      title: t('stats.columns.overdueAmount'),
      key: 'overdueAmount',
      width: 140,
      align: 'right',
      render: (_, r) => money(r.row.overdue_amount),
    },
  ];
  const exportColumns: ExportColumn<NamedRow>[] = [
    { header: t('stats.columns.name'), value: (r) => r.name },
    { header: t('stats.columns.loans'), value: (r) => r.row.loans },
    { header: t('stats.columns.projects'), value: (r) => r.row.projects },
    { header: t('stats.columns.amount'), value: (r) => decimal(r.row.amount_disbursed), format: '#,##0.00' },
    { header: t('stats.columns.poor'), value: (r) => r.row.poor_households_driven },
    { header: t('stats.columns.subsidy'), value: (r) => decimal(r.row.subsidy_paid), format: '#,##0.00' },
    { header: t('stats.columns.overdueLoans'), value: (r) => r.row.overdue_loans },
    { header: t('stats.columns.overdueAmount'), value: (r) => decimal(r.row.overdue_amount), format: '#,##0.00' },
  ];
  return { columns, exportColumns };
}

/** A breakdown with a totals row. */
export function BreakdownTable({ rows }: { rows: NamedRow[] }) {
  const { t } = useTranslation(['loans', 'common']);
  const { columns } = useBreakdownColumns();
  const sum = (pick: (row: Breakdown) => number) => rows.reduce((total, r) => total + pick(r.row), 0);
  const money = (pick: (row: Breakdown) => string) => formatMoney(sumMoney(rows.map((r) => pick(r.row))));
  return (
    <Table<NamedRow>
      rowKey={(r) => r.row.key}
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 900 }}
      locale={{ emptyText: t('stats.empty') }}
      summary={() =>
        rows.length > 1 && (
          <Table.Summary.Row className="schedule-total">
            <Table.Summary.Cell index={0}>{t('loan.schedule.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {sum((r) => r.loans)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {money((r) => r.amount_disbursed)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {sum((r) => r.poor_households_driven)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {money((r) => r.subsidy_paid)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {sum((r) => r.overdue_loans)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              {money((r) => r.overdue_amount)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
