import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '@/api/models';
import { countyName } from '@/domain/counties';
import { formatMoney, formatPercent } from '@/lib/format';
import { THREE_COLUMNS } from '../descriptions';

/** The contract's terms as the bank reported them, with what is still owed. */
export function LoanTerms({ loan, compact = false }: { loan: LoanDetail; compact?: boolean }) {
  const { t, i18n } = useTranslation('loans');
  const items = [
    { key: 'number', label: t('loan.terms.contractNumber'), children: loan.contract_number },
    { key: 'bank', label: t('loan.terms.bank'), children: loan.bank_name },
    ...(compact
      ? []
      : [
          { key: 'borrower', label: t('loan.terms.borrower'), children: loan.borrower_name },
          {
            key: 'county',
            label: t('loan.terms.county'),
            children: countyName(loan.county_code, i18n.language, loan.county_name),
          },
          { key: 'project', label: t('loan.terms.project'), children: loan.project_name },
        ]),
    { key: 'principal', label: t('loan.terms.principal'), children: formatMoney(loan.principal) },
    { key: 'rate', label: t('loan.terms.rate'), children: formatPercent(loan.annual_rate_pct) },
    { key: 'lpr', label: t('loan.terms.lpr'), children: formatPercent(loan.lpr_pct) },
    { key: 'contractDate', label: t('loan.terms.contractDate'), children: loan.contract_date },
    { key: 'first', label: t('loan.terms.firstRepayment'), children: loan.first_repayment_date },
    { key: 'term', label: t('loan.terms.term'), children: t('loans.months', { count: loan.term_months }) },
    { key: 'method', label: t('loan.terms.method'), children: t(`repaymentMethod.${loan.repayment_method}`) },
    { key: 'outstanding', label: t('loan.terms.outstanding'), children: formatMoney(loan.outstanding_principal) },
    { key: 'subsidy', label: t('loan.terms.subsidyReceived'), children: formatMoney(loan.subsidy_received) },
    {
      key: 'dpd',
      label: t('loan.terms.daysPastDue'),
      children:
        loan.days_past_due > 0 ? (
          <Typography.Text type="danger">
            {t('loans.days', { count: loan.days_past_due })}
            {loan.arrears_bucket && `（${loan.arrears_bucket}）`}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  return <Descriptions size="small" column={THREE_COLUMNS} items={items} data-testid="loan-terms" />;
}
