import { describe, expect, it } from 'vitest';
import { decimal, formatDateTime, formatTimeRange } from './format';

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
