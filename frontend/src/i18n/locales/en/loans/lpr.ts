import type { Messages } from '../../../messages';
import type zhCN from '../../zh-CN/loans/lpr';

/** The LPR table and the rate in force on a day. */
const lpr: Messages<typeof zhCN> = {
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

export default lpr;
