import { describe, expect, it } from 'vitest';
import { formatCountdown, nextRefreshMs, secondsLeft } from './countdown';

const at = Date.parse('2026-05-01T02:00:00Z');

describe('the check-in countdown', () => {
  it('counts whole seconds up to the expiry', () => {
    expect(secondsLeft('2026-05-01T02:00:27Z', at)).toBe(27);
    expect(secondsLeft('2026-05-01T02:00:26.200Z', at)).toBe(27);
  });

  it('stops at zero once expired', () => {
    expect(secondsLeft('2026-05-01T01:59:00Z', at)).toBe(0);
    expect(secondsLeft('not a time', at)).toBe(0);
  });

  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(27)).toBe('0:27');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(-3)).toBe('0:00');
  });

  it('refetches just after the expiry, at most every period', () => {
    expect(nextRefreshMs('2026-05-01T02:00:10Z', at)).toBe(10_300);
    expect(nextRefreshMs('2026-05-01T02:05:00Z', at)).toBe(30_000);
    expect(nextRefreshMs('2026-05-01T01:59:00Z', at)).toBe(500);
  });
});
