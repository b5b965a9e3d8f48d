/** Whole seconds until an instant, never below zero. */
export function secondsLeft(expiresAt: string, now: number): number {
  const ms = Date.parse(expiresAt) - now;
  return Number.isNaN(ms) ? 0 : Math.max(0, Math.ceil(ms / 1000));
}

/** "0:27", "1:05": the check-in code's time left. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** When to fetch the next code: at the code's expiry (plus a moment, so the server has turned over), but
 * never later than the regular period. */
export function nextRefreshMs(expiresAt: string, now: number, periodMs = 30_000): number {
  const ms = Date.parse(expiresAt) - now;
  if (Number.isNaN(ms)) return periodMs;
  return Math.min(periodMs, Math.max(500, ms + 300));
}
