// How the console presents an application's life: colours, the pipeline, which actions a person takes
// here (and what each asks for), and the applicant's progress. The service's transition table decides
// what may happen; this only mirrors it for display.
import type { ApplicationAction, ApplicationStatus } from '@/api/models';

export const STATUS_COLOR: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  recommended: 'cyan',
  referred: 'geekblue',
  approved: 'purple',
  disbursed: 'green',
  repaying: 'green',
  overdue: 'red',
  settled: 'success',
  written_off: 'volcano',
  rejected: 'error',
  declined: 'orange',
  withdrawn: 'default',
};

/** The pipeline's stages in the order an application moves, then where applications leave it. */
export const PIPELINE_STAGES: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'recommended',
  'referred',
  'approved',
  'disbursed',
  'repaying',
  'overdue',
  'settled',
];
export const PIPELINE_EXITS: readonly ApplicationStatus[] = ['rejected', 'declined', 'withdrawn', 'written_off'];

/** The statuses an application has once the bank has lent: the loan list's status filter. */
export const LENT_STATUSES: readonly ApplicationStatus[] = [
  'disbursed',
  'repaying',
  'overdue',
  'settled',
  'written_off',
];

/** Actions the banks' systems take through the API; the console never offers them as buttons. */
const API_ONLY: ReadonlySet<ApplicationAction> = new Set([
  'disburse',
  'record_repayment',
  'mark_overdue',
  'cure',
  'settle',
]);

/** The order of buttons: the step forward first, then sending it back, then ending it. */
const BUTTON_ORDER: readonly ApplicationAction[] = [
  'submit',
  'recommend',
  'refer',
  'approve',
  'return',
  'reject',
  'decline',
  'withdraw',
  'write_off',
];

/** The actions to show as buttons, of those the service says this caller may take now. */
export function buttonActions(allowed: readonly ApplicationAction[]): ApplicationAction[] {
  return BUTTON_ORDER.filter((action) => allowed.includes(action) && !API_ONLY.has(action));
}

/** What an action asks for before it is sent: the applicant reads the reason, the audit keeps it. */
export type ActionInput = 'none' | 'optionalReason' | 'reason' | 'bank';

export function actionInput(action: ApplicationAction): ActionInput {
  switch (action) {
    case 'return':
    case 'reject':
    case 'decline':
    case 'write_off':
      return 'reason';
    case 'refer':
      return 'bank';
    case 'submit':
      return 'none';
    default:
      return 'optionalReason';
  }
}

export function reasonRequired(action: ApplicationAction): boolean {
  return actionInput(action) === 'reason';
}

/** Actions that end or set back an application are shown as danger buttons. */
export function isDestructive(action: ApplicationAction): boolean {
  return ['return', 'reject', 'decline', 'withdraw', 'write_off'].includes(action);
}

/** Milestones an applicant sees on their phone. */
export const PROGRESS_STEPS = ['submit', 'recommend', 'refer', 'approve', 'disburse'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

export interface Progress {
  /** Index of the step under way; PROGRESS_STEPS.length when every step is done. */
  current: number;
  status: 'process' | 'finish' | 'error';
}

const WAITING_FOR: Partial<Record<ApplicationStatus, number>> = {
  draft: 0,
  submitted: 1,
  recommended: 2,
  referred: 3,
  approved: 4,
};

/**
 * Where an application stands among the milestones. A rejection stops it at the county's step, a
 * decline at the bank's; a withdrawal stops it at the step it was waiting for (`withdrawnFrom`).
 */
export function progressOf(status: ApplicationStatus, withdrawnFrom?: ApplicationStatus): Progress {
  const waiting = WAITING_FOR[status];
  if (waiting !== undefined) return { current: waiting, status: 'process' };
  switch (status) {
    case 'rejected':
      return { current: 1, status: 'error' };
    case 'declined':
      return { current: 3, status: 'error' };
    case 'withdrawn':
      return { current: (withdrawnFrom && WAITING_FOR[withdrawnFrom]) ?? 0, status: 'error' };
    default:
      return { current: PROGRESS_STEPS.length, status: 'finish' };
  }
}

/** Years an application or a contract may be filtered by: the programme began in 2020. */
export function yearOptions(today: Date, first = 2020): number[] {
  const years: number[] = [];
  for (let year = today.getFullYear(); year >= first; year -= 1) years.push(year);
  return years;
}
