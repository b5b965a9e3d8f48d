"""A demand's life as a transition table: (state, action) -> next state. Pure: no I/O.

A buyer posts a demand open; deals fill it (partly, then wholly); the buyer or staff cancel it; after its
wanted window the daily job expires it. A weekly or monthly demand makes the next one when it closes (filled
or cancelled; see recurrence.py).
"""

from decimal import Decimal
from enum import StrEnum


class DemandStatus(StrEnum):
    open = "open"
    partly_filled = "partly_filled"
    filled = "filled"
    cancelled = "cancelled"
    expired = "expired"


class DemandAction(StrEnum):
    fill_part = "fill_part"  # a deal fills part of what is still wanted
    fill_up = "fill_up"  # a deal fills all that is still wanted
    cancel = "cancel"  # the buyer or staff
    expire = "expire"  # the daily job, after wanted_until
    edit = "edit"  # the buyer or staff correct the quantity, ceiling, window or radius; the state stays


# The states in which a demand is still wanted: matched, filled from, cancelled.
WANTED = frozenset({DemandStatus.open, DemandStatus.partly_filled})
# The states that close a demand and make the next one of a recurring demand.
CLOSING = frozenset({DemandStatus.filled, DemandStatus.cancelled})

S, A = DemandStatus, DemandAction

TRANSITIONS: dict[tuple[DemandStatus, DemandAction], DemandStatus] = {
    **{(state, A.fill_part): S.partly_filled for state in WANTED},
    **{(state, A.fill_up): S.filled for state in WANTED},
    **{(state, A.cancel): S.cancelled for state in WANTED},
    **{(state, A.expire): S.expired for state in WANTED},
}

# What people do from the phone or the console; the rest is done by deals and the job.
BY_PEOPLE = frozenset({A.cancel, A.edit})


def allowed_actions(state: DemandStatus) -> list[DemandAction]:
    """The transitions out of the state, and `edit` while the demand is wanted (it moves nowhere)."""
    return [action for (origin, action) in TRANSITIONS if origin == state] + ([A.edit] if state in WANTED else [])


def allowed_next_states(state: DemandStatus) -> list[DemandStatus]:
    return sorted({target for (origin, _), target in TRANSITIONS.items() if origin == state})


def fill(remaining_kg_after: Decimal) -> DemandAction:
    """A fill that leaves nothing wanted fills the demand up; any other fills part of it."""
    return A.fill_up if remaining_kg_after == 0 else A.fill_part
