import { ApiError } from '@/api/problem';
import type { EnrolmentStatus, MyEnrolment, TrainingSessionRead } from './types';

/** How an enrolment's status reads on the phone: the label's key, its colour, and the place on the waitlist. */
export interface StatusReading {
  key: 'booked' | 'waitlistedAt' | 'waitlisted' | 'cancelled' | 'completed' | 'incomplete';
  color: string;
  position?: number;
}

export function readStatus(status: EnrolmentStatus, waitlistPosition: number | null | undefined): StatusReading {
  switch (status) {
    case 'booked':
      return { key: 'booked', color: 'green' };
    case 'waitlisted':
      // 候补第N位 when the service says where; plain 候补中 should it not.
      return waitlistPosition && waitlistPosition > 0
        ? { key: 'waitlistedAt', color: 'orange', position: waitlistPosition }
        : { key: 'waitlisted', color: 'orange' };
    case 'cancelled':
      return { key: 'cancelled', color: 'default' };
    case 'completed':
      return { key: 'completed', color: 'blue' };
    case 'incomplete':
      return { key: 'incomplete', color: 'red' };
  }
}

/** What a session card says of its seats: how many are left, or, when full, how many wait. */
export function seatsReading(session: Pick<TrainingSessionRead, 'seats_left' | 'waitlist_count'>): {
  key: 'seatsLeft' | 'full';
  count: number;
} {
  return session.seats_left > 0
    ? { key: 'seatsLeft', count: session.seats_left }
    : { key: 'full', count: session.waitlist_count };
}

/** The short feedback form is offered once the session has started, to a trainee who held a seat, once. */
export function feedbackDue(
  enrolment: Pick<MyEnrolment, 'status' | 'starts_at' | 'feedback_given'>,
  now: Date = new Date(),
): boolean {
  if (enrolment.feedback_given) return false;
  if (!['booked', 'completed', 'incomplete'].includes(enrolment.status)) return false;
  return new Date(enrolment.starts_at).getTime() <= now.getTime();
}

/** Why the service refused, in the trainee's words: the 409s and 422s these pages can meet. */
export type Refusal =
  | 'outsideWindow'
  | 'closed'
  | 'noTraineeRecord'
  | 'alreadyEnrolled'
  | 'overlapping'
  | 'notInTargetGroups'
  | 'pastCutoff'
  | 'numberTaken'
  | 'notBooked'
  | 'noDateNow'
  | 'codeExpired';

// A 409 names its reason in a `reason` member.
const BY_REASON: Record<string, Refusal> = {
  outside_window: 'outsideWindow',
  closed: 'closed',
  no_trainee_record: 'noTraineeRecord',
  already_enrolled: 'alreadyEnrolled',
  overlapping_session: 'overlapping',
  not_in_target_groups: 'notInTargetGroups',
  past_cutoff: 'pastCutoff',
  number_on_another_record: 'numberTaken',
  duplicate_mobile: 'numberTaken',
  duplicate_id_card: 'numberTaken',
  not_booked: 'notBooked',
  no_date_on: 'noDateNow',
};

export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  const problem = error.problem;
  if (error.status === 422 && problem?.errors?.some((item) => item.loc.at(-1) === 'code')) return 'codeExpired';
  if (error.status !== 409) return null;
  const reason = (problem as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? (BY_REASON[reason] ?? null) : null;
}
