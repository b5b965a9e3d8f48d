from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from chassis.timezone import business_today
from products.catalogue.models import ProductCategory
from products.demands.lifecycle import DemandStatus
from products.lots.lifecycle import LotStatus
from products.matching import score
from products.matching.distance import county_distance_km
from products.matching.eligibility import DemandFacts, LotFacts, eligible
from products.parties.lifecycle import SellerStatus
from tests.factories import (
    API,
    FOGANG,
    LIANSHAN,
    LIANZHOU,
    QINGCHENG,
    YINGDE,
    Person,
    buyer_account,
    city_staff,
    county_staff,
    days,
    entrepreneur,
    new_buyer,
    new_demand,
    new_lot,
    new_product,
    new_seller,
    ok,
)

QINGXIN = "441803"


async def matches(client: httpx.AsyncClient, demand: dict[str, Any], who: Person | None = None,
                  **params: Any) -> dict[str, Any]:
    headers = (who or city_staff()).headers
    return ok(await client.get(f"{API}/demands/{demand['id']}/matches", params=params, headers=headers))


def lot_ids(found: dict[str, Any]) -> list[str]:
    return [item["lot_id"] for item in found["items"]]


async def test_the_eligible_lots_come_best_first_with_their_parts(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    near, near_seller = await new_seller(client, QINGXIN)
    far, _ = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], quantity_kg="500.00",
                              ceiling_price_per_kg="8.00")
    best = await new_lot(client, near, product["id"], county_code=QINGXIN, quantity_kg="600.00",
                         floor_price_per_kg="6.00", unsold=True)
    middle = await new_lot(client, far, product["id"], county_code=LIANZHOU, quantity_kg="600.00",
                           floor_price_per_kg="6.00")
    worst = await new_lot(client, far, product["id"], county_code=LIANZHOU, quantity_kg="100.00",
                          floor_price_per_kg="7.50")
    found = await matches(client, demand, buyer)
    assert found["demand_id"] == demand["id"]
    assert found["weights"] == score.WEIGHTS
    assert lot_ids(found) == [best["id"], middle["id"], worst["id"]]
    scores = [item["score"] for item in found["items"]]
    assert scores == sorted(scores, reverse=True)
    first = found["items"][0]
    assert first | {"product_id": product["id"], "product_name": product["name"], "seller_id": near_seller["id"],
                    "seller_name": near_seller["name"], "seller_county_code": QINGXIN, "seller_county_name": "清新区",
                    "county_code": QINGXIN, "remaining_kg": "600.00", "floor_price_per_kg": "6.00",
                    "unsold": True, "best_before": best["best_before"]} == first
    assert first["distance_km"] == pytest.approx(8.9, abs=0.1)
    assert first["parts"] | {"quantity": 1.0, "price": 0.25, "unsold": 1.0, "certified": 0.0} == first["parts"]
    assert "contact" not in str(first)


async def test_the_parts_are_the_score_functions_own(client: httpx.AsyncClient) -> None:
    product = await new_product(client, shelf_life_days=20)
    seller, _ = await new_seller(client, FOGANG)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], quantity_kg="300.00",
                              ceiling_price_per_kg="9.00", wanted_from=days(2), wanted_until=days(9))
    await new_lot(client, seller, product["id"], county_code=FOGANG, quantity_kg="120.00", floor_price_per_kg="7.20",
                  harvest_date=days(-5))
    [item] = (await matches(client, demand, buyer))["items"]
    start = score.delivery_start(date.fromisoformat(demand["wanted_from"]), business_today())
    expected = score.parts_of(score.Fit(
        lot_remaining_kg=120, demand_remaining_kg=300, floor_price_per_kg=7.2, ceiling_price_per_kg=9,
        distance_km=county_distance_km(FOGANG, QINGCHENG),
        days_to_best_before=(date.fromisoformat(item["best_before"]) - start).days, unsold=False,
        certificates_in_force=0))
    assert item["parts"] == pytest.approx({name: round(getattr(expected, name), 4) for name in score.WEIGHTS})
    assert item["score"] == pytest.approx(expected.score, abs=1e-4)
    assert item["parts"]["freshness"] == pytest.approx(13 / 30, abs=1e-4)


async def test_lots_that_are_not_eligible_are_left_out(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    seller, _ = await new_seller(client, LIANZHOU)
    pending, _ = await new_seller(client, LIANZHOU, admitted=False)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], ceiling_price_per_kg="8.00",
                              wanted_from=days(3), wanted_until=days(10))
    eligible = await new_lot(client, seller, product["id"])
    await new_lot(client, seller, product["id"], floor_price_per_kg="8.01")
    await new_lot(client, seller, product["id"], harvest_date=days(-20), best_before=days(2))
    await new_lot(client, seller, product["id"], harvest_date=days(11))
    await new_lot(client, pending, product["id"])
    withdrawn = await new_lot(client, seller, product["id"])
    await client.post(f"{API}/lots/{withdrawn['id']}/withdraw", headers=seller.headers)
    other_product = await new_product(client)
    await new_lot(client, seller, other_product["id"])
    assert lot_ids(await matches(client, demand, buyer)) == [eligible["id"]]


async def test_a_category_demand_takes_every_product_of_the_category(client: httpx.AsyncClient) -> None:
    one, other = await new_product(client, category="other"), await new_product(client, category="other")
    tea = await new_product(client, category="tea")
    seller, _ = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, category="other", ceiling_price_per_kg="8.00")
    wanted = {(await new_lot(client, seller, p["id"]))["id"] for p in (one, other)}
    unwanted = (await new_lot(client, seller, tea["id"]))["id"]
    found = set(lot_ids(await matches(client, demand, buyer, limit=100)))
    assert wanted <= found and unwanted not in found


async def test_a_lot_beyond_the_demands_radius_is_left_out(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    seller, _ = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], max_distance_km=60)  # 清城: 清新, 佛冈
    near = await new_lot(client, seller, product["id"], county_code=FOGANG)
    await new_lot(client, seller, product["id"], county_code=YINGDE)  # about 65 km
    await new_lot(client, seller, product["id"], county_code=LIANSHAN)
    assert lot_ids(await matches(client, demand, buyer)) == [near["id"]]


async def test_a_suspended_sellers_lots_are_not_matched(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    seller, record = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"])
    await new_lot(client, seller, product["id"])
    assert len((await matches(client, demand, buyer))["items"]) == 1
    await client.post(f"{API}/sellers/{record['id']}/suspend", json={"reason": "暂停供货"},
                      headers=county_staff(LIANZHOU).headers)
    assert (await matches(client, demand, buyer))["items"] == []


async def test_a_valid_certificate_counts_and_an_expired_one_does_not(client: httpx.AsyncClient) -> None:
    def cert(days_left: int) -> dict[str, str]:
        return {"cert_type": "green_food", "number": f"LB-{days_left}", "issuer": "中国绿色食品发展中心",
                "expires_on": (business_today() + timedelta(days=days_left)).isoformat()}

    valid, expired = (await new_product(client, category="vegetable", certifications=[cert(30)]),
                      await new_product(client, category="vegetable", certifications=[cert(-1)]))
    seller, _ = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    for product, certified in ((valid, 1.0), (expired, 0.0)):
        demand = await new_demand(client, buyer, product_id=product["id"])
        await new_lot(client, seller, product["id"])
        [item] = (await matches(client, demand, buyer))["items"]
        assert item["parts"]["certified"] == certified, product["name"]


async def test_the_limit_keeps_the_best(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    seller, _ = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], quantity_kg="1000.00")
    lots = [await new_lot(client, seller, product["id"], quantity_kg=f"{kg}.00") for kg in (100, 900, 500)]
    assert lot_ids(await matches(client, demand, buyer, limit=2)) == [lots[1]["id"], lots[2]["id"]]
    response = await client.get(f"{API}/demands/{demand['id']}/matches", params={"limit": 101},
                                headers=buyer.headers)
    assert response.status_code == 422


async def test_a_demand_no_longer_wanted_has_no_matches(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    seller, _ = await new_seller(client, LIANZHOU)
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"])
    await new_lot(client, seller, product["id"])
    await client.post(f"{API}/demands/{demand['id']}/cancel", headers=buyer.headers)
    assert (await matches(client, demand, buyer))["items"] == []


async def test_matches_are_for_the_demands_buyer_and_staff(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    buyer, _ = await new_buyer(client, QINGCHENG)
    demand = await new_demand(client, buyer, product_id=product["id"], county_code=QINGCHENG)
    path = f"{API}/demands/{demand['id']}/matches"
    for who in (buyer, county_staff(QINGCHENG), city_staff()):
        assert (await client.get(path, headers=who.headers)).status_code == 200
    for who in (buyer_account(), county_staff(YINGDE)):
        assert (await client.get(path, headers=who.headers)).status_code == 404
    assert (await client.get(path, headers=entrepreneur().headers)).status_code == 403


async def test_the_matches_are_exactly_the_lots_the_eligibility_rules_accept(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    sellers = [await new_seller(client, county, admitted=admitted)
               for county, admitted in ((LIANZHOU, True), (FOGANG, True), (QINGXIN, False))]
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"], ceiling_price_per_kg="8.00",
                              wanted_from=days(2), wanted_until=days(8), max_distance_km=100)
    lots = []
    for n in range(12):
        (owner, record) = sellers[n % 3]
        lots.append((record, await new_lot(
            client, owner, product["id"], county_code=record["county_code"],
            floor_price_per_kg=f"{6 + n % 4}.00", harvest_date=days(-12 + 2 * n), best_before=days(n),
            quantity_kg=f"{100 + 50 * n}.00")))
    facts = DemandFacts(status=DemandStatus.open, remaining_kg=Decimal("500"), product_id=product["id"],
                        category=None, ceiling_price_per_kg=Decimal("8.00"), wanted_from=date.fromisoformat(days(2)),
                        wanted_until=date.fromisoformat(days(8)), county_code=QINGCHENG, max_distance_km=100)
    expected = {lot["id"] for record, lot in lots if eligible(LotFacts(
        status=LotStatus(lot["status"]), remaining_kg=Decimal(lot["remaining_kg"]), product_id=lot["product_id"],
        category=ProductCategory.fruit, floor_price_per_kg=Decimal(lot["floor_price_per_kg"]),
        harvest_date=date.fromisoformat(lot["harvest_date"]), best_before=date.fromisoformat(lot["best_before"]),
        county_code=lot["county_code"], seller_status=SellerStatus(record["status"])), facts)}
    assert 0 < len(expected) < len(lots)
    assert set(lot_ids(await matches(client, demand, buyer, limit=100))) == expected
