// How the deal page presents a deal's next steps. The service decides who may do what and sends the caller's
// `allowed_actions`; this orders the buttons and says what each step asks for. Pure.
import type { DealAction, DealDetail, Role } from '@/api/models';
import { toFen } from '@/lib/money';

/** What a step asks for before it is sent. */
export type DealInput = 'none' | 'note' | 'reason' | 'delivery';

/** The steps people take from a button; proposing (a form of its own) and withdrawing are the clearing's. */
export type DealStep = Exclude<DealAction, 'propose' | 'withdraw'>;

/** Forward steps first, then disputing and cancelling. */
const BUTTON_ORDER: readonly DealStep[] = ['accept', 'ship', 'deliver', 'settle', 'dispute', 'cancel'];

export function dealButtons(allowed: readonly DealAction[]): DealStep[] {
  return BUTTON_ORDER.filter((action) => allowed.includes(action));
}

export function dealInput(action: DealStep): DealInput {
  switch (action) {
    case 'accept':
      return 'none';
    case 'deliver':
      return 'delivery';
    // The other side reads why; the audit keeps it.
    case 'dispute':
    case 'cancel':
      return 'reason';
    default:
      return 'note';
  }
}

/** Steps drawn in red: they stop the deal or call it into question. */
export function isDestructive(action: DealAction): boolean {
  return action === 'dispute' || action === 'cancel' || action === 'withdraw';
}

/** A delivered quantity the deal takes: more than nothing, and at most the deal's quantity (kg, to the 10 g). */
export function deliveryWithin(deliveredKg: string, dealKg: string): boolean {
  try {
    const delivered = toFen(deliveredKg);
    return delivered > 0n && delivered <= toFen(dealKg);
  } catch {
    return false;
  }
}

/** A trader who has accepted a proposed deal, waiting for the other side. */
export function waitingForOtherSide(deal: DealDetail, role: Role): boolean {
  if (deal.status !== 'proposed') return false;
  if (role === 'entrepreneur') return deal.seller_accepted_at !== null && deal.buyer_accepted_at === null;
  if (role === 'buyer') return deal.buyer_accepted_at !== null && deal.seller_accepted_at === null;
  return false;
}
