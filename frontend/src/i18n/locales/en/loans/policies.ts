import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/policies';

/** The subsidy policy versions and adding one. */
const policies: Messages<typeof zhCN> = {
  policies: {
    title: 'Subsidy policies',
    description:
      'Each policy version applies to loans contracted from its effective date; earlier loans keep the version of their own contract date.',
    exportName: 'subsidy-policies',
    columns: {
      name: 'Policy',
      period: 'In force',
      effectiveFrom: 'Effective from',
      effectiveTo: 'Effective to',
      principalCap: 'Principal cap (CNY)',
      capRate: 'Rate cap',
      term: 'Subsidised term',
      age: 'Borrower age',
      uses: 'Eligible uses',
    },
    capRate: '{{tenor}} + {{bp}} bp',
    ongoing: 'open-ended',
    ageRange: '{{min}}–{{max}}',
    months: '{{count}} months',
    create: {
      button: 'Add policy version',
      title: 'Add a subsidy policy version',
      name: 'Policy name',
      namePlaceholder: 'e.g. 2026 rural youth micro-loan subsidy policy',
      nameRequired: 'Enter the name (2 to 100 characters)',
      period: 'In force',
      periodRequired: 'Choose the effective date',
      periodHint: 'Leave the end empty for an open-ended version',
      principalCap: 'Principal cap (CNY)',
      principalCapRequired: 'Enter the principal cap',
      spread: 'Spread over the LPR (bp)',
      spreadRequired: 'Enter the spread (0 to 1000 bp)',
      spreadHint: '100 basis points = 1 percentage point',
      lprTenor: 'LPR',
      term: 'Subsidised term (months)',
      termRequired: 'Enter the term (1 to 120 months)',
      ageMin: 'Minimum age',
      ageMax: 'Maximum age',
      ageRequired: 'Enter the age',
      ageOrder: 'The maximum age cannot be below the minimum',
      uses: 'Eligible uses',
      usesRequired: 'Choose at least one use',
      submit: 'Save',
      success: 'Added policy version {{name}}',
    },
  },
};

export default policies;
