import uuid

import httpx

from tests.deals.market import (
    DEALS,
    Market,
    accepted,
    act,
    another_demand,
    demand_now,
    lot_now,
    market,
    propose,
)
from tests.factories import (
    API,
    FOGANG,
    city_staff,
    county_staff,
    entrepreneur,
    field_errors,
    new_buyer,
    new_demand,
    ok,
)


def body(m: Market, **overrides: str) -> dict[str, str]:
    return {"lot_id": m.lot["id"], "demand_id": m.demand["id"], "quantity_kg": "40.00", "price_per_kg": "6.00",
            **overrides}


# --- proposing ---------------------------------------------------------------------------------------------


async def test_staff_of_the_lots_county_propose_a_deal(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m, "40.00")
    assert deal["status"] == "proposed"
    assert (deal["quantity_kg"], deal["price_per_kg"], deal["amount"]) == ("40.00", "6.00", "240.00")
    assert (deal["seller_accepted_at"], deal["buyer_accepted_at"]) == (None, None)
    assert [t["action"] for t in deal["transitions"]] == ["propose"]
    assert deal["allowed_actions"] == ["cancel"]


async def test_the_lots_seller_and_the_demands_buyer_may_propose(client: httpx.AsyncClient) -> None:
    m = await market(client)
    for side in (m.seller, m.buyer):
        response = await client.post(DEALS, json=body(m, quantity_kg="10.00"), headers=side.headers)
        assert response.status_code == 201, response.text


async def test_anyone_else_may_not_propose(client: httpx.AsyncClient) -> None:
    m = await market(client)
    for outsider in (entrepreneur(), county_staff(FOGANG)):
        response = await client.post(DEALS, json=body(m), headers=outsider.headers)
        assert response.status_code == 403, response.text


async def test_a_pair_that_is_not_eligible_is_refused_naming_the_rules_it_fails(client: httpx.AsyncClient) -> None:
    m = await market(client)
    cheap = await new_demand(client, m.buyer, product_id=m.product["id"], ceiling_price_per_kg="4.00")
    response = await client.post(DEALS, json=body(m, demand_id=cheap["id"]), headers=m.staff.headers)
    assert response.status_code == 422
    assert response.json()["failed_rules"] == ["price"]


async def test_a_price_outside_the_floor_and_the_ceiling_is_refused(client: httpx.AsyncClient) -> None:
    m = await market(client)
    for price in ("4.99", "8.01"):
        response = await client.post(DEALS, json=body(m, price_per_kg=price), headers=m.staff.headers)
        assert field_errors(response) == [["body", "price_per_kg"]], price


async def test_more_than_the_lot_or_the_demand_holds_is_a_conflict(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00", demand_kg="60.00")
    response = await client.post(DEALS, json=body(m, quantity_kg="60.01"), headers=m.staff.headers)
    assert response.status_code == 409
    assert response.json()["demand_remaining_kg"] == "60.00"


async def test_an_unknown_lot_is_named_in_the_answer(client: httpx.AsyncClient) -> None:
    m = await market(client)
    response = await client.post(DEALS, json=body(m, lot_id=str(uuid.uuid4())), headers=m.staff.headers)
    assert field_errors(response) == [["body", "lot_id"]]


async def test_unknown_fields_and_bad_quantities_are_refused(client: httpx.AsyncClient) -> None:
    m = await market(client)
    cases = {"status": {"status": "accepted"}, "quantity_kg": {"quantity_kg": "0.00"}}
    for field, change in cases.items():
        response = await client.post(DEALS, json=body(m, **change), headers=m.staff.headers)
        assert field_errors(response) == [["body", field]]
    response = await client.post(DEALS, json=body(m, quantity_kg="1.001"), headers=m.staff.headers)
    assert field_errors(response) == [["body", "quantity_kg"]]


# --- accepting ---------------------------------------------------------------------------------------------


async def test_the_first_acceptance_leaves_the_deal_proposed_and_takes_nothing(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await act(client, await propose(client, m), "accept", m.seller)
    assert deal["status"] == "proposed"
    assert deal["seller_accepted_at"] is not None and deal["buyer_accepted_at"] is None
    assert (await lot_now(client, m))["remaining_kg"] == "100.00"


async def test_the_second_acceptance_takes_the_quantity_from_the_lot_and_the_demand(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00", demand_kg="60.00")
    deal = await accepted(client, m, "40.00")
    assert deal["status"] == "accepted"
    lot, demand = await lot_now(client, m), await demand_now(client, m)
    assert (lot["remaining_kg"], lot["status"]) == ("60.00", "partly_sold")
    assert (demand["remaining_kg"], demand["status"]) == ("20.00", "partly_filled")


async def test_the_buyer_may_accept_first(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    await act(client, deal, "accept", m.buyer)
    assert (await act(client, deal, "accept", m.seller))["status"] == "accepted"


async def test_taking_all_that_is_left_sells_the_lot_out_and_fills_the_demand(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="50.00", demand_kg="50.00")
    await accepted(client, m, "50.00")
    assert (await lot_now(client, m))["status"] == "sold_out"
    assert (await demand_now(client, m))["status"] == "filled"


async def test_staff_never_accept_for_a_side(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    for staff in (m.staff, city_staff()):
        await act(client, deal, "accept", staff, status=403)


async def test_only_the_deals_own_sides_accept(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    stranger, _ = await new_buyer(client)
    response = await client.post(f"{DEALS}/{deal['id']}/accept", headers=stranger.headers)
    assert response.status_code == 404  # a buyer does not see other buyers' deals


async def test_a_side_accepts_only_once(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    await act(client, deal, "accept", m.seller)
    again = await act(client, deal, "accept", m.seller, status=409)
    assert again["allowed_actions"] == ["accept", "cancel"]


async def test_an_acceptance_the_lot_no_longer_covers_is_a_conflict_and_the_deal_stays_proposed(
        client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="50.00", demand_kg="40.00")
    other_buyer, other_demand = await another_demand(client, m, "40.00")
    first, second = await propose(client, m, "40.00"), await propose(client, m, "40.00", demand=other_demand)
    await act(client, first, "accept", m.seller)
    await act(client, first, "accept", m.buyer)
    await act(client, second, "accept", m.seller)
    refused = await act(client, second, "accept", other_buyer, status=409)
    assert refused["remaining_kg"] == "10.00"
    deal = ok(await client.get(f"{DEALS}/{second['id']}", headers=other_buyer.headers))
    assert (deal["status"], deal["buyer_accepted_at"]) == ("proposed", None)
    assert (await demand_now(client, m, other_demand))["remaining_kg"] == "40.00"


# --- shipping, delivering, settling, cancelling ------------------------------------------------------------


async def test_a_deal_goes_from_accepted_to_settled(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m, "40.00")
    deal = await act(client, deal, "ship", m.seller)
    deal = await act(client, deal, "deliver", m.buyer, {"delivered_kg": "40.00"})
    deal = await act(client, deal, "settle", m.staff)
    assert deal["status"] == "settled"
    assert [t["action"] for t in deal["transitions"]] == ["propose", "accept", "accept", "ship", "deliver", "settle"]


async def test_each_step_is_taken_by_its_own_side(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m)
    await act(client, deal, "ship", m.buyer, status=403)
    await act(client, deal, "ship", m.seller)
    await act(client, deal, "deliver", m.seller, {"delivered_kg": "40.00"}, status=403)
    await act(client, deal, "deliver", m.buyer, {"delivered_kg": "40.00"})
    await act(client, deal, "settle", county_staff(FOGANG), status=404)


async def test_a_short_delivery_returns_the_difference_to_the_lot(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00")
    deal = await accepted(client, m, "40.00")
    await act(client, deal, "ship", m.seller)
    deal = await act(client, deal, "deliver", m.buyer, {"delivered_kg": "35.50"})
    assert (deal["delivered_kg"], deal["amount"]) == ("35.50", "213.00")
    assert (await lot_now(client, m))["remaining_kg"] == "64.50"


async def test_more_delivered_than_the_deal_is_refused(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m, "40.00")
    await act(client, deal, "ship", m.seller)
    response = await client.post(f"{DEALS}/{deal['id']}/deliver", json={"delivered_kg": "40.01"},
                                 headers=m.buyer.headers)
    assert field_errors(response) == [["body", "delivered_kg"]]


async def test_cancelling_an_accepted_deal_gives_its_quantity_back(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="40.00", demand_kg="40.00")
    deal = await accepted(client, m, "40.00")
    deal = await act(client, deal, "cancel", m.buyer, {"reason": "食堂停餐"})
    assert deal["status"] == "cancelled"
    lot, demand = await lot_now(client, m), await demand_now(client, m)
    assert (lot["remaining_kg"], lot["status"]) == ("40.00", "open")
    assert (demand["remaining_kg"], demand["status"]) == ("40.00", "open")


async def test_cancelling_a_proposal_takes_nothing_back(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00")
    await accepted(client, m, "30.00")
    proposal = await propose(client, m, "10.00")
    await act(client, proposal, "cancel", m.staff, {"reason": "重复提议"})
    assert (await lot_now(client, m))["remaining_kg"] == "70.00"


async def test_cancelling_needs_a_reason(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    await act(client, deal, "cancel", m.seller, {}, status=422)


async def test_a_shipped_deal_is_no_longer_cancelled(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m)
    await act(client, deal, "ship", m.seller)
    refused = await act(client, deal, "cancel", m.buyer, {"reason": "不要了"}, status=409)
    assert refused["allowed_actions"] == ["deliver", "dispute"]


async def test_a_dispute_is_settled_by_staff(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m)
    await act(client, deal, "ship", m.seller)
    deal = await act(client, deal, "dispute", m.buyer, {"reason": "到货有坏果"})
    assert deal["status"] == "disputed"
    assert (await act(client, deal, "settle", m.staff))["status"] == "settled"


async def test_acting_on_a_settled_deal_is_a_conflict_naming_no_allowed_action(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m)
    await act(client, deal, "ship", m.seller)
    await act(client, deal, "deliver", m.buyer, {"delivered_kg": "40.00"})
    await act(client, deal, "settle", m.staff)
    refused = await act(client, deal, "settle", m.staff, status=409)
    assert (refused["status_now"], refused["allowed_actions"]) == ("settled", [])
    assert (await act(client, deal, "dispute", m.seller, {"reason": "再议"}, status=409))["allowed_actions"] == []


async def test_settling_counts_the_amount_towards_the_buyers_pledge(client: httpx.AsyncClient) -> None:
    m = await market(client)
    buyer, pledged = await new_buyer(client, yearly_pledge="1000.00")
    demand = await new_demand(client, buyer, product_id=m.product["id"], quantity_kg="40.00")
    deal = await propose(client, m, "40.00", demand=demand)
    await act(client, deal, "accept", m.seller)
    await act(client, deal, "accept", buyer)
    await act(client, deal, "ship", m.seller)
    await act(client, deal, "deliver", buyer, {"delivered_kg": "40.00"})
    await act(client, deal, "settle", m.staff)
    after = ok(await client.get(f"{API}/buyers/{pledged['id']}", headers=city_staff().headers))
    assert (after["pledge_purchased"], after["pledge_progress"]) == ("240.00", "24.00")


# --- reading -----------------------------------------------------------------------------------------------


async def test_the_timeline_says_who_acted_and_hides_ids_from_the_other_side(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await accepted(client, m)
    seen_by_seller = ok(await client.get(f"{DEALS}/{deal['id']}", headers=m.seller.headers))
    seller_step, buyer_step = seen_by_seller["transitions"][1:]
    assert (seller_step["actor_role"], seller_step["actor_subject"]) == ("entrepreneur", m.seller.subject)
    assert (buyer_step["actor_role"], buyer_step["actor_subject"]) == ("buyer", None)
    assert buyer_step["actor_name"] == "企业食堂 采购 刘洋"
    seen_by_staff = ok(await client.get(f"{DEALS}/{deal['id']}", headers=m.staff.headers))
    assert seen_by_staff["transitions"][2]["actor_subject"] == m.buyer.subject


async def test_each_side_and_county_staff_see_their_deals_only(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    for who in (m.seller, m.buyer, m.staff, city_staff()):
        listed = ok(await client.get(DEALS, params={"lot_id": m.lot["id"]}, headers=who.headers))
        assert [d["id"] for d in listed["items"]] == [deal["id"]]
    stranger, _ = await new_buyer(client)
    for who in (entrepreneur(), stranger, county_staff(FOGANG)):
        listed = ok(await client.get(DEALS, params={"lot_id": m.lot["id"]}, headers=who.headers))
        assert listed["total"] == 0
        assert (await client.get(f"{DEALS}/{deal['id']}", headers=who.headers)).status_code == 404


async def test_the_list_filters_by_status_and_is_paginated(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00", demand_kg="60.00")
    await accepted(client, m, "10.00")
    for _ in range(2):
        await propose(client, m, "5.00")
    proposed = ok(await client.get(DEALS, params={"lot_id": m.lot["id"], "status": "proposed", "limit": 1},
                                   headers=m.staff.headers))
    assert (proposed["total"], len(proposed["items"])) == (2, 1)
    assert ok(await client.get(DEALS, params={"lot_id": m.lot["id"], "status": "accepted"},
                               headers=m.staff.headers))["total"] == 1


async def test_an_unknown_deal_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{DEALS}/{uuid.uuid4()}", headers=city_staff().headers)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
