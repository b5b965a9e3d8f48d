import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { isMobile, normaliseMobile, refusal, toInquiry, type InquiryValues } from './inquiry';

const PROBLEMS = 'https://xiangqing.example/problems/';

const values: InquiryValues = {
  name: ' 李经理 ',
  organisation: '  ',
  mobile: '139 2600-0601',
  quantity: 400,
  unit: 'jin',
  message: ' 想采购红薯干作员工福利。\n请联系。 ',
};

describe('mobile numbers', () => {
  it('reads a number typed with spaces or dashes', () => {
    expect(normaliseMobile('139 2600-0601')).toBe('13926000601');
    expect(isMobile('139 2600-0601')).toBe(true);
  });

  it('refuses what the service refuses', () => {
    expect(isMobile('12926000601')).toBe(false);
    expect(isMobile('1392600060')).toBe(false);
    expect(isMobile('139260006011')).toBe(false);
    expect(isMobile('0763-3362000')).toBe(false);
  });
});

describe('toInquiry', () => {
  it('trims, leaves out an empty organisation and converts 斤 to kilograms', () => {
    expect(toInquiry(values, 'lot-1')).toEqual({
      name: '李经理',
      organisation: null,
      mobile: '13926000601',
      lot_id: 'lot-1',
      quantity_kg: '200.00',
      message: '想采购红薯干作员工福利。\n请联系。',
    });
  });

  it('asks about the whole notice without a lot, and without a quantity when none is given', () => {
    const inquiry = toInquiry({ ...values, organisation: '清远某工业园区食堂', quantity: null }, null);
    expect(inquiry.lot_id).toBeNull();
    expect(inquiry.quantity_kg).toBeNull();
    expect(inquiry.organisation).toBe('清远某工业园区食堂');
  });

  it('counts tonnes in kilograms', () => {
    expect(toInquiry({ ...values, quantity: 1.5, unit: 'tonne' }, null).quantity_kg).toBe('1500.00');
  });
});

describe('refusal', () => {
  it("tells the service's daily limit per number from the gateway's limit per address", () => {
    const daily = new ApiError(429, { type: `${PROBLEMS}too-many-requests`, title: 'Too many requests', status: 429 });
    const fast = new ApiError(429, { type: `${PROBLEMS}rate-limited`, title: 'Too many requests', status: 429 }, 12);
    expect(refusal(daily)).toEqual({ kind: 'dailyLimit' });
    expect(refusal(fast)).toEqual({ kind: 'tooFast', seconds: 12 });
  });

  it('takes a closed or vanished notice as closed', () => {
    expect(refusal(new ApiError(409, { type: `${PROBLEMS}conflict`, title: 'Conflict', status: 409 }))).toEqual({
      kind: 'closed',
    });
    expect(refusal(new ApiError(404, { type: `${PROBLEMS}not-found`, title: 'Not found', status: 404 }))).toEqual({
      kind: 'closed',
    });
  });

  it('tells a lot sold meanwhile from other invalid input', () => {
    const lotGone = new ApiError(422, {
      type: `${PROBLEMS}validation-error`,
      title: 'Validation failed',
      status: 422,
      errors: [{ loc: ['body', 'lot_id'], msg: 'not a lot of this notice still on offer', type: 'value_error' }],
    });
    const badMobile = new ApiError(422, {
      type: `${PROBLEMS}validation-error`,
      title: 'Validation failed',
      status: 422,
      errors: [{ loc: ['body', 'mobile'], msg: 'a mobile number has 11 digits', type: 'value_error' }],
    });
    expect(refusal(lotGone)).toEqual({ kind: 'lotGone' });
    expect(refusal(badMobile)).toEqual({ kind: 'other' });
    expect(refusal(new TypeError('offline'))).toEqual({ kind: 'other' });
  });
});
