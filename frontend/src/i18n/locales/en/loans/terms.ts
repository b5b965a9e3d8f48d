import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/terms';

/** The programme's vocabulary: states, actions, uses, rules and the other enumerations. */
const terms: Messages<typeof zhCN> = {
  bankType: {
    postal_savings: 'Postal Savings Bank',
    rural_commercial: 'Rural commercial bank',
    other: 'Other bank',
  },
  status: {
    draft: 'Draft',
    submitted: 'Submitted',
    recommended: 'Recommended',
    rejected: 'Not recommended',
    referred: 'Referred',
    approved: 'Approved',
    declined: 'Declined',
    disbursed: 'Disbursed',
    repaying: 'Repaying',
    overdue: 'Overdue',
    settled: 'Settled',
    written_off: 'Written off',
    withdrawn: 'Withdrawn',
  },
  action: {
    submit: 'Submit',
    withdraw: 'Withdraw',
    recommend: 'Recommend',
    return: 'Return for changes',
    reject: 'Reject',
    refer: 'Refer to a bank',
    approve: 'Approve',
    decline: 'Decline',
    disburse: 'Disburse',
    record_repayment: 'Record a repayment',
    mark_overdue: 'Mark overdue',
    cure: 'Back to normal',
    settle: 'Settle',
    write_off: 'Write off',
  },
  use: {
    planting: 'Planting',
    livestock: 'Livestock',
    processing: 'Farm produce processing',
    ecommerce: 'Rural e-commerce',
    homestay: 'Homestay',
    rural_tourism: 'Rural tourism',
    other: 'Other',
  },
  education: {
    primary: 'Primary school',
    junior_secondary: 'Junior secondary',
    senior_secondary: 'Senior secondary',
    vocational: 'Vocational school',
    college: 'College',
    bachelor: "Bachelor's degree",
    postgraduate: 'Postgraduate',
  },
  gender: {
    male: 'Male',
    female: 'Female',
  },
  repaymentMethod: {
    equal_instalments: 'Equal instalments',
    equal_principal: 'Equal principal',
    interest_monthly_principal_at_maturity: 'Monthly interest, principal at maturity',
  },
  lprTenor: {
    '1y': '1-year LPR',
    '5y': '5-year+ LPR',
  },
  failedRule: {
    title: 'The application does not meet the subsidy policy in force; change it and submit again',
    policy: 'Policy: {{policy}}',
    age: "The borrower's age is outside the policy's range",
    use: 'The policy does not cover this use of the loan',
    amount: "The amount is above the policy's cap on subsidised principal",
    county: 'The place is not a county of the programme',
  },
  conflict: {
    allowed: 'The application has moved on; it can now go to: {{states}}',
    none: 'The application has moved on; nothing more can be done with it',
  },
  claimStatus: {
    filed: 'Under review',
    approved: 'Approved',
    paid: 'Paid',
  },
  lineDecision: {
    pending: 'Pending',
    approved: 'Approved',
    rejected: 'Rejected',
  },
};

export default terms;
