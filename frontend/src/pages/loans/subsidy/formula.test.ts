import { describe, expect, it } from 'vitest';
import type { SubsidyQuote, SubsidyQuoteRequest } from '@/api/models';
import { spreadPercent, subsidisedSegments, working } from './formula';

const POLICY = { effective_from: '2020-01-01', principal_cap: '500000.00', spread_bp: 120, subsidised_term_months: 36 };

const quarter: SubsidyQuoteRequest = {
  principal: '200000.00',
  contract_date: '2020-05-10',
  period_start: '2020-07-01',
  period_end: '2020-09-30',
  interest_paid: '2300.00',
};

// The service's answer for the request above (LPR 3.85 % on 2020-05-10).
const quote: SubsidyQuote = {
  lpr_pct: '3.85',
  cap_rate_pct: '5.05',
  eligible_principal: '200000.00',
  days: 92,
  cap_amount: '2581.11',
  subsidy: '2300.00',
  policy: POLICY,
};

describe('spreadPercent', () => {
  it('writes basis points as percent', () => {
    expect(spreadPercent(120)).toBe('1.20');
    expect(spreadPercent(0)).toBe('0.00');
    expect(spreadPercent(1000)).toBe('10.00');
  });
});

describe('subsidisedSegments', () => {
  it('counts a whole quarter at one principal when nothing is repaid', () => {
    expect(subsidisedSegments(quarter, '500000.00', 36)).toEqual([
      { from: '2020-07-01', to: '2020-09-30', principal: '200000.00', days: 92 },
    ]);
  });

  it('counts no more than the cap on any day, and cuts the period at a repayment', () => {
    const request = {
      ...quarter,
      principal: '600000.00',
      principal_repayments: [{ date: '2020-08-01', amount: '150000.00' }],
    };
    expect(subsidisedSegments(request, '500000.00', 36)).toEqual([
      { from: '2020-07-01', to: '2020-07-31', principal: '500000.00', days: 31 },
      { from: '2020-08-01', to: '2020-09-30', principal: '450000.00', days: 61 },
    ]);
  });

  it('starts on the contract date when the loan begins inside the period', () => {
    const request = { ...quarter, contract_date: '2020-08-15' };
    expect(subsidisedSegments(request, '500000.00', 36)[0]).toMatchObject({ from: '2020-08-15', days: 47 });
  });

  it('ends the day before the same day N months after the contract', () => {
    const request = { ...quarter, contract_date: '2018-08-10' };
    // 36 months from 2018-08-10 is 2021-08-10 (not counted): the 2021 Q3 claim has 2021-07-01..08-09.
    const segments = subsidisedSegments(
      { ...request, period_start: '2021-07-01', period_end: '2021-09-30' },
      '500000.00',
      36,
    );
    expect(segments).toEqual([{ from: '2021-07-01', to: '2021-08-09', principal: '200000.00', days: 40 }]);
  });

  it('has no days outside the term', () => {
    expect(subsidisedSegments({ ...quarter, contract_date: '2016-01-01' }, '500000.00', 36)).toEqual([]);
  });

  it('applies a repayment made before the period to the whole period', () => {
    const request = { ...quarter, principal_repayments: [{ date: '2020-06-10', amount: '50000.00' }] };
    expect(subsidisedSegments(request, '500000.00', 36)).toEqual([
      { from: '2020-07-01', to: '2020-09-30', principal: '150000.00', days: 92 },
    ]);
  });
});

describe('working', () => {
  it('accounts for every day the service counted and sees the interest within the cap', () => {
    expect(working(quarter, quote)).toMatchObject({
      spreadPct: '1.20',
      complete: true,
      capped: false,
      subsidisedMonths: 36,
    });
  });

  it('sees when the interest paid is above the cap', () => {
    expect(working({ ...quarter, interest_paid: '3000.00' }, { ...quote, subsidy: '2581.11' }).capped).toBe(true);
  });

  it('takes the loan term when it is shorter than the policy term', () => {
    expect(working({ ...quarter, term_months: 12 }, quote).subsidisedMonths).toBe(12);
  });
});
