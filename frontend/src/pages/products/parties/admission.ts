// How the console presents a seller's admission. The service's transition table decides what may happen and
// sends the caller's `allowed_actions`; this only orders the buttons and says what each asks for.
import type { SellerAction, SellerStatus } from '@/api/models';

export const SELLER_STATUS_COLOURS: Record<SellerStatus, string> = {
  pending: 'orange',
  admitted: 'green',
  suspended: 'red',
};

/** The step forward first, then the one that takes the seller off the market. */
const BUTTON_ORDER: readonly SellerAction[] = ['admit', 'reinstate', 'suspend'];

/** The buttons to show, of the actions the service says this caller may take now. */
export function sellerButtons(allowed: readonly SellerAction[]): SellerAction[] {
  return BUTTON_ORDER.filter((action) => allowed.includes(action));
}

/** A suspension takes the seller's lots off the market: it needs a reason, which the seller reads. */
export function reasonRequired(action: SellerAction): boolean {
  return action === 'suspend';
}

export function isDestructive(action: SellerAction): boolean {
  return action === 'suspend';
}

/** What a step is called: suspending a seller still pending is refusing them (不予准入); the service calls
 * both `suspend`, and a refused seller can be reinstated like any suspended one. */
export function sellerActionName(action: SellerAction, from: SellerStatus | null): SellerAction | 'refuse' {
  return action === 'suspend' && from === 'pending' ? 'refuse' : action;
}
