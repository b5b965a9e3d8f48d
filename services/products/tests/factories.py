"""Builders for tests: people with tokens, and a product, seller, buyer, lot or demand made through the API."""

import random
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx

from chassis.testing import auth_header
from chassis.timezone import business_today

API = "/api/v1/products"
QINGCHENG = "441802"
FOGANG = "441821"
YANGSHAN = "441823"
LIANSHAN = "441825"
YINGDE = "441881"
LIANZHOU = "441882"


@dataclass
class Person:
    headers: dict[str, str]
    subject: str = field(default_factory=lambda: str(uuid.uuid4()))


def person(role: str, name: str, **claims: Any) -> Person:
    subject = str(uuid.uuid4())
    return Person(auth_header(role, sub=subject, name=name, **claims), subject)


def entrepreneur() -> Person:
    return person("entrepreneur", "创业青年 黄小龙")


def buyer_account() -> Person:
    return person("buyer", "企业食堂 采购 刘洋")


def county_staff(county: str = YINGDE) -> Person:
    return person("county_staff", "县团委 陈志强", county=county)


def city_staff() -> Person:
    return person("city_staff", "团市委 李敏")


def mobile() -> str:
    return f"139{random.randrange(10**8):08d}"


def days(n: int) -> str:
    """The business date n days from today, as the API writes it."""
    return (business_today() + timedelta(days=n)).isoformat()


def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json())


async def new_product(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    body = {"name": f"测试特产{uuid.uuid4().hex[:8]}", "category": "fruit", "county_code": LIANZHOU, "unit": "斤",
            "season_months": [11, 12], "shelf_life_days": 30, **overrides}
    return ok(await client.post(f"{API}/products", json=body, headers=city_staff().headers), 201)


def seller_body(county: str = YINGDE, **overrides: Any) -> dict[str, Any]:
    return {"kind": "entrepreneur", "name": f"测试卖家{uuid.uuid4().hex[:6]}", "county_code": county,
            "town": "连江口镇", "contact": mobile(), **overrides}


async def new_seller(client: httpx.AsyncClient, county: str = YINGDE, *, admitted: bool = True,
                     **overrides: Any) -> tuple[Person, dict[str, Any]]:
    """An entrepreneur registered as a seller (admitted by their county's staff unless told)."""
    owner = entrepreneur()
    seller = ok(await client.post(f"{API}/sellers", json=seller_body(county, **overrides),
                                        headers=owner.headers), 201)
    if admitted:
        seller = ok(await client.post(f"{API}/sellers/{seller['id']}/admit", json={},
                                            headers=county_staff(county).headers))
    return owner, seller


def buyer_body(county: str = QINGCHENG, **overrides: Any) -> dict[str, Any]:
    return {"kind": "enterprise_canteen", "name": f"测试食堂{uuid.uuid4().hex[:6]}", "county_code": county,
            "delivery_address": "清城区测试路1号", **overrides}


async def new_buyer(client: httpx.AsyncClient, county: str = QINGCHENG,
                    **overrides: Any) -> tuple[Person, dict[str, Any]]:
    owner = buyer_account()
    buyer = ok(await client.post(f"{API}/buyers", json=buyer_body(county, **overrides),
                                       headers=owner.headers), 201)
    return owner, buyer


def lot_body(product_id: str, **overrides: Any) -> dict[str, Any]:
    return {"product_id": product_id, "quantity_kg": "1000.00", "floor_price_per_kg": "5.00",
            "harvest_date": days(-2), "county_code": LIANZHOU, "unsold": False, **overrides}


async def new_lot(client: httpx.AsyncClient, seller: Person, product_id: str, **overrides: Any) -> dict[str, Any]:
    return ok(await client.post(f"{API}/lots", json=lot_body(product_id, **overrides),
                                      headers=seller.headers), 201)


def demand_body(**overrides: Any) -> dict[str, Any]:
    return {"quantity_kg": "500.00", "ceiling_price_per_kg": "8.00", "wanted_from": days(0),
            "wanted_until": days(13), "county_code": QINGCHENG, **overrides}


async def new_demand(client: httpx.AsyncClient, buyer: Person, **overrides: Any) -> dict[str, Any]:
    return ok(await client.post(f"{API}/demands", json=demand_body(**overrides), headers=buyer.headers), 201)


def field_errors(response: httpx.Response) -> list[list[Any]]:
    """The locations a 422 names, as lists (["body", "quantity_kg"])."""
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return [error["loc"] for error in response.json()["errors"]]
