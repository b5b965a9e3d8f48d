import uuid
from datetime import date
from decimal import Decimal

import httpx
from fastapi import FastAPI

from chassis.timezone import business_today
from products.parties.service import record_purchase
from tests.factories import (
    API,
    QINGCHENG,
    YINGDE,
    buyer_account,
    buyer_body,
    city_staff,
    county_staff,
    entrepreneur,
    field_errors,
    new_buyer,
    ok,
)

URL = f"{API}/buyers"


async def test_a_buyer_registers_with_a_pledge_for_this_year(client: httpx.AsyncClient) -> None:
    owner = buyer_account()
    body = buyer_body(kind="industrial_park", yearly_pledge="600000.00")
    buyer = ok(await client.post(URL, json=body, headers=owner.headers), 201)
    assert buyer | body == buyer
    assert (buyer["user_id"], buyer["pledge_year"]) == (owner.subject, business_today().year)
    assert (buyer["pledge_purchased"], buyer["pledge_progress"]) == ("0.00", "0.00")


async def test_a_buyer_without_a_pledge_has_no_progress(client: httpx.AsyncClient) -> None:
    _, buyer = await new_buyer(client)
    assert (buyer["yearly_pledge"], buyer["pledge_year"], buyer["pledge_progress"]) == (None, None, None)


async def test_a_buyer_registers_only_once(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    assert (await client.post(URL, json=buyer_body(), headers=owner.headers)).status_code == 409


async def test_a_pledge_year_without_a_pledge_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=buyer_body(pledge_year=2026), headers=buyer_account().headers)
    assert field_errors(response) == [["body", "pledge_year"]]


async def test_a_pledge_must_be_more_than_nothing(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=buyer_body(yearly_pledge="0.00"), headers=buyer_account().headers)
    assert field_errors(response) == [["body", "yearly_pledge"]]


async def test_staff_register_a_buyer_without_an_account(client: httpx.AsyncClient) -> None:
    buyer = ok(await client.post(URL, json=buyer_body(YINGDE, kind="work_unit_canteen"),
                                 headers=county_staff(YINGDE).headers), 201)
    assert (buyer["user_id"], buyer["county_name"]) == (None, "英德市")


async def test_my_buyer_is_mine(client: httpx.AsyncClient) -> None:
    owner, buyer = await new_buyer(client)
    assert ok(await client.get(f"{URL}/me", headers=owner.headers))["id"] == buyer["id"]
    assert (await client.get(f"{URL}/me", headers=buyer_account().headers)).status_code == 404


async def test_a_buyer_sees_only_themselves(client: httpx.AsyncClient) -> None:
    owner, mine = await new_buyer(client)
    _, theirs = await new_buyer(client)
    assert [b["id"] for b in ok(await client.get(URL, headers=owner.headers))["items"]] == [mine["id"]]
    assert (await client.get(f"{URL}/{theirs['id']}", headers=owner.headers)).status_code == 404


async def test_county_staff_see_only_their_countys_buyers(client: httpx.AsyncClient) -> None:
    _, here = await new_buyer(client, QINGCHENG)
    _, there = await new_buyer(client, YINGDE)
    staff = county_staff(QINGCHENG)
    assert ok(await client.get(f"{URL}/{here['id']}", headers=staff.headers))["id"] == here["id"]
    assert (await client.get(f"{URL}/{there['id']}", headers=staff.headers)).status_code == 404
    listed = ok(await client.get(URL, params={"limit": 200}, headers=staff.headers))["items"]
    assert {b["county_code"] for b in listed} == {QINGCHENG}


async def test_a_purchase_counts_towards_the_pledge_of_its_year(app: FastAPI, client: httpx.AsyncClient) -> None:
    _, buyer = await new_buyer(client, yearly_pledge="1000.00", pledge_year=2026)
    async with app.state.sessionmaker() as session, session.begin():
        buyer_id = uuid.UUID(buyer["id"])
        await record_purchase(session=session, buyer_id=buyer_id, amount=Decimal("250.00"), on=date(2026, 5, 1))
        await record_purchase(session=session, buyer_id=buyer_id, amount=Decimal("999.00"), on=date(2025, 12, 31))
    read = ok(await client.get(f"{URL}/{buyer['id']}", headers=city_staff().headers))
    assert (read["pledge_purchased"], read["pledge_progress"]) == ("250.00", "25.00")


async def test_sellers_may_not_see_buyers(client: httpx.AsyncClient) -> None:
    _, buyer = await new_buyer(client)
    assert (await client.get(f"{URL}/{buyer['id']}", headers=entrepreneur().headers)).status_code == 403
