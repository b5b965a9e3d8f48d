from decimal import Decimal
from typing import Any

import httpx

from tests.deals.market import DEALS, act, another_demand, market, propose
from tests.factories import (
    API,
    FOGANG,
    LIANZHOU,
    QINGCHENG,
    YINGDE,
    Person,
    buyer_account,
    city_staff,
    county_staff,
    days,
    entrepreneur,
    field_errors,
    new_buyer,
    new_demand,
    new_lot,
    new_product,
    new_seller,
    ok,
)

RUNS = f"{API}/clearing-runs"
QINGXIN = "441803"
CITY = city_staff()


async def run(client: httpx.AsyncClient, who: Person = CITY, status: int = 201, **scope: Any) -> dict[str, Any]:
    return ok(await client.post(RUNS, json=scope, headers=who.headers), status)


def moved(clearing: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(a["lot_id"], a["demand_id"], a["quantity_kg"]) for a in clearing["allocations"]}


async def seller_lot(client: httpx.AsyncClient, product: dict[str, Any], **fields: Any) -> dict[str, Any]:
    seller, _ = await new_seller(client, LIANZHOU)
    return await new_lot(client, seller, product["id"], **fields)


async def buyer_demand(client: httpx.AsyncClient, product: dict[str, Any], **fields: Any) -> dict[str, Any]:
    buyer, _ = await new_buyer(client)
    return await new_demand(client, buyer, product_id=product["id"], **fields)


async def test_a_run_moves_the_most_kilograms_where_a_greedy_pass_would_strand_some(
        client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    # Lot a fits both demands; lot b only x (its floor is over y's ceiling). Giving a to x first strands b.
    a = await seller_lot(client, product, quantity_kg="10.00", floor_price_per_kg="5.00")
    b = await seller_lot(client, product, quantity_kg="10.00", floor_price_per_kg="6.00")
    x = await buyer_demand(client, product, quantity_kg="10.00", ceiling_price_per_kg="8.00")
    y = await buyer_demand(client, product, quantity_kg="10.00", ceiling_price_per_kg="5.50")
    clearing = await run(client, product_id=product["id"])
    assert clearing["total_kg"] == "20.00"
    assert moved(clearing) == {(a["id"], y["id"], "10.00"), (b["id"], x["id"], "10.00")}
    assert (clearing["lots_considered"], clearing["demands_considered"], clearing["eligible_pairs"]) == (2, 2, 3)


async def test_a_lot_is_split_across_buyers(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    lot = await seller_lot(client, product, quantity_kg="25.00")
    small = await buyer_demand(client, product, quantity_kg="10.00")
    large = await buyer_demand(client, product, quantity_kg="15.00")
    clearing = await run(client, product_id=product["id"])
    assert moved(clearing) == {(lot["id"], small["id"], "10.00"), (lot["id"], large["id"], "15.00")}


async def test_a_demand_larger_than_the_lots_is_partly_filled(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    first = await seller_lot(client, product, quantity_kg="10.00")
    second = await seller_lot(client, product, quantity_kg="5.50")
    demand = await buyer_demand(client, product, quantity_kg="40.00")
    clearing = await run(client, product_id=product["id"])
    assert moved(clearing) == {(first["id"], demand["id"], "10.00"), (second["id"], demand["id"], "5.50")}


async def test_each_allocation_is_a_proposed_deal_at_the_lots_floor_price(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    lot = await seller_lot(client, product, quantity_kg="10.00", floor_price_per_kg="5.20")
    await buyer_demand(client, product, quantity_kg="10.00")
    [allocation] = (await run(client, product_id=product["id"]))["allocations"]
    assert allocation["price_per_kg"] == "5.20"
    deal = ok(await client.get(f"{DEALS}/{allocation['deal_id']}", headers=CITY.headers))
    assert (deal["status"], deal["lot_id"], deal["quantity_kg"], deal["price_per_kg"]) == (
        "proposed", lot["id"], "10.00", "5.20")
    assert deal["transitions"][0]["reason"].startswith("Proposed by clearing run")


async def test_a_run_takes_nothing_until_both_sides_accept(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    lot = await seller_lot(client, product, quantity_kg="10.00")
    await buyer_demand(client, product, quantity_kg="10.00")
    await run(client, product_id=product["id"])
    after = ok(await client.get(f"{API}/lots/{lot['id']}", headers=CITY.headers))
    assert (after["remaining_kg"], after["status"]) == ("10.00", "open")


async def test_unsold_produce_goes_first(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00", unsold=False)
    stuck = await seller_lot(client, product, quantity_kg="10.00", unsold=True)
    await buyer_demand(client, product, quantity_kg="10.00")
    clearing = await run(client, product_id=product["id"])
    assert [a["lot_id"] for a in clearing["allocations"]] == [stuck["id"]]


async def test_the_lot_nearer_its_best_before_goes_first(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00", best_before=days(25))
    sooner = await seller_lot(client, product, quantity_kg="10.00", best_before=days(8))
    await buyer_demand(client, product, quantity_kg="10.00")
    clearing = await run(client, product_id=product["id"])
    assert [a["lot_id"] for a in clearing["allocations"]] == [sooner["id"]]


async def test_the_nearer_lot_goes_first(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00", county_code=LIANZHOU)
    near = await seller_lot(client, product, quantity_kg="10.00", county_code=QINGXIN)
    await buyer_demand(client, product, quantity_kg="10.00", county_code=QINGCHENG)
    clearing = await run(client, product_id=product["id"])
    assert [a["lot_id"] for a in clearing["allocations"]] == [near["id"]]


async def test_a_demand_for_a_category_takes_lots_of_any_of_its_products(client: httpx.AsyncClient) -> None:
    tea = await new_product(client, category="tea")
    lot = await seller_lot(client, tea, quantity_kg="10.00")
    buyer, _ = await new_buyer(client)
    await new_demand(client, buyer, category="tea", quantity_kg="4.00")
    clearing = await run(client, product_id=tea["id"])
    assert clearing["total_kg"] == "4.00"
    assert [a["lot_id"] for a in clearing["allocations"]] == [lot["id"]]


async def test_lots_of_sellers_not_yet_admitted_are_left_out(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    pending, _ = await new_seller(client, LIANZHOU, admitted=False)
    response = await client.post(f"{API}/lots", json={
        "product_id": product["id"], "quantity_kg": "10.00", "floor_price_per_kg": "5.00",
        "harvest_date": days(-2), "county_code": LIANZHOU, "unsold": False}, headers=pending.headers)
    assert response.status_code == 201, response.text
    await buyer_demand(client, product, quantity_kg="10.00")
    clearing = await run(client, product_id=product["id"])
    assert (clearing["lots_considered"], clearing["total_kg"]) == (0, "0.00")


async def test_a_new_run_withdraws_the_earlier_runs_proposals_nobody_accepted(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00")
    await buyer_demand(client, product, quantity_kg="10.00")
    [earlier] = (await run(client, product_id=product["id"]))["allocations"]
    later = await run(client, product_id=product["id"])
    assert later["withdrawn_deals"] == 1
    deal = ok(await client.get(f"{DEALS}/{earlier['deal_id']}", headers=CITY.headers))
    assert deal["status"] == "withdrawn"
    assert deal["transitions"][-1]["reason"] == f"Replaced by clearing run {later['id']}."
    assert len(later["allocations"]) == 1


async def test_a_new_run_keeps_proposals_a_side_has_accepted(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    seller, _ = await new_seller(client, LIANZHOU)
    await new_lot(client, seller, product["id"], quantity_kg="10.00")
    await buyer_demand(client, product, quantity_kg="10.00")
    [earlier] = (await run(client, product_id=product["id"]))["allocations"]
    await act(client, {"id": earlier["deal_id"]}, "accept", seller)
    assert (await run(client, product_id=product["id"]))["withdrawn_deals"] == 0
    deal = ok(await client.get(f"{DEALS}/{earlier['deal_id']}", headers=CITY.headers))
    assert deal["status"] == "proposed"


async def test_a_run_in_another_scope_leaves_earlier_proposals_alone(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00")
    await buyer_demand(client, product, quantity_kg="10.00")
    await run(client, product_id=product["id"])
    other = await run(client, product_id=product["id"], county_code=YINGDE)
    assert other["withdrawn_deals"] == 0


async def test_a_run_leaves_deals_people_proposed_alone(client: httpx.AsyncClient) -> None:
    m = await market(client)
    deal = await propose(client, m)
    await run(client, product_id=m.product["id"])
    await run(client, product_id=m.product["id"])
    assert ok(await client.get(f"{DEALS}/{deal['id']}", headers=CITY.headers))["status"] == "proposed"


async def test_a_run_proposes_no_pair_twice_and_holds_back_what_standing_proposals_offer(
        client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00", demand_kg="60.00")
    await propose(client, m, "40.00")  # by hand: 40 of the lot's 100 kg, for 40 of the demand's 60
    other_lot = await seller_lot(client, m.product, quantity_kg="100.00")
    clearing = await run(client, product_id=m.product["id"])
    # The pair with a proposal is not proposed again; the demand's other 20 kg come from the other lot.
    assert moved(clearing) == {(other_lot["id"], m.demand["id"], "20.00")}
    _, more = await another_demand(client, m, "100.00")
    again = await run(client, product_id=m.product["id"])
    # A new buyer gets their 100 kg, and no lot is offered beyond what it holds, the hand proposal included.
    assert sum(Decimal(a["quantity_kg"]) for a in again["allocations"] if a["demand_id"] == more["id"]) == 100
    offered = {m.lot["id"]: Decimal("40.00"), other_lot["id"]: Decimal(0)}
    for allocation in again["allocations"]:
        offered[allocation["lot_id"]] += Decimal(allocation["quantity_kg"])
    assert all(kg <= 100 for kg in offered.values())


async def test_county_staff_clear_their_own_countys_lots(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00", county_code=LIANZHOU)
    await seller_lot(client, product, quantity_kg="10.00", county_code=FOGANG)
    await buyer_demand(client, product, quantity_kg="50.00")
    clearing = await run(client, county_staff(LIANZHOU), product_id=product["id"], county_code=LIANZHOU)
    assert (clearing["lots_considered"], clearing["total_kg"]) == (1, "10.00")
    listed = ok(await client.get(RUNS, headers=county_staff(LIANZHOU).headers))
    assert clearing["id"] in [r["id"] for r in listed["items"]]
    assert all(r["county_code"] == LIANZHOU for r in listed["items"])


async def test_county_staff_may_not_clear_another_countys_lots(client: httpx.AsyncClient) -> None:
    await run(client, county_staff(LIANZHOU), status=403, county_code=FOGANG)


async def test_a_county_staffers_run_without_a_county_is_of_their_county(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00", county_code=FOGANG)
    clearing = await run(client, county_staff(LIANZHOU), product_id=product["id"])
    assert (clearing["county_code"], clearing["lots_considered"]) == (LIANZHOU, 0)


async def test_only_staff_run_a_clearing(client: httpx.AsyncClient) -> None:
    for who in (entrepreneur(), buyer_account()):
        await run(client, who, status=403)


async def test_a_product_and_a_category_that_disagree_are_refused(client: httpx.AsyncClient) -> None:
    product = await new_product(client, category="fruit")
    response = await client.post(RUNS, json={"product_id": product["id"], "category": "tea"}, headers=CITY.headers)
    assert field_errors(response) == [["body", "category"]]


async def test_unknown_fields_in_the_scope_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(RUNS, json={"county": LIANZHOU}, headers=CITY.headers)
    assert field_errors(response) == [["body", "county"]]


async def test_a_run_is_read_back_with_its_allocations(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    await seller_lot(client, product, quantity_kg="10.00")
    await buyer_demand(client, product, quantity_kg="10.00")
    clearing = await run(client, product_id=product["id"])
    assert ok(await client.get(f"{RUNS}/{clearing['id']}", headers=CITY.headers)) == clearing
    assert (await client.get(f"{RUNS}/{clearing['id']}", headers=county_staff(FOGANG).headers)).status_code == 404
