import { describe, expect, it } from 'vitest';
import { isIdCardNumber, isMobileNumber, maskMobile } from './identity';

describe('isIdCardNumber', () => {
  it('accepts a number whose check digit matches', () => {
    expect(isIdCardNumber('441881199503120019')).toBe(true);
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(isIdCardNumber('11010519491231002x')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length or letters', () => {
    expect(isIdCardNumber('441881199503120018')).toBe(false);
    expect(isIdCardNumber('44188119950312001')).toBe(false);
    expect(isIdCardNumber('4418811995031200AX')).toBe(false);
  });

  it('refuses a date of birth that does not exist', () => {
    // 1995-02-30 with a check digit that would otherwise match.
    const base = '44188119950230001';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((total, weight, index) => total + weight * Number(base[index]), 0);
    expect(isIdCardNumber(base + '10X98765432'[sum % 11])).toBe(false);
  });
});

describe('isMobileNumber', () => {
  it('accepts 11 digits starting 13 to 19', () => {
    expect(isMobileNumber('13800138000')).toBe(true);
    expect(isMobileNumber('19912345678')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isMobileNumber('12800138000')).toBe(false);
    expect(isMobileNumber('1380013800')).toBe(false);
    expect(isMobileNumber('+8613800138000')).toBe(false);
  });
});

describe('maskMobile', () => {
  it('hides the middle four digits', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskMobile(' 13912345678 ')).toBe('139****5678');
  });

  it('leaves anything else as it is', () => {
    expect(maskMobile('12345')).toBe('12345');
  });
});
