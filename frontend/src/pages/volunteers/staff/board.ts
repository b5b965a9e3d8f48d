import { BOARD_ACTIONS, type BoardDecision } from './enums';
import type { ScoreParts } from './types';

/** The score's parts in the order the tooltip lists them, each rounded to one decimal. */
export function scoreParts(parts: ScoreParts): { key: keyof ScoreParts; value: number }[] {
  return (['native', 'skills', 'interview'] as const).map((key) => ({ key, value: round1(parts[key]) }));
}

export function round1(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 10) / 10;
}

/** The board's decisions this caller may take on a row, in the buttons' order (the API lists them). */
export function rowActions(row: { actions: readonly string[] }): BoardDecision[] {
  return BOARD_ACTIONS.filter((action) => row.actions.includes(action));
}

/** Places filled as a share of the places (0..100), and whether the activity is full. */
export function placesUsed(accepted: number, places: number): { percent: number; full: boolean } {
  if (places <= 0) return { percent: 0, full: true };
  return { percent: Math.min(100, Math.round((accepted / places) * 100)), full: accepted >= places };
}

/** The 409 codes the board explains in its own words; any other refusal shows the service's text. */
export const BOARD_CONFLICTS = [
  'places-full',
  'declaration-missing',
  'transition-not-allowed',
  'not-accepted',
] as const;
export type BoardConflict = (typeof BOARD_CONFLICTS)[number];

/** Why a 409 was refused: the problem's `reason` member (the services' extension), else its `code`. */
export function problemReason(problem: object | null | undefined): string | null {
  const members = (problem ?? {}) as { reason?: unknown; code?: unknown };
  const raw = members.reason ?? members.code;
  return typeof raw === 'string' ? raw : null;
}

export function conflictCode(problem: object | null | undefined): BoardConflict | null {
  const code = problemReason(problem);
  return code && (BOARD_CONFLICTS as readonly string[]).includes(code) ? (code as BoardConflict) : null;
}
