// The subsidy quote's working, for people to follow: the rate cap, the days cut where the outstanding
// principal changes, and the comparison with the interest paid. The service computes the figures; this
// only lays the same rule out as text (DOMAIN.md, "Loan subsidy rules"), so it is display, not money.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { SubsidyQuote, SubsidyQuoteRequest } from '@/api/models';
import { fromFen, toFen } from '@/lib/money';

// Calendar dates, counted in UTC so that no daylight-saving change shifts a day.
dayjs.extend(utc);
const DATE = 'YYYY-MM-DD';

/** Consecutive subsidised days with the same principal counted: `from` and `to` both counted. */
export interface Segment {
  from: string;
  to: string;
  principal: string;
  days: number;
}

export interface Working {
  /** The policy's spread in percent: 120 bp is "1.20". */
  spreadPct: string;
  segments: Segment[];
  /** Whether the segments account for every subsidised day the service counted. */
  complete: boolean;
  /** The interest paid is above the cap, so the cap is paid. */
  capped: boolean;
  /** How many months of the loan are subsidised: the policy's term, or the loan's when shorter. */
  subsidisedMonths: number;
}

export function spreadPercent(spreadBp: number): string {
  return (spreadBp / 100).toFixed(2);
}

/**
 * The subsidised days of the claim period, cut where a principal repayment changes the outstanding
 * principal: in the period (both ends counted) and in the subsidised term (from the contract date,
 * counted, to the same day N months later, not counted); a repayment dated d counts from d on.
 */
export function subsidisedSegments(request: SubsidyQuoteRequest, principalCap: string, months: number): Segment[] {
  const contract = dayjs.utc(request.contract_date);
  const periodStart = dayjs.utc(request.period_start);
  const first = periodStart.isBefore(contract) ? contract : periodStart;
  const termEnd = contract.add(months, 'month');
  const afterPeriod = dayjs.utc(request.period_end).add(1, 'day');
  const end = afterPeriod.isBefore(termEnd) ? afterPeriod : termEnd;
  const cap = toFen(principalCap);
  const counted = (outstanding: bigint) => fromFen(outstanding < cap ? outstanding : cap);

  const segments: Segment[] = [];
  const cut = (from: dayjs.Dayjs, until: dayjs.Dayjs, outstanding: bigint) =>
    segments.push({
      from: from.format(DATE),
      to: until.subtract(1, 'day').format(DATE),
      principal: counted(outstanding),
      days: until.diff(from, 'day'),
    });

  let outstanding = toFen(request.principal);
  let start = first;
  const repayments = [...(request.principal_repayments ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  for (const repayment of repayments) {
    const on = dayjs.utc(repayment.date);
    if (!on.isBefore(end)) break;
    if (on.isAfter(start)) {
      cut(start, on, outstanding);
      start = on;
    }
    outstanding -= toFen(repayment.amount);
  }
  if (end.isAfter(start)) cut(start, end, outstanding);
  return segments;
}

export function working(request: SubsidyQuoteRequest, quote: SubsidyQuote): Working {
  const policyMonths = quote.policy.subsidised_term_months;
  const subsidisedMonths = request.term_months ? Math.min(policyMonths, request.term_months) : policyMonths;
  const segments = subsidisedSegments(request, quote.policy.principal_cap, subsidisedMonths);
  const days = segments.reduce((total, segment) => total + segment.days, 0);
  return {
    spreadPct: spreadPercent(quote.policy.spread_bp),
    segments,
    complete: days === quote.days,
    capped: toFen(request.interest_paid) > toFen(quote.cap_amount),
    subsidisedMonths,
  };
}
