import type { TableColumnsType } from 'antd';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Loan } from '@/api/models';
import { canManageLoans } from '@/auth/access';
import { useCurrentUser } from '@/auth/CurrentUser';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { useBankOptions } from '@/domain/useBankOptions';
import type { ExportColumn } from '@/export/sheet';
import { decimal, formatMoney, formatPercent } from '@/lib/format';
import { LENT_STATUSES, yearOptions } from '../lifecycle';
import { StatusTag } from '../StatusTag';
import { fetchLoans } from './api';
import { RunOverdueButton } from './RunOverdueButton';

export function LoansPage() {
  const { t, i18n } = useTranslation('loans');
  const user = useCurrentUser();
  const banks = useBankOptions();
  const county = (loan: Loan) => countyName(loan.county_code, i18n.language, loan.county_name);
  const months = (loan: Loan) => t('loans.months', { count: loan.term_months });

  // What staff look for first (who, how much, what is still owed, whether it is late) before the terms.
  const columns: TableColumnsType<Loan> = [
    {
      title: t('loans.columns.contractNumber'),
      dataIndex: 'contract_number',
      width: 160,
      fixed: 'left',
      render: (_, loan) => <Link to={`/loans/loans/${loan.id}`}>{loan.contract_number}</Link>,
    },
    { title: t('loans.columns.borrower'), dataIndex: 'borrower_name', width: 80 },
    { title: t('loans.columns.project'), dataIndex: 'project_name', width: 180, ellipsis: true },
    {
      title: t('loans.columns.county'),
      dataIndex: 'county_code',
      width: 110,
      ellipsis: true,
      render: (_, loan) => county(loan),
    },
    {
      title: t('loans.columns.principal'),
      dataIndex: 'principal',
      width: 125,
      align: 'right',
      render: (_, loan) => formatMoney(loan.principal),
    },
    {
      title: t('loans.columns.outstanding'),
      dataIndex: 'outstanding_principal',
      width: 125,
      align: 'right',
      render: (_, loan) => formatMoney(loan.outstanding_principal),
    },
    {
      title: t('loans.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, loan) => <StatusTag status={loan.status} />,
    },
    {
      title: t('loans.columns.daysPastDue'),
      dataIndex: 'days_past_due',
      width: 85,
      align: 'right',
      render: (_, loan) =>
        loan.days_past_due > 0 ? <Typography.Text type="danger">{loan.days_past_due}</Typography.Text> : '—',
    },
    { title: t('loans.columns.contractDate'), dataIndex: 'contract_date', width: 105 },
    { title: t('loans.columns.term'), dataIndex: 'term_months', width: 80, render: (_, loan) => months(loan) },
    {
      title: t('loans.columns.rate'),
      dataIndex: 'annual_rate_pct',
      width: 75,
      align: 'right',
      render: (_, loan) => formatPercent(loan.annual_rate_pct),
    },
    { title: t('loans.columns.bank'), dataIndex: 'bank_name', width: 200, ellipsis: true },
  ];

  const exportColumns: ExportColumn<Loan>[] = [
    { header: t('loans.columns.contractNumber'), value: (loan) => loan.contract_number },
    { header: t('loans.columns.borrower'), value: (loan) => loan.borrower_name },
    { header: t('loans.columns.project'), value: (loan) => loan.project_name },
    { header: t('loans.columns.county'), value: county },
    { header: t('loans.columns.bank'), value: (loan) => loan.bank_name },
    { header: t('loans.columns.principal'), value: (loan) => decimal(loan.principal), format: '#,##0.00' },
    { header: `${t('loans.columns.rate')} (%)`, value: (loan) => decimal(loan.annual_rate_pct), format: '0.00' },
    { header: `${t('loans.columns.lpr')} (%)`, value: (loan) => decimal(loan.lpr_pct), format: '0.00' },
    { header: t('loans.columns.contractDate'), value: (loan) => loan.contract_date },
    { header: t('loans.columns.term'), value: (loan) => loan.term_months },
    { header: t('loans.columns.method'), value: (loan) => t(`repaymentMethod.${loan.repayment_method}`) },
    {
      header: t('loans.columns.outstanding'),
      value: (loan) => decimal(loan.outstanding_principal),
      format: '#,##0.00',
    },
    { header: t('loans.columns.status'), value: (loan) => t(`status.${loan.status}`) },
    { header: t('loans.columns.daysPastDue'), value: (loan) => loan.days_past_due },
    { header: t('loans.columns.arrears'), value: (loan) => loan.arrears_bucket },
  ];

  return (
    <ListPage<Loan>
      title={t('loans.title')}
      description={t('loans.description')}
      queryKey={['loans', 'loans']}
      fetchPage={fetchLoans}
      filters={[
        {
          kind: 'select',
          name: 'status',
          placeholder: t('loans.filters.status'),
          options: LENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        },
        countyFilter(),
        { kind: 'select', name: 'bank_id', placeholder: t('loans.filters.bank'), options: banks.options },
        {
          kind: 'select',
          name: 'year',
          placeholder: t('loans.filters.year'),
          options: yearOptions(new Date()).map((year) => ({ value: String(year), label: String(year) })),
        },
      ]}
      columns={columns}
      rowKey={(loan) => loan.id}
      exportColumns={exportColumns}
      exportName={t('loans.exportName')}
      scrollX={1415}
      actions={canManageLoans(user.role) && <RunOverdueButton />}
    />
  );
}
