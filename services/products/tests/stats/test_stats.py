import uuid
from datetime import date, timedelta

import httpx

from chassis.testing import auth_header

URL = "/api/v1/products/stats"
CITY = auth_header("city_staff")


async def figures(client: httpx.AsyncClient) -> dict[str, int]:
    stats = (await client.get(URL, headers=CITY)).json()
    return {f["key"]: int(f["value"]) for f in stats["figures"]}


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
