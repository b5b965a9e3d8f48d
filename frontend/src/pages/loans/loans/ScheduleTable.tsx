import { Grid, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Instalment, Schedule } from '@/api/models';
import { formatMoney } from '@/lib/format';
import { sumMoney } from '@/lib/money';

const PHONE_PAGE = 12;

/** The repayment schedule (还款计划) with a totals row. On a phone the principal and interest columns
 * give way to the payment and what remains, under short headers, a year to a page. */
export function ScheduleTable({ schedule }: { schedule: Schedule }) {
  const { t } = useTranslation('loans');
  const phone = !Grid.useBreakpoint().md;
  const money = (value: string) => formatMoney(value);

  if (phone) {
    const columns: TableColumnsType<Instalment> = [
      { title: t('loan.schedule.numberShort'), dataIndex: 'number', width: 44, align: 'right' },
      { title: t('loan.schedule.dueDate'), dataIndex: 'due_date', width: 100 },
      { title: t('loan.schedule.paymentShort'), dataIndex: 'payment', align: 'right', render: money },
      { title: t('loan.schedule.outstandingShort'), dataIndex: 'outstanding_after', align: 'right', render: money },
    ];
    return (
      <>
        <Table<Instalment>
          className="schedule-table"
          data-testid="schedule-table"
          rowKey={(row) => row.number}
          columns={columns}
          dataSource={schedule.instalments}
          pagination={
            schedule.instalments.length > PHONE_PAGE ? { pageSize: PHONE_PAGE, simple: true, size: 'small' } : false
          }
          size="small"
        />
        <Typography.Text type="secondary" className="small-text schedule-totals">
          {t('loan.schedule.unit')} · {t('loan.schedule.totalPrincipal')} {money(schedule.total_principal)} ·{' '}
          {t('loan.schedule.totalInterest')} {money(schedule.total_interest)}
        </Typography.Text>
      </>
    );
  }

  const columns: TableColumnsType<Instalment> = [
    { title: t('loan.schedule.number'), dataIndex: 'number', width: 64, align: 'right' },
    { title: t('loan.schedule.dueDate'), dataIndex: 'due_date', width: 110 },
    { title: t('loan.schedule.payment'), dataIndex: 'payment', align: 'right', render: money },
    { title: t('loan.schedule.principal'), dataIndex: 'principal', align: 'right', render: money },
    { title: t('loan.schedule.interest'), dataIndex: 'interest', align: 'right', render: money },
    { title: t('loan.schedule.outstanding'), dataIndex: 'outstanding_after', align: 'right', render: money },
  ];
  return (
    <Table<Instalment>
      className="schedule-table"
      data-testid="schedule-table"
      rowKey={(row) => row.number}
      columns={columns}
      dataSource={schedule.instalments}
      pagination={false}
      size="small"
      scroll={{ x: 640 }}
      summary={() => (
        <Table.Summary.Row className="schedule-total">
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t('loan.schedule.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <Typography.Text strong>
              {money(sumMoney([schedule.total_principal, schedule.total_interest]))}
            </Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Typography.Text strong data-testid="schedule-total-principal">
              {money(schedule.total_principal)}
            </Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <Typography.Text strong data-testid="schedule-total-interest">
              {money(schedule.total_interest)}
            </Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} />
        </Table.Summary.Row>
      )}
    />
  );
}
