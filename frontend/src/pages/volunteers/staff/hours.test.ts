import { describe, expect, it } from 'vitest';
import { canReverse, entryState, hoursOf, splitMinutes } from './hours';
import type { HoursEntry } from './types';

const entry = (over: Partial<HoursEntry>): HoursEntry => ({
  id: 'e1',
  profile_id: 'p',
  volunteer_name: '李同学',
  team_id: 't',
  team_name: '连樟村服务队',
  kind: 'attendance',
  status: 'approved',
  check_in_at: null,
  check_out_at: null,
  minutes: 120,
  reason: null,
  reverses_id: null,
  requested_by_name: null,
  approved_by_name: null,
  decision_reason: null,
  decided_at: null,
  created_at: '2026-07-10T02:00:00Z',
  ...over,
});

describe('splitMinutes', () => {
  it('splits signed minutes', () => {
    expect(splitMinutes(95)).toEqual({ sign: '', hours: 1, minutes: 35 });
    expect(splitMinutes(-30)).toEqual({ sign: '-', hours: 0, minutes: 30 });
  });
});

describe('entryState', () => {
  it('tells a pending adjustment from pending attendance', () => {
    expect(entryState({ kind: 'adjustment', status: 'pending' })).toBe('awaitingSecond');
    expect(entryState({ kind: 'attendance', status: 'pending' })).toBe('awaitingLeader');
    expect(entryState({ kind: 'attendance', status: 'approved' })).toBe('approved');
  });
});

describe('canReverse', () => {
  it('reverses an approved entry once, and never a reversal', () => {
    const original = entry({});
    const reversal = entry({ id: 'e2', kind: 'reversal', minutes: -120, reverses_id: 'e1' });
    expect(canReverse(original, [original])).toBe(true);
    expect(canReverse(original, [original, reversal])).toBe(false);
    expect(canReverse(reversal, [original, reversal])).toBe(false);
    expect(canReverse(entry({ status: 'pending' }), [])).toBe(false);
  });
});

describe('hoursOf', () => {
  it('rounds to one decimal', () => {
    expect(hoursOf(95)).toBe(1.6);
  });
});
