import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/applications';

/** Applications for staff: the list, the pipeline, one application and its actions. */
const applications: Messages<typeof zhCN> = {
  actionForm: {
    reason: 'Reason',
    reasonRequired: 'Give the reason (at least 2 characters)',
    reasonPlaceholder: 'The applicant reads this: say why, and what they should add or change',
    note: 'Note (optional)',
    bank: 'Lending bank',
    bankRequired: 'Choose the bank',
    bankPlaceholder: 'Choose a partner bank',
    confirm: 'Confirm',
    confirmSubmit: 'Submit this application? The county committee reviews it next.',
    success: 'Done: {{action}}',
  },
  pipeline: {
    title: 'Pipeline',
    exits: 'Closed',
    all: 'All applications',
    hint: 'Click a status to filter the list',
  },
  applications: {
    title: 'Loan applications',
    description:
      'Applications for subsidised rural youth micro-loans: the county recommends, the city refers them to a partner bank, the bank approves and lends.',
    exportName: 'loan-applications',
    columns: {
      project: 'Project',
      borrower: 'Borrower',
      county: 'County',
      use: 'Use',
      amount: 'Amount requested (CNY)',
      status: 'Status',
      submittedAt: 'Submitted at',
      createdAt: 'Created at',
      jobs: 'Jobs created',
      poorHouseholds: 'Poor households driven',
    },
    filters: {
      status: 'Status',
      bank: 'Bank',
      use: 'Use',
      year: 'Year applied',
    },
  },
  application: {
    back: 'Back to the applications',
    notFound: 'This application does not exist, or you may not see it.',
    loan: 'Open the loan',
    borrower: {
      title: 'Borrower',
      name: 'Name',
      idCard: 'ID card number',
      mobile: 'Mobile',
      gender: 'Gender',
      age: 'Age',
      ageValue: '{{age}}',
      birthDate: 'Date of birth',
      place: 'Lives in',
      poorHousehold: 'Registered poor household',
      education: 'Education',
      masked: 'ID card and mobile numbers are masked according to your role',
    },
    project: {
      title: 'Project',
      name: 'Project',
      use: 'Use',
      location: 'Location',
      description: 'Description',
      amount: 'Amount requested (CNY)',
      jobs: 'Jobs created',
      poorHouseholds: 'Poor households driven',
      householdsVillage: 'Village of those households',
      epidemic: 'Hit by the epidemic',
      demonstration: 'Has demonstration value',
      bank: 'Lending bank',
      submittedAt: 'Submitted at',
      createdAt: 'Created at',
    },
    timeline: {
      title: 'History',
      empty: 'Not submitted yet: no history',
      created: 'Application created',
      you: 'you',
      system: 'The system',
      reason: 'Reason: {{reason}}',
    },
    actions: {
      title: 'Actions',
      none: 'Nothing for you to do on this application now',
    },
  },
};

export default applications;
