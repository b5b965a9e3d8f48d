import { afterEach, describe, expect, it } from 'vitest';
import type { SubsidyQuote, SubsidyQuoteRequest } from '@/api/models';
import { render, type Rendered } from '@/testing/render';
import { QuoteResult } from './QuoteResult';

const POLICY = { effective_from: '2020-01-01', principal_cap: '500000.00', spread_bp: 120, subsidised_term_months: 36 };

const request: SubsidyQuoteRequest = {
  principal: '600000.00',
  contract_date: '2020-05-10',
  period_start: '2020-07-01',
  period_end: '2020-09-30',
  interest_paid: '7000.00',
  principal_repayments: [{ date: '2020-08-01', amount: '150000.00' }],
};

// The service's answer: the cap is made of two segments, cut at the repayment.
const quote: SubsidyQuote = {
  lpr_pct: '3.85',
  cap_rate_pct: '5.05',
  eligible_principal: '500000.00',
  days: 92,
  cap_amount: '6024.93',
  subsidy: '6024.93',
  capped: true,
  subsidised_term_months: 36,
  segments: [
    { first_date: '2020-07-01', last_date: '2020-07-31', principal: '500000.00', days: 31 },
    { first_date: '2020-08-01', last_date: '2020-09-30', principal: '450000.00', days: 61 },
  ],
  policy: POLICY,
};

const formula = () => document.querySelector('[data-testid="quote-formula"]')?.textContent ?? '';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

describe('QuoteResult', () => {
  it('draws the segments the service counted, and says the cap is paid', async () => {
    rendered = await render(<QuoteResult request={request} quote={quote} />);

    expect(formula()).toContain('贴息利率上限 = LPR 3.85% + 1.20% = 5.05%');
    const segments = [...document.querySelectorAll('.formula-segments li')].map((item) => item.textContent);
    expect(segments).toEqual([
      '2020-07-01 至 2020-07-31：500,000.00 × 5.05% ÷ 360 × 31 天',
      '2020-08-01 至 2020-09-30：450,000.00 × 5.05% ÷ 360 × 61 天',
    ]);
    expect(formula()).toContain('应贴息 = min(实付利息 7,000.00, 贴息上限 6,024.93) = 6,024.93 元');
    expect(formula()).toContain('实付利息高于上限，按上限贴息。');
  });

  it('writes a single segment on one line, and the interest paid within the cap', async () => {
    const single = {
      ...quote,
      eligible_principal: '200000.00',
      cap_amount: '2581.11',
      subsidy: '2300.00',
      capped: false,
      segments: [{ first_date: '2020-07-01', last_date: '2020-09-30', principal: '200000.00', days: 92 }],
    };
    rendered = await render(<QuoteResult request={{ ...request, interest_paid: '2300.00' }} quote={single} />);

    expect(formula()).toContain('贴息上限 = 贴息本金 200,000.00 × 5.05% ÷ 360 × 92 天 = 2,581.11 元');
    expect(document.querySelector('.formula-segments')).toBeNull();
    expect(formula()).toContain('实付利息未超过上限，据实贴息。');
  });

  it('takes the subsidised term from the service', async () => {
    rendered = await render(<QuoteResult request={request} quote={{ ...quote, subsidised_term_months: 12 }} />);

    expect(document.querySelector('.formula-notes')?.textContent).toContain('至 12 个月后的同日');
  });
});
