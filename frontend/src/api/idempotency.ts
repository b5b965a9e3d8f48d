/**
 * A fresh Idempotency-Key for one write that the service replays rather than repeats (the banks'
 * writes: approve, decline, disburse, repayments, claim filing). One key per attempt by a person: a
 * retry of the same request after a lost answer may reuse it, a new attempt takes a new one.
 */
export function idempotencyKey(): string {
  // randomUUID needs a secure context; the console may be served over plain http on an intranet.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
