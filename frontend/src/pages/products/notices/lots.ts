// Which lots a notice may show and in what order. Pure.
import type { Certification, Lot, LotStatus } from '@/api/models';

const ON_OFFER: ReadonlySet<LotStatus> = new Set(['open', 'partly_sold']);

/** Whether a lot is still on offer (the public page shows only these, from admitted sellers). */
export const isOnOffer = (status: LotStatus): boolean => ON_OFFER.has(status);

/** Lots on offer, each once: the unsold ones first (what a notice is for), then the newest. */
export function offeredFirst(lots: readonly Lot[]): Lot[] {
  const byId = new Map<string, Lot>();
  for (const lot of lots) if (isOnOffer(lot.status) && !byId.has(lot.id)) byId.set(lot.id, lot);
  return [...byId.values()].sort(
    (a, b) => Number(b.unsold) - Number(a.unsold) || b.created_at.localeCompare(a.created_at),
  );
}

/** The certificates that count on a day (YYYY-MM-DD): one without an expiry date always does. */
export function inForce<C extends Pick<Certification, 'expires_on'>>(certifications: readonly C[], today: string): C[] {
  return certifications.filter((cert) => !cert.expires_on || cert.expires_on >= today);
}
