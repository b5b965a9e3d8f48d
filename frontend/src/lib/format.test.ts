import { describe, expect, it } from 'vitest';
import {
  basisPointsToPercent,
  businessDayStart,
  businessToday,
  decimal,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatTimeRange,
  formatTimestamp,
} from './format';

describe('formatDateTime', () => {
  it('shows a UTC instant in Beijing time', () => {
    expect(formatDateTime('2026-03-01T01:30:00Z')).toBe('2026-03-01 09:30');
  });

  it('crosses midnight into the next Beijing day', () => {
    expect(formatDateTime('2026-03-01T17:00:00+00:00')).toBe('2026-03-02 01:00');
  });

  it('shows nothing for a missing time', () => {
    expect(formatDateTime(null)).toBe('');
  });
});

describe('formatTimestamp', () => {
  it('shows the second, in Beijing time', () => {
    expect(formatTimestamp('2026-03-01T17:00:05.123Z')).toBe('2026-03-02 01:00:05');
  });
});

describe('businessDayStart', () => {
  it('is midnight in Beijing, 16:00 the day before in UTC', () => {
    expect(businessDayStart('2026-03-02')).toBe('2026-03-01T16:00:00.000Z');
  });
});

describe('formatTimeRange', () => {
  it('drops the end date on the same day', () => {
    expect(formatTimeRange('2026-03-01T01:30:00Z', '2026-03-01T07:30:00Z')).toBe('2026-03-01 09:30 – 15:30');
  });

  it('keeps the end date across days', () => {
    expect(formatTimeRange('2026-03-01T01:30:00Z', '2026-03-02T07:30:00Z')).toBe('2026-03-01 09:30 – 2026-03-02 15:30');
  });
});

describe('decimal', () => {
  it('reads decimal strings', () => {
    expect(decimal('3.85')).toBe(3.85);
    expect(decimal('28000000.00')).toBe(28000000);
  });

  it('returns null for nothing or garbage', () => {
    expect(decimal('')).toBeNull();
    expect(decimal(undefined)).toBeNull();
    expect(decimal('n/a')).toBeNull();
  });
});

describe('formatMoney', () => {
  it('groups thousands and keeps the fen as sent', () => {
    expect(formatMoney('200000.00')).toBe('200,000.00');
    expect(formatMoney('28000000.00')).toBe('28,000,000.00');
    expect(formatMoney('999.50')).toBe('999.50');
    expect(formatMoney('1000')).toBe('1,000');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatMoney('-1234567.89')).toBe('-1,234,567.89');
  });

  it('shows nothing for nothing and leaves anything else as it is', () => {
    expect(formatMoney(null)).toBe('');
    expect(formatMoney('')).toBe('');
    expect(formatMoney('n/a')).toBe('n/a');
  });
});

describe('formatPercent', () => {
  it('adds the percent sign', () => {
    expect(formatPercent('4.35')).toBe('4.35%');
    expect(formatPercent(null)).toBe('');
  });
});

describe('basisPointsToPercent', () => {
  it('writes basis points as percent with two decimals', () => {
    expect(basisPointsToPercent(120)).toBe('1.20');
    expect(basisPointsToPercent(0)).toBe('0.00');
    expect(basisPointsToPercent(1000)).toBe('10.00');
    expect(basisPointsToPercent(5)).toBe('0.05');
  });
});

describe('businessToday', () => {
  it('is the date in Beijing, a day ahead of UTC in the evening', () => {
    expect(businessToday(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(businessToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });
});

describe('Beijing time without the time zone plugin', () => {
  it('shows what dayjs with Asia/Shanghai shows, across days, months, years and leap days', async () => {
    const { default: dayjs } = await import('dayjs');
    await import('./businessZone');
    for (let instant = Date.UTC(2023, 11, 31, 15, 59, 59); instant < Date.UTC(2028, 2, 1); instant += 61_111_111) {
      const iso = new Date(instant).toISOString();
      expect(formatTimestamp(iso)).toBe(dayjs(iso).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm:ss'));
      expect(businessToday(new Date(instant))).toBe(dayjs(iso).tz('Asia/Shanghai').format('YYYY-MM-DD'));
    }
  });
});
