import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/quote';

/** The subsidy quote and how it is worked out. */
const quote: Messages<typeof zhCN> = {
  quote: {
    title: 'Subsidy quote',
    description:
      'The subsidy of one loan over one claim period: the interest actually paid, up to the LPR of the contract date plus the spread. Nothing is recorded.',
    form: {
      title: 'Loan and claim period',
      principal: 'Principal (CNY)',
      principalRequired: 'Enter the principal',
      contractDate: 'Contract date',
      contractDateRequired: 'Choose the contract date',
      period: 'Claim period (both ends counted)',
      periodRequired: 'Choose the claim period',
      interestPaid: 'Normal interest paid in the period (CNY)',
      interestPaidRequired: 'Enter the interest paid',
      interestPaidHint: 'Without overdue or penalty interest',
      termMonths: 'Loan term (months)',
      termMonthsHint: "Only when shorter than the policy's subsidised term",
      repayments: 'Principal repaid in the period',
      repaymentDate: 'Date',
      repaymentAmount: 'Amount (CNY)',
      addRepayment: 'Add a principal repayment',
      removeRepayment: 'Remove this repayment',
      amountInvalid: 'Enter an amount with at most two decimals',
      submit: 'Quote',
      reset: 'Clear',
    },
    result: {
      title: 'Result',
      empty: 'Fill in the form and press "Quote"',
      subsidy: 'Subsidy (CNY)',
      lpr: 'LPR of the contract date',
      capRate: 'Rate cap',
      eligiblePrincipal: 'Subsidised principal (CNY)',
      days: 'Subsidised days',
      daysValue: '{{count}} days',
      capAmount: 'Cap amount (CNY)',
      policy: 'Policy',
      policyValue: 'From {{date}}: principal cap {{cap}} CNY, LPR + {{bp}} bp, {{months}} months subsidised',
    },
    formula: {
      title: 'How it is worked out',
      rate: 'Rate cap = LPR {{lpr}}% + {{spread}}% = {{rate}}%',
      capSimple: 'Cap = principal {{principal}} × {{rate}}% ÷ 360 × {{days}} days = {{amount}} CNY',
      capDaily: 'Cap = Σ over {{days}} days of min(outstanding principal, {{cap}}) × {{rate}}% ÷ 360 = {{amount}} CNY',
      capSegments: 'Cap = the sum of the parts below = {{amount}} CNY (the principal changed in the period)',
      segment: '{{from}} to {{to}}: {{principal}} × {{rate}}% ÷ 360 × {{days}} days',
      subsidy: 'Subsidy = min(interest paid {{paid}}, cap {{amount}}) = {{subsidy}} CNY',
      capped: 'The interest paid is above the cap: the cap is paid.',
      paid: 'The interest paid is within the cap: it is paid in full.',
      notes:
        'At most {{cap}} CNY of principal counts on any day; the subsidised term runs from the contract date (counted) to the same day {{months}} months later (not counted); overdue and penalty interest are never subsidised; the result is rounded to the fen once, at the end.',
    },
  },
};

export default quote;
