import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { applicationFor, percent, problemCode, refusalOf, splitMinutes, todayInBeijing } from './reading';
import type { Application } from './types';

const problem = (status: number, extra: Record<string, unknown>) =>
  new ApiError(status, { type: 'x', title: 'T', status, ...extra });

describe('refusalOf', () => {
  it('reads a known 409 reason', () => {
    expect(refusalOf(problem(409, { reason: 'already-applied' }))).toBe('already-applied');
    expect(refusalOf(problem(409, { code: 'recruitment-closed' }))).toBe('recruitment-closed');
  });

  it('reads a 422 about the check-in code', () => {
    expect(refusalOf(problem(422, { errors: [{ loc: ['body', 'code'], msg: 'x', type: 'x' }] }))).toBe('codeInvalid');
  });

  it('leaves anything else to the problem text', () => {
    expect(refusalOf(problem(409, { code: 'something-new' }))).toBeNull();
    expect(refusalOf(new TypeError('offline'))).toBeNull();
  });
});

describe('problemCode', () => {
  it('reads the reason, the code, or an idempotency key still in flight', () => {
    expect(problemCode({ reason: 'already-recorded' })).toBe('already-recorded');
    expect(problemCode({ code: 'already-recorded' })).toBe('already-recorded');
    expect(problemCode({ type: 'https://x/problems/idempotency-request-in-flight' })).toBe('in-progress');
    expect(problemCode(null)).toBeNull();
  });
});

describe('applicationFor', () => {
  const app = (activity_id: string, status: Application['status']) => ({ activity_id, status }) as Application;

  it('finds the application that counts, not a withdrawn one', () => {
    expect(applicationFor([app('a', 'withdrawn')], 'a')).toBeUndefined();
    expect(applicationFor([app('a', 'withdrawn'), app('a', 'accepted')], 'a')?.status).toBe('accepted');
    expect(applicationFor([app('b', 'applied')], 'a')).toBeUndefined();
  });
});

describe('splitMinutes', () => {
  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(754)).toEqual({ hours: 12, minutes: 34 });
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(-90)).toEqual({ hours: -1, minutes: 30 });
  });
});

describe('todayInBeijing', () => {
  it('is the Beijing calendar day', () => {
    expect(todayInBeijing(new Date('2026-07-19T17:30:00Z'))).toBe('2026-07-20');
    expect(todayInBeijing(new Date('2026-07-20T03:00:00Z'))).toBe('2026-07-20');
  });
});

describe('percent', () => {
  it('rounds and clamps', () => {
    expect(percent(0.456)).toBe(46);
    expect(percent(1.2)).toBe(100);
  });
});
