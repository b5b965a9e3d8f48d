import type { HoursEntry } from './types';

/** Minutes as hours and minutes, signed: "-1 h 30 min" style pieces the page words in its language. */
export function splitMinutes(minutes: number): { sign: '' | '-'; hours: number; minutes: number } {
  const abs = Math.abs(minutes);
  return { sign: minutes < 0 ? '-' : '', hours: Math.floor(abs / 60), minutes: abs % 60 };
}

/** Where an entry stands for staff: an adjustment waits for a second member of staff. */
export type EntryState = 'open' | 'awaitingLeader' | 'awaitingSecond' | 'approved' | 'rejected';

export function entryState(entry: Pick<HoursEntry, 'kind' | 'status'>): EntryState {
  if (entry.status === 'pending') return entry.kind === 'attendance' ? 'awaitingLeader' : 'awaitingSecond';
  return entry.status;
}

/** An approved entry that is not itself a reversal, and has not been reversed, may be reversed. */
export function canReverse(entry: HoursEntry, all: readonly HoursEntry[]): boolean {
  if (entry.status !== 'approved' || entry.kind === 'reversal') return false;
  return !all.some((other) => other.reverses_id === entry.id && other.status !== 'rejected');
}

/** Hours with one decimal, for the export. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}
