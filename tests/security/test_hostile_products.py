"""Hostile input to the products service's write routes (the checks: tests/security/hostile.py). Each write that
needs a record to act on (a seller's lot, a buyer's demand) makes it through the API first."""

import uuid
from datetime import date, timedelta
from typing import Any

import httpx

from chassis.auth.principal import Role
from chassis.testing import auth_header
from tests.security.hostile import NUMBER, SQL, Call, WriteRoute, assert_problem, unique, write_route_tests
from tests.security.seeded import app_fixtures, service_headers

API = "/api/v1/products"
LIANZHOU = "441882"
app, client = app_fixtures("products", demo=False)


def person(role: Role) -> dict[str, str]:
    """A caller of the role with an account of their own (one seller, one buyer per account)."""
    return auth_header(role, sub=str(uuid.uuid4()), name="测试用户")


def product() -> dict[str, Any]:
    return {"name": unique("英德红茶"), "category": "tea", "county_code": "441881", "unit": "礼盒",
            "season_months": [4, NUMBER], "description": "英德红茶，金毫显露。",
            "certifications": [{"cert_type": "geographical_indication", "number": "GI-0001",
                                "issuer": "国家知识产权局"}]}


def seller() -> dict[str, Any]:
    return {"kind": "cooperative", "name": unique("连州青年合作社"), "county_code": LIANZHOU, "town": "丰阳镇",
            "contact": "13912345678"}


def buyer() -> dict[str, Any]:
    return {"kind": "enterprise_canteen", "name": unique("企业食堂"), "county_code": "441802",
            "delivery_address": "清城区测试路1号", "yearly_pledge": NUMBER}


def lot() -> dict[str, Any]:
    return {"quantity_kg": NUMBER, "floor_price_per_kg": "5.00", "harvest_date": date.today().isoformat(),
            "county_code": LIANZHOU, "town": "丰阳镇", "unsold": True, "note": "滞销，求对接"}


def demand() -> dict[str, Any]:
    return {"quantity_kg": NUMBER, "ceiling_price_per_kg": "8.00", "wanted_from": date.today().isoformat(),
            "wanted_until": (date.today() + timedelta(days=6)).isoformat(), "county_code": "441802",
            "recurrence": "weekly"}


async def a_product(client: httpx.AsyncClient) -> str:
    response = await client.post(f"{API}/products", json={**product(), "season_months": [1]},
                                 headers=service_headers("products", Role.city_staff))
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def an_admitted_seller(client: httpx.AsyncClient) -> Call:
    """A new entrepreneur registered as a seller and admitted, listing a lot of a new product."""
    headers = person(Role.entrepreneur)
    registered = await client.post(f"{API}/sellers", json={**seller(), "kind": "entrepreneur"}, headers=headers)
    assert registered.status_code == 201, registered.text
    admitted = await client.post(f"{API}/sellers/{registered.json()['id']}/admit",
                                 headers=service_headers("products", Role.city_staff))
    assert admitted.status_code == 200, admitted.text
    return Call(f"{API}/lots", headers, {"product_id": await a_product(client)})


async def a_buyer(client: httpx.AsyncClient) -> Call:
    """A new buyer, posting a demand for a new product."""
    headers = person(Role.buyer)
    registered = await client.post(f"{API}/buyers", json={**buyer(), "yearly_pledge": None}, headers=headers)
    assert registered.status_code == 201, registered.text
    return Call(f"{API}/demands", headers, {"product_id": await a_product(client)})


def deal() -> dict[str, Any]:
    return {"quantity_kg": NUMBER, "price_per_kg": "6.00"}


def cancellation() -> dict[str, Any]:
    return {"reason": unique("买方食堂停餐")}


async def a_lot_and_a_demand(client: httpx.AsyncClient) -> dict[str, str]:
    """An admitted seller's lot and a buyer's demand for the same product: an eligible pair."""
    listing = await an_admitted_seller(client)
    listed = await client.post(listing.path, json={**lot(), "quantity_kg": "100.00", **listing.fields},
                               headers=listing.headers)
    assert listed.status_code == 201, listed.text
    wanting = await a_buyer(client)
    posted = await client.post(wanting.path, json={**demand(), "quantity_kg": "500.00", **listing.fields},
                               headers=wanting.headers)
    assert posted.status_code == 201, posted.text
    return {"lot_id": listed.json()["id"], "demand_id": posted.json()["id"]}


async def proposing(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/deals", service_headers("products", Role.city_staff), await a_lot_and_a_demand(client))


async def a_proposed_deal(client: httpx.AsyncClient) -> Call:
    staff = service_headers("products", Role.city_staff)
    proposed = await client.post(f"{API}/deals", json={**await a_lot_and_a_demand(client), "quantity_kg": "10.00",
                                                       "price_per_kg": "6.00"}, headers=staff)
    assert proposed.status_code == 201, proposed.text
    return Call(f"{API}/deals/{proposed.json()['id']}/cancel", staff)


def video() -> dict[str, Any]:
    return {"title": unique("连州砂糖橘推广"), "url": "https://video.example.cn/v/1", "shot_on": "2020-11-20",
            "views": NUMBER}


def platform() -> dict[str, Any]:
    return {"name": unique("青年电商服务平台"), "county_code": LIANZHOU, "operator": "连州市团委 青年电商工作站"}


def notice() -> dict[str, Any]:
    return {"title": unique("滞销信息"), "body": "受疫情影响，以下农产品销路受阻。", "county_code": LIANZHOU}


def inquiry() -> dict[str, Any]:
    return {"name": unique("李经理"), "organisation": "清远某企业食堂", "mobile": f"138{uuid.uuid4().int % 10**8:08d}",
            "quantity_kg": NUMBER, "message": "想采购，请联系。"}


def pairing() -> dict[str, Any]:
    return {"enterprise": unique("广东合地集团"), "county_code": "441881", "town": "连江口镇", "village": "连樟村",
            "paired_on": "2020-05-20", "funds_pledged": NUMBER}


async def an_unsold_lot(client: httpx.AsyncClient) -> str:
    listing = await an_admitted_seller(client)
    listed = await client.post(listing.path, json={**lot(), "quantity_kg": "100.00", **listing.fields},
                               headers=listing.headers)
    assert listed.status_code == 201, listed.text
    return str(listed.json()["id"])


async def drafting(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/notices", service_headers("products", Role.city_staff),
                {"lot_ids": [await an_unsold_lot(client)]})


async def a_published_notice(client: httpx.AsyncClient) -> Call:
    staff = service_headers("products", Role.city_staff)
    drafted = await client.post(f"{API}/notices", json={**notice(), "lot_ids": [await an_unsold_lot(client)]},
                                headers=staff)
    assert drafted.status_code == 201, drafted.text
    published = await client.post(f"{API}/notices/{drafted.json()['id']}/publish", headers=staff)
    assert published.status_code == 200, published.text
    return Call(f"{API}/public/notices/{drafted.json()['id']}/inquiries", {})


async def a_pairing(client: httpx.AsyncClient) -> Call:
    staff = service_headers("products", Role.city_staff)
    made = await client.post(f"{API}/pairings", json={**pairing(), "funds_pledged": "50000.00"}, headers=staff)
    assert made.status_code == 201, made.text
    return Call(f"{API}/pairings/{made.json()['id']}", staff)


ROUTES = [
    WriteRoute("add a product", "POST", f"{API}/products", "featured_product", product,
               headers=lambda: service_headers("products", Role.city_staff), number="season_months",
               names=["name", "unit", "description"]),
    WriteRoute("register a seller", "POST", f"{API}/sellers", "seller", seller,
               headers=lambda: service_headers("products", Role.city_staff), names=["name", "town"]),
    WriteRoute("register a buyer", "POST", f"{API}/buyers", "buyer", buyer, headers=lambda: person(Role.buyer),
               number="yearly_pledge", valid_number="600000", names=["name", "delivery_address"]),
    WriteRoute("list a lot", "POST", "(an admitted seller)/lots", "lot", lot, prepare=an_admitted_seller,
               number="quantity_kg", valid_number="100", names=["town", "note"]),
    WriteRoute("post a demand", "POST", "(a buyer)/demands", "demand", demand, prepare=a_buyer,
               number="quantity_kg", valid_number="500"),
    WriteRoute("propose a deal", "POST", "(a lot and a demand)/deals", "deal", deal, prepare=proposing,
               number="quantity_kg", valid_number="10"),
    WriteRoute("cancel a deal", "POST", "(a proposed deal)/cancel", "deal_transition", cancellation,
               prepare=a_proposed_deal, status=200, names=["reason"]),
    WriteRoute("run a clearing", "POST", f"{API}/clearing-runs", "clearing_run", lambda: {"county_code": LIANZHOU},
               headers=lambda: service_headers("products", Role.city_staff)),
    WriteRoute("add a video", "POST", f"{API}/videos", "video", video,
               headers=lambda: service_headers("products", Role.city_staff), number="views", valid_number="1200",
               names=["title"]),
    WriteRoute("add a platform", "POST", f"{API}/platforms", "platform", platform,
               headers=lambda: service_headers("products", Role.city_staff), names=["name", "operator"]),
    WriteRoute("draft a notice", "POST", "(an unsold lot)/notices", "notice", notice, prepare=drafting,
               names=["title", "body"]),
    WriteRoute("inquire (no login)", "POST", "(a published notice)/inquiries", "inquiry", inquiry,
               prepare=a_published_notice, number="quantity_kg", valid_number="200",
               names=["name", "organisation", "message"]),
    WriteRoute("pair a village", "POST", f"{API}/pairings", "pairing", pairing,
               headers=lambda: service_headers("products", Role.city_staff), number="funds_pledged",
               valid_number="50000", names=["enterprise", "town", "village"]),
    WriteRoute("record funds received", "PATCH", "(a pairing)", "pairing", lambda: {"funds_received": NUMBER},
               prepare=a_pairing, status=200, number="funds_received", valid_number="30000", adds=False),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)


async def test_sql_in_the_search_is_searched_for_as_text(client: httpx.AsyncClient) -> None:
    for payload in SQL:
        sql = payload.format(table="featured_product")
        response = await client.get(f"{API}/products", params={"q": sql},
                                    headers=service_headers("products", Role.buyer))
        assert response.status_code == 200, response.text
        assert all(sql in item["name"] for item in response.json()["items"])


async def test_a_nul_in_the_search_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{API}/products", params={"q": "红\x00茶"},
                                headers=service_headers("products", Role.buyer))
    assert_problem(response, 422)
