import { describe, expect, it } from 'vitest';
import { exceedsPledge, fundsAdded, fundsProgress, isFundsAmount } from './funds';

describe('fundsProgress', () => {
  it('is received over pledged as a percentage', () => {
    expect(fundsProgress('80000.00', '80000.00')).toBe(100);
    expect(fundsProgress('80000.00', '20000.00')).toBe(25);
    expect(fundsProgress('30000.00', '0.00')).toBe(0);
  });

  it('rounds to one decimal, half up, without floating-point drift', () => {
    expect(fundsProgress('30000.00', '10000.00')).toBe(33.3);
    expect(fundsProgress('30000.00', '20000.00')).toBe(66.7);
    expect(fundsProgress('2000.00', '1.00')).toBe(0.1);
    expect(fundsProgress('0.03', '0.01')).toBe(33.3);
  });

  it('goes past 100 when more arrived than was pledged', () => {
    expect(fundsProgress('10000.00', '12500.00')).toBe(125);
  });

  it('is null when nothing was pledged', () => {
    expect(fundsProgress('0.00', '0.00')).toBeNull();
    expect(fundsProgress('0.00', '5000.00')).toBeNull();
  });
});

describe('fundsAdded', () => {
  it('is the new total less what had arrived', () => {
    expect(fundsAdded('20000.00', '50000.00')).toBe('30000.00');
    expect(fundsAdded('0.10', '0.30')).toBe('0.20');
  });

  it('is negative for a correction downwards', () => {
    expect(fundsAdded('50000.00', '45000.50')).toBe('-4999.50');
  });
});

describe('isFundsAmount', () => {
  it('takes 0 up to 1,000,000,000 元 with at most two decimals', () => {
    expect(isFundsAmount('0')).toBe(true);
    expect(isFundsAmount('130000')).toBe(true);
    expect(isFundsAmount(' 80000.5 ')).toBe(true);
    expect(isFundsAmount('1000000000.00')).toBe(true);
  });

  it('refuses more, negatives, three decimals and words', () => {
    expect(isFundsAmount('1000000000.01')).toBe(false);
    expect(isFundsAmount('-1')).toBe(false);
    expect(isFundsAmount('1.005')).toBe(false);
    expect(isFundsAmount('13万')).toBe(false);
    expect(isFundsAmount('')).toBe(false);
    expect(isFundsAmount(undefined)).toBe(false);
  });
});

describe('exceedsPledge', () => {
  it('is true only past a pledge', () => {
    expect(exceedsPledge('50000.00', '50000.01')).toBe(true);
    expect(exceedsPledge('50000.00', '50000.00')).toBe(false);
  });

  it('never holds for a pairing with no pledge', () => {
    expect(exceedsPledge('0.00', '10000.00')).toBe(false);
  });
});
