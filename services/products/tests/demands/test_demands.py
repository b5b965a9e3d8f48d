import uuid
from decimal import Decimal

import httpx
import pytest
from fastapi import FastAPI

from chassis.problems import Conflict
from chassis.testing import auth_header
from chassis.timezone import business_today
from products.demands.service import fill
from tests.factories import (
    API,
    QINGCHENG,
    YINGDE,
    buyer_account,
    city_staff,
    county_staff,
    days,
    demand_body,
    entrepreneur,
    field_errors,
    new_buyer,
    new_demand,
    new_product,
    ok,
)

URL = f"{API}/demands"


async def test_a_buyer_posts_a_demand_with_the_contract_fields(client: httpx.AsyncClient) -> None:
    owner, buyer = await new_buyer(client)
    product = await new_product(client)
    body = demand_body(product_id=product["id"], max_distance_km=120, recurrence="weekly")
    demand = ok(await client.post(URL, json=body, headers=owner.headers), 201)
    assert demand | body == demand
    assert demand | {"buyer_id": buyer["id"], "buyer_name": buyer["name"], "status": "open",
                     "remaining_kg": "500.00", "category": None, "product_name": product["name"],
                     "county_name": "清城区", "previous_id": None, "next_id": None,
                     "allowed_actions": ["cancel", "edit"]} == demand
    assert ok(await client.get(f"{URL}/{demand['id']}", headers=owner.headers)) == demand


async def test_a_demand_may_name_a_category_instead_of_a_product(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="nuts")
    assert (demand["category"], demand["product_id"], demand["recurrence"]) == ("nuts", None, "none")


async def test_both_or_neither_product_and_category_is_refused(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    product = await new_product(client)
    for extra in ({}, {"product_id": product["id"], "category": "fruit"}):
        response = await client.post(URL, json=demand_body(**extra), headers=owner.headers)
        assert field_errors(response) == [["body", "category"]], extra


async def test_a_window_that_ends_before_it_starts_is_refused(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    response = await client.post(URL, json=demand_body(category="tea", wanted_from=days(5), wanted_until=days(4)),
                                 headers=owner.headers)
    assert field_errors(response) == [["body", "wanted_until"]]


async def test_bad_input_names_the_field(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    cases = {"quantity_kg": "0", "ceiling_price_per_kg": "-2.00", "county_code": "440100", "category": "seafood",
             "recurrence": "daily", "max_distance_km": -1}
    for field, value in cases.items():
        body = demand_body(category="tea") | {field: value}
        response = await client.post(URL, json=body, headers=owner.headers)
        assert field_errors(response) == [["body", field]], field


async def test_an_unknown_product_is_refused_naming_it(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    response = await client.post(URL, json=demand_body(product_id=str(uuid.uuid4())), headers=owner.headers)
    assert field_errors(response) == [["body", "product_id"]]
    assert ok(await client.get(URL, headers=owner.headers))["total"] == 0


async def test_a_buyer_registers_before_posting(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=demand_body(category="tea"), headers=buyer_account().headers)
    assert response.status_code == 404


async def test_staff_post_a_demand_for_a_buyer_in_their_county(client: httpx.AsyncClient) -> None:
    _, buyer = await new_buyer(client, YINGDE)
    demand = ok(await client.post(URL, json=demand_body(category="grain", buyer_id=buyer["id"], county_code=YINGDE),
                                  headers=county_staff(YINGDE).headers), 201)
    assert demand["buyer_id"] == buyer["id"]


async def test_staff_name_the_buyer_and_a_buyer_does_not(client: httpx.AsyncClient) -> None:
    owner, buyer = await new_buyer(client)
    staff = await client.post(URL, json=demand_body(category="tea"), headers=city_staff().headers)
    assert field_errors(staff) == [["body", "buyer_id"]]
    itself = await client.post(URL, json=demand_body(category="tea", buyer_id=buyer["id"]), headers=owner.headers)
    assert field_errors(itself) == [["body", "buyer_id"]]


async def test_a_buyer_sees_only_their_own_demands(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    other, _ = await new_buyer(client)
    mine = await new_demand(client, owner, category="tea")
    theirs = await new_demand(client, other, category="tea")
    assert [d["id"] for d in ok(await client.get(URL, headers=owner.headers))["items"]] == [mine["id"]]
    assert (await client.get(f"{URL}/{theirs['id']}", headers=owner.headers)).status_code == 404
    assert (await client.post(f"{URL}/{theirs['id']}/cancel", headers=owner.headers)).status_code == 404


async def test_county_staff_see_the_demands_delivered_in_their_county(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    here = await new_demand(client, owner, category="tea", county_code=QINGCHENG)
    there = await new_demand(client, owner, category="tea", county_code=YINGDE)
    staff = county_staff(QINGCHENG)
    listed = ok(await client.get(URL, params={"buyer_id": here["buyer_id"]}, headers=staff.headers))
    assert [d["id"] for d in listed["items"]] == [here["id"]]
    assert (await client.get(f"{URL}/{there['id']}", headers=staff.headers)).status_code == 404


async def test_sellers_may_not_see_demands(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=entrepreneur().headers)).status_code == 403
    assert (await client.get(URL, headers=auth_header("volunteer"))).status_code == 403


async def test_cancelling_a_weekly_demand_makes_the_next(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="fruit", wanted_from=days(0), wanted_until=days(6),
                              recurrence="weekly")
    cancelled = ok(await client.post(f"{URL}/{demand['id']}/cancel", json={"reason": "本周食堂停伙"},
                                     headers=owner.headers))
    assert (cancelled["status"], cancelled["cancel_reason"], cancelled["allowed_actions"]) == (
        "cancelled", "本周食堂停伙", [])
    following = ok(await client.get(f"{URL}/{cancelled['next_id']}", headers=owner.headers))
    assert following | {"status": "open", "previous_id": demand["id"], "wanted_from": days(7),
                        "wanted_until": days(13), "remaining_kg": demand["quantity_kg"],
                        "recurrence": "weekly"} == following


async def test_cancelling_with_end_recurrence_makes_no_next(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="fruit", recurrence="monthly")
    cancelled = ok(await client.post(f"{URL}/{demand['id']}/cancel", json={"end_recurrence": True},
                                     headers=owner.headers))
    assert (cancelled["status"], cancelled["next_id"]) == ("cancelled", None)


async def test_cancelling_a_cancelled_demand_is_a_conflict_naming_the_allowed_actions(
        client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="fruit", recurrence="weekly")
    await client.post(f"{URL}/{demand['id']}/cancel", headers=owner.headers)
    again = await client.post(f"{URL}/{demand['id']}/cancel", headers=owner.headers)
    assert again.status_code == 409
    assert (again.json()["status_now"], again.json()["allowed_actions"]) == ("cancelled", [])
    listed = ok(await client.get(URL, params={"recurrence": "weekly"}, headers=owner.headers))
    assert listed["total"] == 2  # the cancelled one and its single follower


async def test_filling_a_monthly_demand_partly_then_wholly_makes_the_next(app: FastAPI,
                                                                         client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="grain", quantity_kg="100.00", recurrence="monthly")
    demand_id = uuid.UUID(demand["id"])
    async with app.state.sessionmaker() as session, session.begin():
        await fill(session=session, demand_id=demand_id, quantity_kg=Decimal("30.00"), today=business_today())
    partly = ok(await client.get(f"{URL}/{demand_id}", headers=owner.headers))
    assert (partly["status"], partly["remaining_kg"], partly["next_id"]) == ("partly_filled", "70.00", None)
    async with app.state.sessionmaker() as session, session.begin():
        await fill(session=session, demand_id=demand_id, quantity_kg=Decimal("70.00"), today=business_today())
    filled = ok(await client.get(f"{URL}/{demand_id}", headers=owner.headers))
    assert (filled["status"], filled["remaining_kg"]) == ("filled", "0.00")
    following = ok(await client.get(f"{URL}/{filled['next_id']}", headers=owner.headers))
    assert (following["status"], following["remaining_kg"], following["previous_id"]) == (
        "open", "100.00", demand["id"])


async def test_filling_more_than_is_wanted_is_a_conflict(app: FastAPI, client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="grain", quantity_kg="100.00")
    async with app.state.sessionmaker() as session, session.begin():
        with pytest.raises(Conflict):
            await fill(session=session, demand_id=uuid.UUID(demand["id"]), quantity_kg=Decimal("100.01"),
                       today=business_today())


async def test_the_expiry_marks_the_demands_whose_window_has_ended(client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    over = await new_demand(client, owner, category="tea", wanted_from=days(-7), wanted_until=days(-1))
    current = await new_demand(client, owner, category="tea", wanted_from=days(-7), wanted_until=days(0))
    assert ok(await client.post(f"{URL}/expire", headers=city_staff().headers))["expired"] >= 1
    assert ok(await client.get(f"{URL}/{over['id']}", headers=owner.headers))["status"] == "expired"
    assert ok(await client.get(f"{URL}/{current['id']}", headers=owner.headers))["status"] == "open"


async def test_only_staff_run_the_expiry(client: httpx.AsyncClient) -> None:
    assert (await client.post(f"{URL}/expire", headers=buyer_account().headers)).status_code == 403


async def test_the_buyer_corrects_a_demand_still_wanted_and_only_what_was_sent_changes(
        client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    product = await new_product(client)
    demand = await new_demand(client, owner, product_id=product["id"], max_distance_km=80)
    change = {"ceiling_price_per_kg": "9.50", "wanted_until": days(20), "max_distance_km": None}
    edited = ok(await client.patch(f"{URL}/{demand['id']}", json=change, headers=owner.headers))
    assert edited == demand | change
    assert ok(await client.get(f"{URL}/{demand['id']}", headers=owner.headers)) == edited


async def test_a_new_quantity_moves_what_is_wanted_and_stays_above_what_was_filled(
        app: FastAPI, client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="grain", quantity_kg="100.00")
    async with app.state.sessionmaker() as session, session.begin():
        await fill(session=session, demand_id=uuid.UUID(demand["id"]), quantity_kg=Decimal("30.00"),
                   today=business_today())
    grown = ok(await client.patch(f"{URL}/{demand['id']}", json={"quantity_kg": "150"}, headers=owner.headers))
    assert (grown["quantity_kg"], grown["remaining_kg"], grown["status"]) == ("150.00", "120.00", "partly_filled")
    too_small = await client.patch(f"{URL}/{demand['id']}", json={"quantity_kg": "30"},
                                   headers=county_staff(QINGCHENG).headers)
    assert too_small.status_code == 409
    assert too_small.json()["filled_kg"] == "30.00"


async def test_editing_refuses_bad_input_and_demands_no_longer_wanted_and_changes_nothing(
        client: httpx.AsyncClient) -> None:
    owner, _ = await new_buyer(client)
    other, _ = await new_buyer(client)
    demand = await new_demand(client, owner, category="grain")
    path = f"{URL}/{demand['id']}"
    for body, field in (({"ceiling_price_per_kg": "0"}, "ceiling_price_per_kg"),
                        ({"quantity_kg": None}, "quantity_kg"),
                        ({"wanted_until": days(-30)}, "wanted_until"),
                        ({"wanted_from": days(0), "wanted_until": days(-1)}, "wanted_until"),
                        ({"category": "fruit"}, "category")):
        refused = await client.patch(path, json=body, headers=owner.headers)
        assert ["body", field] in field_errors(refused), body
    assert (await client.patch(path, json={"max_distance_km": 5}, headers=other.headers)).status_code == 404
    assert (await client.patch(path, json={"max_distance_km": 5}, headers=entrepreneur().headers)).status_code == 403
    await client.post(f"{path}/cancel", headers=owner.headers)
    cancelled = await client.patch(path, json={"max_distance_km": 5}, headers=owner.headers)
    assert cancelled.status_code == 409
    assert cancelled.json()["allowed_actions"] == []
    assert ok(await client.get(path, headers=owner.headers))["max_distance_km"] is None
