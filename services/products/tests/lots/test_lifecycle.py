from decimal import Decimal

from products.lots.lifecycle import (
    BY_PEOPLE,
    ON_OFFER,
    TRANSITIONS,
    LotAction,
    LotStatus,
    allowed_actions,
    allowed_next_states,
    sale,
)


def test_a_lot_on_offer_may_be_sold_from_expired_or_withdrawn() -> None:
    for state in ON_OFFER:
        assert set(allowed_actions(state)) == set(LotAction)
        assert allowed_next_states(state) == ["expired", "partly_sold", "sold_out", "withdrawn"]


def test_a_lot_sold_out_expired_or_withdrawn_is_over() -> None:
    for state in (LotStatus.sold_out, LotStatus.expired, LotStatus.withdrawn):
        assert allowed_actions(state) == []


def test_people_only_withdraw_and_edit_and_an_edit_moves_nowhere() -> None:
    assert {LotAction.withdraw, LotAction.edit} == BY_PEOPLE
    assert not any(action is LotAction.edit for _, action in TRANSITIONS)


def test_a_sale_that_leaves_nothing_sells_the_lot_out() -> None:
    assert sale(Decimal("0.00")) is LotAction.sell_out
    assert sale(Decimal("0.01")) is LotAction.sell_part
