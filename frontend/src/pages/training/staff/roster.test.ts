import { describe, expect, it } from 'vitest';
import type { Enrolment } from './contract';
import { hasEnded, promoted, sessionDays, sessionsByDay } from './roster';

function enrolment(id: string, status: Enrolment['status'], waitlist_position: number | null = null): Enrolment {
  return {
    id,
    session_id: 's',
    trainee_id: `t-${id}`,
    trainee_name: id,
    trainee_mobile: '138****0000',
    poor_household: false,
    status,
    waitlist_position,
    priority: 1,
    requested_at: '2026-04-01T00:00:00Z',
    booked_at: null,
    cancelled_at: null,
  };
}

describe('the roster', () => {
  it('finds the waitlist head booked after a cancellation', () => {
    const before = [enrolment('a', 'booked'), enrolment('b', 'waitlisted', 1), enrolment('c', 'waitlisted', 2)];
    const after = [enrolment('a', 'cancelled'), enrolment('b', 'booked'), enrolment('c', 'waitlisted', 1)];
    expect(promoted(before, after).map((e) => e.id)).toEqual(['b']);
  });

  it('finds nobody promoted when the waitlist was empty', () => {
    expect(promoted([enrolment('a', 'booked')], [enrolment('a', 'cancelled')])).toEqual([]);
  });
});

const twoDays = {
  starts_at: '2026-05-01T01:00:00Z',
  ends_at: '2026-05-02T09:00:00Z',
  dates: [
    { id: 'd1', starts_at: '2026-05-01T01:00:00Z', ends_at: '2026-05-01T09:00:00Z' },
    { id: 'd2', starts_at: '2026-05-02T01:00:00Z', ends_at: '2026-05-02T09:00:00Z' },
  ],
};

describe('session days', () => {
  it('lists each date in Beijing time', () => {
    // 17:00 UTC is the next morning in Beijing.
    expect(sessionDays({ starts_at: '2026-05-01T17:00:00Z', dates: [] })).toEqual(['2026-05-02']);
    expect(sessionDays(twoDays)).toEqual(['2026-05-01', '2026-05-02']);
  });

  it('puts a session on each of its days', () => {
    const days = sessionsByDay([twoDays]);
    expect([...days.keys()]).toEqual(['2026-05-01', '2026-05-02']);
  });

  it('has ended only after its last date', () => {
    expect(hasEnded(twoDays, Date.parse('2026-05-01T12:00:00Z'))).toBe(false);
    expect(hasEnded(twoDays, Date.parse('2026-05-02T09:00:00Z'))).toBe(true);
  });
});
