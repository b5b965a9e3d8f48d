"""A lot's life as a transition table: (state, action) -> next state. Pure: no I/O.

A lot is listed open; deals take from it (partly sold, then sold out); past its best-before the daily job
expires it; the seller or staff may withdraw it while something is left to sell.
"""

from decimal import Decimal
from enum import StrEnum


class LotStatus(StrEnum):
    open = "open"
    partly_sold = "partly_sold"
    sold_out = "sold_out"
    expired = "expired"
    withdrawn = "withdrawn"


class LotAction(StrEnum):
    sell_part = "sell_part"  # a deal takes part of what is left
    sell_out = "sell_out"  # a deal takes all that is left
    expire = "expire"  # the daily job, past best-before
    withdraw = "withdraw"  # the seller or staff
    edit = "edit"  # the seller or staff correct the price, dates, quantity or note; the state stays


# The states in which a lot is on offer: matched, shown to buyers, sold from, withdrawn.
ON_OFFER = frozenset({LotStatus.open, LotStatus.partly_sold})

S, A = LotStatus, LotAction

TRANSITIONS: dict[tuple[LotStatus, LotAction], LotStatus] = {
    **{(state, A.sell_part): S.partly_sold for state in ON_OFFER},
    **{(state, A.sell_out): S.sold_out for state in ON_OFFER},
    **{(state, A.expire): S.expired for state in ON_OFFER},
    **{(state, A.withdraw): S.withdrawn for state in ON_OFFER},
}

# What people do from the phone or the console; the rest is done by deals and the job.
BY_PEOPLE = frozenset({A.withdraw, A.edit})


def allowed_actions(state: LotStatus) -> list[LotAction]:
    """The transitions out of the state, and `edit` while the lot is on offer (it moves nowhere)."""
    return [action for (origin, action) in TRANSITIONS if origin == state] + ([A.edit] if state in ON_OFFER else [])


def allowed_next_states(state: LotStatus) -> list[LotStatus]:
    return sorted({target for (origin, _), target in TRANSITIONS.items() if origin == state})


def sale(remaining_kg_after: Decimal) -> LotAction:
    """A sale that leaves nothing sells the lot out; any other takes part of it."""
    return A.sell_out if remaining_kg_after == 0 else A.sell_part
