import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/stats';

/** The loan statistics. */
const stats: Messages<typeof zhCN> = {
  stats: {
    title: 'Loan statistics',
    description:
      'Loans lent, by contract year, county, use and bank; the loans service computes them from its records.',
    exportName: 'loan-statistics',
    year: 'Contract year',
    allYears: 'All years',
    metric: {
      loans: 'Loans',
      amount_disbursed: 'Amount lent',
      poor_households_driven: 'Poor households driven',
      subsidy_paid: 'Subsidy paid',
      overdue_loans: 'Overdue loans',
    },
    unit: {
      loans: 'loans',
      tenThousandYuan: '10,000 CNY',
      households: 'households',
    },
    byCounty: 'By county',
    byYear: 'By contract year',
    byUse: 'By use',
    byBank: 'By bank',
    chartTitle: '{{metric}} ({{unit}})',
    yearNote: 'The year chart always shows every year',
    empty: 'No loans lent yet',
    columns: {
      name: 'Name',
      loans: 'Loans',
      amount: 'Amount lent (CNY)',
      projects: 'Projects',
      poor: 'Poor households driven',
      subsidy: 'Subsidy paid (CNY)',
      overdueLoans: 'Overdue loans',
      overdueAmount: 'Overdue principal (CNY)',
    },
  },
};

export default stats;
