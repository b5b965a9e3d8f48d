import type { Messages } from '../../messages';
import type zhCN from '../zh-CN/loans';

const loans: Messages<typeof zhCN> = {
  bankType: {
    postal_savings: 'Postal Savings Bank',
    rural_commercial: 'Rural commercial bank',
    other: 'Other bank',
  },
  banks: {
    title: 'Partner banks',
    description: 'Banks and branches that lend the subsidised rural youth entrepreneurship micro-loans.',
    exportName: 'partner-banks',
    columns: {
      name: 'Bank',
      bankType: 'Type',
      branches: 'Branches',
      createdAt: 'Registered at',
    },
    filters: {
      bankType: 'Bank type',
      q: 'Search bank names',
    },
  },
  create: {
    button: 'Add partner bank',
    title: 'Add a partner bank',
    name: 'Bank name',
    namePlaceholder: 'e.g. Postal Savings Bank of China, Qingyuan Branch',
    nameRequired: 'Enter the bank name',
    nameLength: 'The name takes 2 to 100 characters',
    bankType: 'Bank type',
    bankTypeRequired: 'Choose the bank type',
    branches: 'Branches',
    branchesPlaceholder: 'Type a branch name and press Enter; add as many as needed',
    submit: 'Save',
    success: 'Added partner bank {{name}}',
  },
  lpr: {
    title: 'LPR table',
    description:
      'Every change of the Loan Prime Rate; the subsidy cap uses the 1-year LPR in force on the contract date.',
    exportName: 'lpr-fixings',
    columns: {
      effectiveDate: 'Effective date',
      lpr1y: '1-year LPR',
      lpr5y: '5-year+ LPR',
    },
    inForce: {
      title: 'LPR in force on a date',
      date: 'Date',
      datePlaceholder: 'Pick the contract date',
      result: 'On {{date}} the fixing effective {{effectiveDate}} applies',
    },
  },
};

export default loans;
