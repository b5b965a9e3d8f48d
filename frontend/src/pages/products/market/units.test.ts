import { describe, expect, it } from 'vitest';
import { kilogramsToJin, pricePerJin, toKilograms } from './units';

describe('toKilograms', () => {
  it('takes a 斤 as half a kilogram', () => {
    expect(toKilograms(1, 'jin')).toBe('0.50');
    expect(toKilograms(1000, 'jin')).toBe('500.00');
  });
  it('keeps kilograms and multiplies tonnes and boxes', () => {
    expect(toKilograms(12.5, 'kg')).toBe('12.50');
    expect(toKilograms(1.5, 'tonne')).toBe('1500.00');
    expect(toKilograms(40, 'box', 2.5)).toBe('100.00');
  });
  it('rounds once to the hundredth', () => {
    expect(toKilograms(0.3, 'kg')).toBe('0.30');
    expect(toKilograms(3.333, 'jin')).toBe('1.67');
  });
  it('refuses a box without its size and a quantity that is not one', () => {
    expect(() => toKilograms(3, 'box')).toThrow(RangeError);
    expect(() => toKilograms(0, 'kg')).toThrow(RangeError);
    expect(() => toKilograms(Number.NaN, 'kg')).toThrow(RangeError);
  });
});

describe('jin', () => {
  it('converts kilograms and prices per kilogram', () => {
    expect(kilogramsToJin('500.00')).toBe(1000);
    expect(pricePerJin('12.00')).toBe('6.00');
    expect(pricePerJin('7.30')).toBe('3.65');
  });
});
