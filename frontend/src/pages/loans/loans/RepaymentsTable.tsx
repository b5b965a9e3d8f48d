import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Repayment } from '@/api/models';
import { formatMoney } from '@/lib/format';

export function RepaymentsTable({ repayments }: { repayments: Repayment[] }) {
  const { t } = useTranslation('loans');
  const money = (value: string) => formatMoney(value);
  const columns: TableColumnsType<Repayment> = [
    { title: t('loan.repayments.paidOn'), dataIndex: 'paid_on', width: 110 },
    { title: t('loan.repayments.principal'), dataIndex: 'principal', align: 'right', render: money },
    { title: t('loan.repayments.interest'), dataIndex: 'interest', align: 'right', render: money },
    { title: t('loan.repayments.penalty'), dataIndex: 'penalty_interest', align: 'right', render: money },
    { title: t('loan.repayments.transaction'), dataIndex: 'bank_transaction_id', width: 200 },
  ];
  return (
    <Table<Repayment>
      rowKey={(row) => row.id}
      columns={columns}
      dataSource={repayments}
      pagination={false}
      size="small"
      scroll={{ x: 640 }}
      locale={{ emptyText: t('loan.repayments.empty') }}
    />
  );
}
