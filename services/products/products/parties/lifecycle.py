"""A seller's admission as a transition table: (state, action) -> next state. Pure: no I/O.

A seller registers pending; county staff, on their own recommendation, admit them (only an admitted seller's
lots are matched or shown to buyers), suspend them, and reinstate them.
"""

from enum import StrEnum


class SellerStatus(StrEnum):
    pending = "pending"
    admitted = "admitted"
    suspended = "suspended"


class SellerAction(StrEnum):
    admit = "admit"
    suspend = "suspend"
    reinstate = "reinstate"


S, A = SellerStatus, SellerAction

TRANSITIONS: dict[tuple[SellerStatus, SellerAction], SellerStatus] = {
    (S.pending, A.admit): S.admitted,
    (S.pending, A.suspend): S.suspended,
    (S.admitted, A.suspend): S.suspended,
    (S.suspended, A.reinstate): S.admitted,
}

# The seller reads why on their phone; the audit keeps it.
REASON_REQUIRED = frozenset({A.suspend})


class IllegalTransition(Exception):
    def __init__(self, state: SellerStatus, action: SellerAction) -> None:
        super().__init__(f"{action.value} is not possible from {state.value}")


def next_state(state: SellerStatus, action: SellerAction) -> SellerStatus:
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise IllegalTransition(state, action) from None


def allowed_actions(state: SellerStatus) -> list[SellerAction]:
    return [action for (origin, action) in TRANSITIONS if origin == state]


def allowed_next_states(state: SellerStatus) -> list[SellerStatus]:
    return sorted({target for (origin, _), target in TRANSITIONS.items() if origin == state})
