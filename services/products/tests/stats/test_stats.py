import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx

from chassis.testing import auth_header
from tests.factories import API, LIANZHOU, city_staff, new_buyer, new_demand, new_lot, new_product, new_seller, ok

URL = "/api/v1/products/stats"
CITY = auth_header("city_staff")


async def figures(client: httpx.AsyncClient) -> dict[str, int]:
    stats = (await client.get(URL, headers=CITY)).json()
    return {f["key"]: int(Decimal(f["value"])) for f in stats["figures"]}


async def add(client: httpx.AsyncClient, *, brand: bool, expires_on: date | None = None,
              certified: bool = True) -> None:
    cert = {"cert_type": "green_food", "number": "LB-1", "issuer": "中国绿色食品发展中心",
            "expires_on": expires_on.isoformat() if expires_on else None}
    product = {"name": f"统计特产{uuid.uuid4().hex[:8]}", "category": "vegetable", "county_code": "441823",
               "unit": "斤", "season_months": [3], "brand": brand,
               "certifications": [cert] if certified else []}
    assert (await client.post("/api/v1/products/products", json=product, headers=CITY)).status_code == 201


async def test_stats_count_the_records(client: httpx.AsyncClient) -> None:
    before = await figures(client)
    await add(client, brand=True, certified=False)
    await add(client, brand=False, expires_on=date.today() + timedelta(days=400))
    after = await figures(client)
    assert after["featured_products"] - before["featured_products"] == 2
    assert after["brand_products"] - before["brand_products"] == 1
    assert after["certified_products"] - before["certified_products"] == 1


async def test_an_expired_certificate_does_not_make_a_product_certified(client: httpx.AsyncClient) -> None:
    before = await figures(client)
    await add(client, brand=False, expires_on=date(2020, 12, 31))
    after = await figures(client)
    assert after["featured_products"] - before["featured_products"] == 1
    assert after["certified_products"] == before["certified_products"]


async def test_by_county_adds_up_to_the_catalogue(client: httpx.AsyncClient) -> None:
    stats = (await client.get(URL, headers=CITY)).json()
    total = (await client.get("/api/v1/products/products", headers=CITY)).json()["total"]
    assert len(stats["by_county"]) == 8
    assert sum(c["value"] for c in stats["by_county"]) == total
    yangshan = next(c for c in stats["by_county"] if c["county_code"] == "441823")
    assert (yangshan["county_name"], yangshan["value"] > 0) == ("阳山县", True)


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=auth_header("entrepreneur"))).status_code == 403
    assert (await client.get(URL, headers=auth_header("county_staff", county="441881"))).status_code == 200


async def stats_of(client: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await client.get(URL, headers=CITY)).json())


async def test_unsold_produce_cleared_by_accepted_deals_and_their_value(client: httpx.AsyncClient) -> None:
    before = await figures_of(client)
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"], unsold=True, quantity_kg="400.00")
    buyer, _ = await new_buyer(client)
    demand = await new_demand(client, buyer, product_id=product["id"])
    for kg, accepted in (("100.00", True), ("50.00", False)):
        deal = ok(await client.post(f"{API}/deals", json={"lot_id": lot["id"], "demand_id": demand["id"],
                                                          "quantity_kg": kg, "price_per_kg": "6.00"},
                                    headers=buyer.headers), 201)
        if accepted:
            for side in (owner, buyer):
                ok(await client.post(f"{API}/deals/{deal['id']}/accept", headers=side.headers))
    after = await stats_of(client)
    figures = {f["key"]: Decimal(f["value"]) for f in after["figures"]}
    assert figures["unsold_listed_kg"] - before["unsold_listed_kg"] == Decimal("400.00")
    assert figures["unsold_cleared_kg"] - before["unsold_cleared_kg"] == Decimal("100.00")
    assert figures["deal_value"] - before["deal_value"] == Decimal("600.00")
    assert figures["unsold_clearance_rate"] == round(figures["unsold_cleared_kg"] * 100
                                                     / figures["unsold_listed_kg"], 2)
    assert figures["median_days_to_clear"] >= 0
    assert [p["value"] for p in after["deal_value_by_product"] if p["product_id"] == product["id"]] == ["600.00"]
    assert "441882" in [c["key"] for c in after["deal_value_by_county"]]
    assert after["deal_value_by_month"]


async def test_videos_platforms_notices_and_pairings_count_from_their_records(client: httpx.AsyncClient) -> None:
    before = await stats_of(client)
    staff = city_staff().headers
    ok(await client.post(f"{API}/videos", json={"title": "统计视频", "url": "https://video.example.cn/s",
                                                "shot_on": "2011-06-01"}, headers=staff), 201)
    ok(await client.post(f"{API}/platforms", json={"name": f"统计平台{uuid.uuid4().hex[:6]}", "county_code": LIANZHOU,
                                                   "operator": "测试运营方"}, headers=staff), 201)
    for village in ("统计村一", "统计村一", "统计村二"):
        ok(await client.post(f"{API}/pairings", json={
            "enterprise": "统计企业", "county_code": LIANZHOU, "town": "统计镇", "village": village,
            "paired_on": "2011-05-20", "funds_pledged": "1000.00", "funds_received": "400.00"}, headers=staff), 201)
    after = await stats_of(client)
    delta = {f["key"]: Decimal(f["value"]) for f in after["figures"]}
    for f in before["figures"]:
        delta[f["key"]] -= Decimal(f["value"])
    assert (delta["promotion_videos"], delta["ecommerce_platforms"], delta["villages_paired"]) == (1, 1, 2)
    assert (delta["pairing_funds_pledged"], delta["pairing_funds_raised"]) == (Decimal(3000), Decimal(1200))
    [year] = [y for y in after["by_year"] if y["year"] == 2011]
    assert year == {"year": 2011, "videos": 1, "notices_published": 0, "villages_paired": 2}


async def figures_of(client: httpx.AsyncClient) -> dict[str, Decimal]:
    return {f["key"]: Decimal(f["value"]) for f in (await stats_of(client))["figures"]}
