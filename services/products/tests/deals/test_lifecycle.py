"""The deal's transition table, every (state, action) pair: allowed pairs go where the table says, others refuse."""

import itertools

import pytest

from products.deals.lifecycle import (
    HOLDS_QUANTITY,
    WHO,
    DealAction,
    DealStatus,
    IllegalTransition,
    Party,
    after_accept,
    allowed_actions,
    next_state,
)

S, A = DealStatus, DealAction

EXPECTED = {
    (S.proposed, A.accept): S.accepted,
    (S.proposed, A.cancel): S.cancelled,
    (S.proposed, A.withdraw): S.withdrawn,
    (S.accepted, A.ship): S.shipped,
    (S.accepted, A.cancel): S.cancelled,
    (S.shipped, A.deliver): S.delivered,
    (S.shipped, A.dispute): S.disputed,
    (S.delivered, A.dispute): S.disputed,
    (S.delivered, A.settle): S.settled,
    (S.disputed, A.settle): S.settled,
}


@pytest.mark.parametrize(("state", "action"), list(itertools.product(S, A)))
def test_every_pair_of_state_and_action(state: DealStatus, action: DealAction) -> None:
    if (state, action) in EXPECTED:
        assert next_state(state, action) is EXPECTED[(state, action)]
    else:
        with pytest.raises(IllegalTransition):
            next_state(state, action)


def test_final_states_allow_nothing() -> None:
    for state in (S.settled, S.cancelled, S.withdrawn):
        assert allowed_actions(state) == []


def test_the_first_acceptance_leaves_the_deal_proposed_and_the_second_accepts_it() -> None:
    assert after_accept(other_side_accepted=False) is S.proposed
    assert after_accept(other_side_accepted=True) is S.accepted


def test_staff_never_accept_ship_or_deliver_for_a_side() -> None:
    for action in (A.accept, A.ship, A.deliver, A.dispute):
        assert Party.staff not in WHO[action]


def test_every_action_names_who_takes_it() -> None:
    assert set(WHO) == set(A)


def test_quantity_is_held_from_acceptance_until_the_end_unless_cancelled() -> None:
    assert {S.accepted, S.shipped, S.delivered, S.disputed, S.settled} == HOLDS_QUANTITY
