"""A deal's life as an explicit transition table: (state, action) -> next state, and who acts.

Pure: no I/O. transitions.py checks that the caller is the party the action needs and carries the change out.

A deal is proposed (by staff, by the clearing, or by either side), then accepted by both sides: the seller of
the lot and the buyer of the demand, each for their own side and never staff for them. The first acceptance
leaves it proposed; the second makes it accepted, and that is when the quantity is taken from the lot and the
demand. Then the seller ships, the buyer confirms delivery (of the quantity that arrived), and staff settle it;
either side may dispute a shipped or delivered deal, and staff settle a dispute. Until it ships, either side or
staff may cancel it (the quantity goes back if it had been taken); a later clearing in the same scope withdraws
proposals that nobody has accepted yet.
"""

from enum import StrEnum


class DealStatus(StrEnum):
    proposed = "proposed"
    accepted = "accepted"
    shipped = "shipped"
    delivered = "delivered"
    disputed = "disputed"
    settled = "settled"
    cancelled = "cancelled"
    withdrawn = "withdrawn"


class DealAction(StrEnum):
    propose = "propose"
    accept = "accept"
    ship = "ship"
    deliver = "deliver"
    dispute = "dispute"
    settle = "settle"
    cancel = "cancel"
    withdraw = "withdraw"


class Party(StrEnum):
    """Who may take an action: a side of the deal, or staff of the deal's county (city staff anywhere)."""

    seller = "seller"
    buyer = "buyer"
    staff = "staff"


S, A = DealStatus, DealAction

TRANSITIONS: dict[tuple[DealStatus, DealAction], DealStatus] = {
    # The table names where the second acceptance leads; the first leaves the deal proposed (`after_accept`).
    (S.proposed, A.accept): S.accepted,
    (S.accepted, A.ship): S.shipped,
    (S.shipped, A.deliver): S.delivered,
    (S.shipped, A.dispute): S.disputed,
    (S.delivered, A.dispute): S.disputed,
    (S.delivered, A.settle): S.settled,
    (S.disputed, A.settle): S.settled,
    (S.proposed, A.cancel): S.cancelled,
    (S.accepted, A.cancel): S.cancelled,
    (S.proposed, A.withdraw): S.withdrawn,
}

WHO: dict[DealAction, frozenset[Party]] = {
    A.propose: frozenset({Party.seller, Party.buyer, Party.staff}),
    A.accept: frozenset({Party.seller, Party.buyer}),
    A.ship: frozenset({Party.seller}),
    A.deliver: frozenset({Party.buyer}),
    A.dispute: frozenset({Party.seller, Party.buyer}),
    A.settle: frozenset({Party.staff}),
    A.cancel: frozenset({Party.seller, Party.buyer, Party.staff}),
    A.withdraw: frozenset({Party.staff}),
}

# Actions that must say why: the other side reads it, the audit keeps it.
REASON_REQUIRED = frozenset({A.dispute, A.cancel})

# The states in which the deal's quantity is taken from its lot and its demand.
HOLDS_QUANTITY = frozenset({S.accepted, S.shipped, S.delivered, S.disputed, S.settled})


class IllegalTransition(Exception):
    def __init__(self, state: DealStatus, action: DealAction) -> None:
        super().__init__(f"{action.value} is not possible from {state.value}")
        self.state = state
        self.action = action


def next_state(state: DealStatus, action: DealAction) -> DealStatus:
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise IllegalTransition(state, action) from None


def after_accept(*, other_side_accepted: bool) -> DealStatus:
    """An acceptance completes the deal only when the other side has accepted too."""
    return S.accepted if other_side_accepted else S.proposed


def allowed_actions(state: DealStatus) -> list[DealAction]:
    return [action for (origin, action) in TRANSITIONS if origin == state]
