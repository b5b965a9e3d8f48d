import { describe, expect, it } from 'vitest';
import { isMoney, normaliseMoney, sumMoney } from './money';

describe('sumMoney', () => {
  it('adds to the fen without float error', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['5972.25', '5972.25', '5972.26'])).toBe('17916.76');
  });

  it('sums nothing to zero and keeps a negative total', () => {
    expect(sumMoney([])).toBe('0.00');
    expect(sumMoney(['1.00', '-3.50'])).toBe('-2.50');
  });

  it('refuses what is not an amount', () => {
    expect(() => sumMoney(['12,000'])).toThrow(RangeError);
  });
});

describe('isMoney and normaliseMoney', () => {
  it('accepts digits with at most two decimals', () => {
    expect(isMoney('200000')).toBe(true);
    expect(isMoney('1234.5')).toBe(true);
    expect(isMoney('1234.567')).toBe(false);
    expect(isMoney('-5')).toBe(false);
    expect(isMoney('abc')).toBe(false);
  });

  it('writes an amount with two decimals', () => {
    expect(normaliseMoney('200000')).toBe('200000.00');
    expect(normaliseMoney('1234.5')).toBe('1234.50');
    expect(normaliseMoney('0.05')).toBe('0.05');
  });
});
