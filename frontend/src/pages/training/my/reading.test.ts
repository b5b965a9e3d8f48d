import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { feedbackDue, readStatus, refusalOf, seatsReading } from './reading';

const conflict = (detail: string, reason?: string) =>
  new ApiError(409, { type: 'x/conflict', title: 'Conflict', status: 409, detail, ...(reason ? { reason } : {}) });

describe('readStatus', () => {
  it('reads a waitlisted enrolment with its place', () => {
    expect(readStatus('waitlisted', 3)).toEqual({ key: 'waitlistedAt', color: 'orange', position: 3 });
  });

  it('reads a waitlisted enrolment without a place as waiting', () => {
    expect(readStatus('waitlisted', null).key).toBe('waitlisted');
  });

  it('reads a booked enrolment as booked whatever the position', () => {
    expect(readStatus('booked', null)).toEqual({ key: 'booked', color: 'green' });
  });

  it('reads the closed statuses', () => {
    expect(readStatus('cancelled', null).key).toBe('cancelled');
    expect(readStatus('completed', null).key).toBe('completed');
    expect(readStatus('incomplete', null).key).toBe('incomplete');
  });
});

describe('seatsReading', () => {
  it('counts the seats left', () => {
    expect(seatsReading({ seats_left: 4, waitlist_count: 0 })).toEqual({ key: 'seatsLeft', count: 4 });
  });

  it('counts the waitlist when full', () => {
    expect(seatsReading({ seats_left: 0, waitlist_count: 2 })).toEqual({ key: 'full', count: 2 });
  });
});

describe('feedbackDue', () => {
  const now = new Date('2026-05-10T08:00:00Z');
  const started = { status: 'booked' as const, starts_at: '2026-05-09T01:00:00Z', feedback_given: false };

  it('is due once a booked session has started', () => {
    expect(feedbackDue(started, now)).toBe(true);
  });

  it('is not due before the session starts', () => {
    expect(feedbackDue({ ...started, starts_at: '2026-05-11T01:00:00Z' }, now)).toBe(false);
  });

  it('is not due twice', () => {
    expect(feedbackDue({ ...started, feedback_given: true }, now)).toBe(false);
  });

  it('is not due on a cancelled or waitlisted enrolment', () => {
    expect(feedbackDue({ ...started, status: 'cancelled' }, now)).toBe(false);
    expect(feedbackDue({ ...started, status: 'waitlisted' }, now)).toBe(false);
  });
});

describe('refusalOf', () => {
  it('reads the reasons an enrolment is refused', () => {
    expect(refusalOf(conflict('Enrolment is open from … to … only.', 'outside_window'))).toBe('outsideWindow');
    expect(refusalOf(conflict('Already enrolled on this session.', 'already_enrolled'))).toBe('alreadyEnrolled');
    expect(refusalOf(conflict('Already booked on a session at the same time: X.', 'overlapping_session'))).toBe(
      'overlapping',
    );
    expect(refusalOf(conflict('This session is for other groups of trainees.', 'not_in_target_groups'))).toBe(
      'notInTargetGroups',
    );
    expect(refusalOf(conflict('It is past the cancellation cut-off.', 'past_cutoff'))).toBe('pastCutoff');
  });

  it('reads the reasons a check-in is refused', () => {
    expect(refusalOf(conflict('You are not booked on this session.', 'not_booked'))).toBe('notBooked');
    expect(refusalOf(conflict('No date of this session is on now, and none is to come.', 'no_date_on'))).toBe(
      'noDateNow',
    );
    const expired = new ApiError(422, {
      type: 'x/validation-error',
      title: 'Validation failed',
      status: 422,
      errors: [{ loc: ['body', 'code'], msg: 'the code has expired or is wrong', type: 'value_error' }],
    });
    expect(refusalOf(expired)).toBe('codeExpired');
  });

  it('reads a mobile number already on another record', () => {
    expect(refusalOf(conflict('This number is already on a trainee record.', 'number_on_another_record'))).toBe(
      'numberTaken',
    );
  });

  it('leaves anything else to the plain problem text', () => {
    expect(refusalOf(conflict('Something new.', 'something_new'))).toBeNull();
    expect(refusalOf(conflict('Something new.'))).toBeNull();
    expect(refusalOf(new TypeError('offline'))).toBeNull();
    expect(refusalOf(new ApiError(500, null))).toBeNull();
  });
});
