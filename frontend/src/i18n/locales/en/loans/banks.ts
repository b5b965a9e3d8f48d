import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/banks';

/** The partner banks and adding one. */
const banks: Messages<typeof zhCN> = {
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
  },
};

export default banks;
