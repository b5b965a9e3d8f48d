"""Whatever the concurrency, a lot never sells more than it holds and a demand never receives more than it wants.

Many deals on one lot (or into one demand) each wait for their last acceptance; the last acceptances are then
sent all at once through the app, each request in its own transaction. Exactly as many succeed as the quantity
covers; the others are 409 and stay proposed, with nothing taken.
"""

import asyncio
from decimal import Decimal

import httpx

from tests.deals.market import DEALS, act, another_demand, demand_now, lot_now, market, propose
from tests.factories import LIANZHOU, new_lot, new_seller, ok

DEALS_AT_ONCE = 12


async def test_many_acceptances_at_once_never_sell_more_than_the_lot_holds(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="100.00", demand_kg="30.00")
    buyers, deals = [], []
    for _ in range(DEALS_AT_ONCE):
        buyer, demand = await another_demand(client, m, "30.00")
        deal = await propose(client, m, "30.00", demand=demand)
        await act(client, deal, "accept", m.seller)
        buyers.append(buyer)
        deals.append(deal)

    answers = await asyncio.gather(*(client.post(f"{DEALS}/{deal['id']}/accept", headers=buyer.headers)
                                     for deal, buyer in zip(deals, buyers, strict=True)))

    assert sorted(a.status_code for a in answers) == [200] * 3 + [409] * (DEALS_AT_ONCE - 3)
    lot = await lot_now(client, m)
    assert (lot["remaining_kg"], lot["status"]) == ("10.00", "partly_sold")
    listed = ok(await client.get(DEALS, params={"lot_id": m.lot["id"], "limit": 200}, headers=m.staff.headers))
    taken = sum(Decimal(d["quantity_kg"]) for d in listed["items"] if d["status"] == "accepted")
    assert taken == Decimal("90.00")
    assert sorted(d["status"] for d in listed["items"]) == ["accepted"] * 3 + ["proposed"] * (DEALS_AT_ONCE - 3)


async def test_many_acceptances_at_once_never_fill_a_demand_beyond_what_it_wants(client: httpx.AsyncClient) -> None:
    m = await market(client, lot_kg="30.00", demand_kg="100.00")
    sellers, deals = [], []
    for _ in range(DEALS_AT_ONCE):
        seller, _ = await new_seller(client, LIANZHOU)
        lot = await new_lot(client, seller, m.product["id"], quantity_kg="30.00")
        body = {"lot_id": lot["id"], "demand_id": m.demand["id"], "quantity_kg": "30.00", "price_per_kg": "6.00"}
        deal = ok(await client.post(DEALS, json=body, headers=m.staff.headers), 201)
        await act(client, deal, "accept", m.buyer)
        sellers.append(seller)
        deals.append(deal)

    answers = await asyncio.gather(*(client.post(f"{DEALS}/{deal['id']}/accept", headers=seller.headers)
                                     for deal, seller in zip(deals, sellers, strict=True)))

    assert sorted(a.status_code for a in answers) == [200] * 3 + [409] * (DEALS_AT_ONCE - 3)
    demand = await demand_now(client, m)
    assert (demand["remaining_kg"], demand["status"]) == ("10.00", "partly_filled")
