import dayjs from 'dayjs';
import { BUSINESS_TZ } from '@/lib/businessZone';
import type { Enrolment, TrainingSession } from './contract';

/** The trainees who were waiting and now hold a seat: what a cancellation or more seats gave the waitlist. */
export function promoted(before: readonly Enrolment[], after: readonly Enrolment[]): Enrolment[] {
  const waiting = new Set(before.filter((e) => e.status === 'waitlisted').map((e) => e.id));
  return after.filter((e) => e.status === 'booked' && waiting.has(e.id));
}

/** Whether the session's last date has ended, so it may be completed. */
export function hasEnded(session: Pick<TrainingSession, 'dates' | 'ends_at'>, now: number): boolean {
  const ends =
    session.dates.length > 0 ? session.dates.map((d) => Date.parse(d.ends_at)) : [Date.parse(session.ends_at)];
  return Math.max(...ends) <= now;
}

/** The business days (Beijing, YYYY-MM-DD) a session is held on: its dates', or its span's first day. */
export function sessionDays(session: Pick<TrainingSession, 'dates' | 'starts_at'>): string[] {
  const starts = session.dates.length > 0 ? session.dates.map((d) => d.starts_at) : [session.starts_at];
  return [...new Set(starts.map((iso) => dayjs(iso).tz(BUSINESS_TZ).format('YYYY-MM-DD')))].sort();
}

/** The sessions of each business day, for the calendar. */
export function sessionsByDay<S extends Pick<TrainingSession, 'dates' | 'starts_at'>>(
  sessions: readonly S[],
): Map<string, S[]> {
  const days = new Map<string, S[]>();
  for (const session of sessions) {
    for (const day of sessionDays(session)) days.set(day, [...(days.get(day) ?? []), session]);
  }
  return days;
}
