import { ApiError } from '@/api/problem';
import type { Application, ApplicationStatus, HoursStatus, PlanStatus, Skill } from './types';

export const STATUS_COLOR: Record<ApplicationStatus, string> = {
  applied: 'blue',
  shortlisted: 'cyan',
  accepted: 'green',
  waitlisted: 'orange',
  rejected: 'red',
  withdrawn: 'default',
};

export const HOURS_STATUS_COLOR: Record<HoursStatus, string> = {
  open: 'processing',
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
};

export const PLAN_STATUS_COLOR: Record<PlanStatus, string> = {
  none: 'default',
  filed: 'blue',
  approved: 'green',
  returned: 'red',
};

/** The refusals these pages explain in the student's words, by the problem's `code`. */
const KNOWN_CODES = new Set([
  'recruitment-closed',
  'already-applied',
  'transition-not-allowed',
  'profile-missing',
  'not-checked-in',
  'already-checked-in',
  'already-recorded',
  'no-approved-hours',
]);

export type RefusalKey = string;

/** What a problem names its refusal by: the service's `reason` member (the contract said `code`), or, for an
 * Idempotency-Key still in use, its type. */
export function problemCode(problem: unknown): string | null {
  if (typeof problem !== 'object' || problem === null) return null;
  const { reason, code, type } = problem as { reason?: unknown; code?: unknown; type?: unknown };
  if (typeof reason === 'string') return reason;
  if (typeof code === 'string') return code;
  return typeof type === 'string' && type.endsWith('/idempotency-request-in-flight') ? 'in-progress' : null;
}

/** The i18n key (under my.refusal) of a refusal we know, else null: a 409's reason, or a 422 about the code. */
export function refusalOf(error: unknown): RefusalKey | null {
  if (!(error instanceof ApiError)) return null;
  const problem = error.problem as { errors?: { loc: (string | number)[] }[] } | null;
  const code = problemCode(problem);
  if (code && KNOWN_CODES.has(code)) return code;
  if (error.status === 422 && problem?.errors?.some((item) => item.loc.at(-1) === 'code')) return 'codeInvalid';
  return null;
}

/** The status of an application on an activity that still counts (one not withdrawn), if any. */
export function applicationFor(applications: Application[], activityId: string): Application | undefined {
  return applications.find((item) => item.activity_id === activityId && item.status !== 'withdrawn');
}

/** Minutes as whole hours and the minutes left: 754 → {hours: 12, minutes: 34}. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const sign = total < 0 ? -1 : 1;
  const whole = Math.abs(Math.round(total));
  return { hours: sign * Math.floor(whole / 60), minutes: whole % 60 };
}

/** Today in Beijing, YYYY-MM-DD (the API's calendar). */
export function todayInBeijing(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Skills in the contract's order, whatever order they were picked in. */
export function orderedSkills(skills: readonly Skill[], order: readonly Skill[]): Skill[] {
  return order.filter((skill) => skills.includes(skill));
}

/** 0..1 as a whole percentage. */
export const percent = (ratio: number) => Math.round(Math.max(0, Math.min(1, ratio)) * 100);
