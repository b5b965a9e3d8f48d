"""A seller's lot and a buyer's demand for the same product, and deals between them, made through the API."""

from dataclasses import dataclass
from typing import Any

import httpx

from tests.factories import (
    API,
    LIANZHOU,
    Person,
    city_staff,
    county_staff,
    new_buyer,
    new_demand,
    new_lot,
    new_product,
    new_seller,
    ok,
)

DEALS = f"{API}/deals"


@dataclass
class Market:
    product: dict[str, Any]
    seller: Person
    lot: dict[str, Any]
    buyer: Person
    demand: dict[str, Any]
    staff: Person  # staff of the lot's county


async def market(client: httpx.AsyncClient, *, lot_kg: str = "100.00", demand_kg: str = "60.00",
                 **lot_fields: Any) -> Market:
    product = await new_product(client)
    seller, _ = await new_seller(client, LIANZHOU)
    lot = await new_lot(client, seller, product["id"], quantity_kg=lot_kg, **lot_fields)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], quantity_kg=demand_kg)
    return Market(product, seller, lot, buyer, demand, county_staff(LIANZHOU))


async def another_demand(client: httpx.AsyncClient, m: Market, quantity_kg: str) -> tuple[Person, dict[str, Any]]:
    buyer, _ = await new_buyer(client)
    return buyer, await new_demand(client, buyer, product_id=m.product["id"], quantity_kg=quantity_kg)


async def propose(client: httpx.AsyncClient, m: Market, quantity_kg: str = "40.00", *,
                  demand: dict[str, Any] | None = None, price: str = "6.00") -> dict[str, Any]:
    body = {"lot_id": m.lot["id"], "demand_id": (demand or m.demand)["id"], "quantity_kg": quantity_kg,
            "price_per_kg": price}
    return ok(await client.post(DEALS, json=body, headers=m.staff.headers), 201)


async def act(client: httpx.AsyncClient, deal: dict[str, Any], action: str, who: Person,
              body: dict[str, Any] | None = None, status: int = 200) -> dict[str, Any]:
    return ok(await client.post(f"{DEALS}/{deal['id']}/{action}", json=body, headers=who.headers), status)


async def accepted(client: httpx.AsyncClient, m: Market, quantity_kg: str = "40.00") -> dict[str, Any]:
    deal = await propose(client, m, quantity_kg)
    await act(client, deal, "accept", m.seller)
    return await act(client, deal, "accept", m.buyer)


async def lot_now(client: httpx.AsyncClient, m: Market) -> dict[str, Any]:
    return ok(await client.get(f"{API}/lots/{m.lot['id']}", headers=city_staff().headers))


async def demand_now(client: httpx.AsyncClient, m: Market, demand: dict[str, Any] | None = None) -> dict[str, Any]:
    return ok(await client.get(f"{API}/demands/{(demand or m.demand)['id']}", headers=city_staff().headers))
