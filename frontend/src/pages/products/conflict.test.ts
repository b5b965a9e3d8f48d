import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { statusNow } from './conflict';

const STATUSES = ['pending', 'admitted', 'suspended'] as const;
const conflict = (extra: Record<string, unknown>) =>
  new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, ...extra });

describe('statusNow', () => {
  it('reads the status a conflict reports', () => {
    expect(statusNow(conflict({ status_now: 'admitted', allowed_actions: ['suspend'] }), STATUSES)).toBe('admitted');
  });

  it('ignores a status it does not know', () => {
    expect(statusNow(conflict({ status_now: 'archived' }), STATUSES)).toBeUndefined();
  });

  it('ignores errors that are not conflicts', () => {
    expect(statusNow(new ApiError(404, null), STATUSES)).toBeUndefined();
    expect(statusNow(new TypeError('offline'), STATUSES)).toBeUndefined();
  });
});
