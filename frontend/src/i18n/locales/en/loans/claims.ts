import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/claims';

/** Quarterly subsidy claims and their review. */
const claims: Messages<typeof zhCN> = {
  claims: {
    title: 'Subsidy claims',
    description:
      'Each quarter the banks claim the subsidy loan by loan; city staff review every line, approve the claim, and the treasury pays it against a voucher.',
    exportName: 'subsidy-claims',
    period: '{{year}} Q{{quarter}}',
    quarter: 'Q{{quarter}}',
    columns: {
      period: 'Quarter',
      bank: 'Bank',
      dates: 'Period',
      status: 'Status',
      lines: 'Lines',
      pending: 'Pending',
      flagged: 'Flagged',
      claimedInterest: 'Interest claimed (CNY)',
      computedSubsidy: 'Subsidy computed (CNY)',
      approvedSubsidy: 'Subsidy approved (CNY)',
      voucher: 'Voucher',
    },
    filters: {
      bank: 'Bank',
      year: 'Year',
      quarter: 'Quarter',
      status: 'Status',
    },
  },
  claim: {
    title: 'Subsidy claim {{period}}',
    back: 'Back to the claims',
    notFound: 'This claim does not exist, or you may not see it.',
    totals: {
      title: 'Totals',
      period: 'Period',
      lines: 'Lines',
      pending: 'Pending',
      flagged: 'Flagged',
      claimedInterest: 'Interest claimed (CNY)',
      computedSubsidy: 'Subsidy computed (CNY)',
      approvedSubsidy: 'Subsidy approved (CNY)',
      voucher: 'Voucher',
    },
    lines: {
      title: 'Lines',
      contractNumber: 'Contract',
      borrower: 'Borrower',
      interestPaid: 'Interest paid (CNY)',
      contractInterest: 'Interest at the contract rate (CNY)',
      days: 'Days',
      eligiblePrincipal: 'Subsidised principal (CNY)',
      capAmount: 'Cap (CNY)',
      subsidy: 'Subsidy (CNY)',
      decision: 'Decision',
      actions: 'Actions',
      flagged: 'Above contract',
      flaggedHint: 'The interest claimed is above what the contract rate allows: check it before deciding',
      filterDecision: 'Decision',
      filterFlagged: 'Flagged',
      flaggedOnly: 'Flagged only',
      unflaggedOnly: 'Not flagged',
      approve: 'Approve',
      reject: 'Reject',
      rejectTitle: 'Reject this line',
      rejectReason: 'Reason',
      rejectPlaceholder: 'The bank reads this',
      decided: '{{contract}}: {{decision}}',
    },
    approveUnflagged: {
      button: 'Approve all unflagged lines',
      confirm: 'Approve every pending line that is not flagged? Flagged lines still need a decision each.',
      done: 'Approved {{count}} lines',
    },
    approve: {
      button: 'Approve the claim',
      confirm: 'Every line has a decision. Approve the claim? Its lines can no longer change afterwards.',
      done: 'The claim is approved',
      pending: '{{count}} lines still need a decision',
    },
    pay: {
      button: 'Record payment',
      title: "Record the treasury's payment",
      voucher: 'Voucher number',
      voucherRequired: 'Enter the voucher number (3 to 64 characters)',
      hint: "The treasury's payment voucher closes the claim; the bank is notified.",
      done: 'Paid against voucher {{voucher}}',
    },
    export: {
      button: 'Export claim sheet',
      failed: 'Export failed: {{reason}}',
    },
  },
};

export default claims;
