import asyncio
import uuid
from decimal import Decimal

import httpx
import pytest
from fastapi import FastAPI

from chassis.problems import Conflict
from chassis.testing import auth_header
from products.lots.service import sell
from tests.factories import (
    API,
    FOGANG,
    LIANZHOU,
    YINGDE,
    buyer_account,
    city_staff,
    county_staff,
    days,
    entrepreneur,
    field_errors,
    lot_body,
    new_lot,
    new_product,
    new_seller,
    ok,
)

URL = f"{API}/lots"


async def test_a_seller_lists_a_lot_with_the_contract_fields(client: httpx.AsyncClient) -> None:
    owner, seller = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    body = lot_body(product["id"], best_before=days(20), town="丰阳镇", unsold=True, note="滞销，求对接")
    lot = ok(await client.post(URL, json=body, headers=owner.headers), 201)
    assert lot | body == lot
    assert lot | {"seller_id": seller["id"], "status": "open", "remaining_kg": "1000.00",
                  "seller_name": seller["name"], "seller_county_code": LIANZHOU, "product_name": product["name"],
                  "category": "fruit", "allowed_actions": ["withdraw", "edit"]} == lot
    assert ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers)) == lot


async def test_best_before_defaults_to_harvest_date_plus_shelf_life(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client, shelf_life_days=12)
    lot = await new_lot(client, owner, product["id"], harvest_date="2026-11-25")
    assert lot["best_before"] == "2026-12-07"


async def test_staff_list_a_lot_for_a_seller_in_their_county(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = ok(await client.post(URL, json=lot_body(product["id"], seller_id=seller["id"]),
                               headers=county_staff(LIANZHOU).headers), 201)
    assert lot["seller_id"] == seller["id"]


async def test_staff_name_the_seller_they_list_for(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    response = await client.post(URL, json=lot_body(product["id"]), headers=city_staff().headers)
    assert field_errors(response) == [["body", "seller_id"]]


async def test_staff_may_not_list_for_a_seller_of_another_county(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    response = await client.post(URL, json=lot_body(product["id"], seller_id=seller["id"], county_code=FOGANG),
                                 headers=county_staff(FOGANG).headers)
    assert field_errors(response) == [["body", "seller_id"]]


async def test_a_seller_may_not_name_a_seller(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client)
    _, other = await new_seller(client)
    product = await new_product(client)
    response = await client.post(URL, json=lot_body(product["id"], seller_id=other["id"]), headers=owner.headers)
    assert field_errors(response) == [["body", "seller_id"]]


async def test_an_entrepreneur_registers_as_a_seller_before_listing(client: httpx.AsyncClient) -> None:
    product = await new_product(client)
    response = await client.post(URL, json=lot_body(product["id"]), headers=entrepreneur().headers)
    assert response.status_code == 404


async def test_a_suspended_seller_may_not_list(client: httpx.AsyncClient) -> None:
    owner, seller = await new_seller(client, LIANZHOU)
    await client.post(f"{API}/sellers/{seller['id']}/suspend", json={"reason": "暂停"},
                      headers=county_staff(LIANZHOU).headers)
    product = await new_product(client)
    response = await client.post(URL, json=lot_body(product["id"]), headers=owner.headers)
    assert response.status_code == 409


async def test_bad_input_names_the_field_and_lists_nothing(client: httpx.AsyncClient) -> None:
    owner, seller = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    cases = {
        "quantity_kg": {"quantity_kg": "0.00"},
        "floor_price_per_kg": {"floor_price_per_kg": "-1.00"},
        "county_code": {"county_code": "440100"},
        "best_before": {"harvest_date": days(0), "best_before": days(-1)},
        "product_id": {"product_id": str(uuid.uuid4())},
    }
    for field, change in cases.items():
        response = await client.post(URL, json=lot_body(product["id"]) | change, headers=owner.headers)
        assert field_errors(response) == [["body", field]], field
    quantity = await client.post(URL, json=lot_body(product["id"], quantity_kg="1.234"), headers=owner.headers)
    assert field_errors(quantity) == [["body", "quantity_kg"]]
    listed = ok(await client.get(URL, params={"seller_id": seller["id"]}, headers=owner.headers))
    assert listed["total"] == 0


async def test_a_seller_sees_only_their_own_lots(client: httpx.AsyncClient) -> None:
    owner, _seller = await new_seller(client, LIANZHOU)
    other, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    mine = await new_lot(client, owner, product["id"])
    theirs = await new_lot(client, other, product["id"])
    listed = ok(await client.get(URL, params={"product_id": product["id"]}, headers=owner.headers))
    assert [lot["id"] for lot in listed["items"]] == [mine["id"]]
    assert (await client.get(f"{URL}/{theirs['id']}", headers=owner.headers)).status_code == 404


async def test_county_staff_see_the_lots_in_their_county(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    here = await new_lot(client, owner, product["id"], county_code=LIANZHOU)
    there = await new_lot(client, owner, product["id"], county_code=FOGANG)
    staff = county_staff(LIANZHOU)
    listed = ok(await client.get(URL, params={"product_id": product["id"]}, headers=staff.headers))
    assert [lot["id"] for lot in listed["items"]] == [here["id"]]
    assert (await client.get(f"{URL}/{there['id']}", headers=staff.headers)).status_code == 404


async def test_a_buyer_sees_the_lots_on_offer_from_admitted_sellers_only(client: httpx.AsyncClient) -> None:
    admitted, _ = await new_seller(client, LIANZHOU)
    pending, _ = await new_seller(client, LIANZHOU, admitted=False)
    product = await new_product(client)
    on_offer = await new_lot(client, admitted, product["id"])
    withdrawn = await new_lot(client, admitted, product["id"])
    await client.post(f"{URL}/{withdrawn['id']}/withdraw", headers=admitted.headers)
    unadmitted = await new_lot(client, pending, product["id"])
    buyer = buyer_account()
    listed = ok(await client.get(URL, params={"product_id": product["id"]}, headers=buyer.headers))
    assert [lot["id"] for lot in listed["items"]] == [on_offer["id"]]
    for hidden in (withdrawn, unadmitted):
        assert (await client.get(f"{URL}/{hidden['id']}", headers=buyer.headers)).status_code == 404


async def test_a_buyer_sees_the_sellers_name_and_county_never_their_contact(client: httpx.AsyncClient) -> None:
    owner, seller = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])
    seen = ok(await client.get(f"{URL}/{lot['id']}", headers=buyer_account().headers))
    assert (seen["seller_name"], seen["seller_county_name"]) == (seller["name"], "连州市")
    assert seller["contact"] not in str(seen) and "contact" not in str(seen.keys())
    assert seen["allowed_actions"] == []


async def test_the_seller_withdraws_their_lot(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])
    withdrawn = ok(await client.post(f"{URL}/{lot['id']}/withdraw", headers=owner.headers))
    assert (withdrawn["status"], withdrawn["allowed_actions"]) == ("withdrawn", [])


async def test_staff_of_the_lots_county_withdraw_it(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])
    withdrawn = ok(await client.post(f"{URL}/{lot['id']}/withdraw", headers=county_staff(LIANZHOU).headers))
    assert withdrawn["status"] == "withdrawn"


async def test_acting_on_a_withdrawn_lot_is_a_conflict_naming_the_allowed_actions(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])
    await client.post(f"{URL}/{lot['id']}/withdraw", headers=owner.headers)
    again = await client.post(f"{URL}/{lot['id']}/withdraw", headers=owner.headers)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    problem = again.json()
    assert (problem["status_now"], problem["allowed_actions"], problem["allowed_next_states"]) == (
        "withdrawn", [], [])


async def test_another_seller_cannot_find_the_lot_to_withdraw(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    other, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])
    assert (await client.post(f"{URL}/{lot['id']}/withdraw", headers=other.headers)).status_code == 404
    assert ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers))["status"] == "open"


async def test_buyers_may_not_withdraw_lots(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])
    assert (await client.post(f"{URL}/{lot['id']}/withdraw", headers=buyer_account().headers)).status_code == 403


async def test_the_expiry_marks_the_lots_past_their_best_before(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    stale = await new_lot(client, owner, product["id"], harvest_date=days(-10), best_before=days(-1))
    fresh = await new_lot(client, owner, product["id"], harvest_date=days(-10), best_before=days(0))
    report = ok(await client.post(f"{URL}/expire", headers=city_staff().headers))
    assert report["expired"] >= 1
    assert ok(await client.get(f"{URL}/{stale['id']}", headers=owner.headers))["status"] == "expired"
    assert ok(await client.get(f"{URL}/{fresh['id']}", headers=owner.headers))["status"] == "open"


async def test_county_staff_expire_only_their_countys_lots(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    there = await new_lot(client, owner, product["id"], county_code=FOGANG, harvest_date=days(-10),
                          best_before=days(-1))
    await client.post(f"{URL}/expire", headers=county_staff(YINGDE).headers)
    assert ok(await client.get(f"{URL}/{there['id']}", headers=owner.headers))["status"] == "open"


async def test_a_sale_takes_from_what_remains_and_then_sells_the_lot_out(app: FastAPI,
                                                                          client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"], quantity_kg="100.00")
    async with app.state.sessionmaker() as session, session.begin():
        await sell(session=session, lot_id=uuid.UUID(lot["id"]), quantity_kg=Decimal("40.00"))
    partly = ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers))
    assert (partly["status"], partly["remaining_kg"], partly["quantity_kg"]) == ("partly_sold", "60.00", "100.00")
    async with app.state.sessionmaker() as session, session.begin():
        await sell(session=session, lot_id=uuid.UUID(lot["id"]), quantity_kg=Decimal("60.00"))
    sold = ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers))
    assert (sold["status"], sold["remaining_kg"], sold["allowed_actions"]) == ("sold_out", "0.00", [])


async def test_a_sale_of_more_than_remains_is_a_conflict(app: FastAPI, client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"], quantity_kg="100.00")
    async with app.state.sessionmaker() as session, session.begin():
        with pytest.raises(Conflict):
            await sell(session=session, lot_id=uuid.UUID(lot["id"]), quantity_kg=Decimal("100.01"))
    assert ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers))["remaining_kg"] == "100.00"


async def test_the_list_filters_by_status_category_county_unsold_and_name(client: httpx.AsyncClient) -> None:
    owner, seller = await new_seller(client, LIANZHOU)
    product = await new_product(client, category="nuts")
    unsold = await new_lot(client, owner, product["id"], unsold=True)
    await new_lot(client, owner, product["id"], county_code=FOGANG)
    staff = city_staff()
    found = ok(await client.get(URL, params={"status": "open", "category": "nuts", "county_code": LIANZHOU,
                                             "unsold": "true", "q": product["name"]}, headers=staff.headers))
    assert [lot["id"] for lot in found["items"]] == [unsold["id"]]
    by_seller = ok(await client.get(URL, params={"q": seller["name"]}, headers=staff.headers))
    assert by_seller["total"] == 2
    await client.post(f"{URL}/{unsold['id']}/withdraw", headers=owner.headers)
    on_offer = ok(await client.get(URL, params={"q": seller["name"], "on_offer": "true"}, headers=staff.headers))
    off = ok(await client.get(URL, params={"q": seller["name"], "on_offer": "false"}, headers=staff.headers))
    assert ([lot["id"] for lot in off["items"]], on_offer["total"]) == ([unsold["id"]], 1)


async def test_other_roles_may_not_see_lots(client: httpx.AsyncClient) -> None:
    for role in ("volunteer", "bank_officer", "service"):
        assert (await client.get(URL, headers=auth_header(role))).status_code == 403, role


async def test_the_seller_corrects_a_lot_on_offer_and_only_what_was_sent_changes(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"], note="初次报价")
    change = {"floor_price_per_kg": "4.20", "best_before": days(25), "unsold": True, "note": None}
    edited = ok(await client.patch(f"{URL}/{lot['id']}", json=change, headers=owner.headers))
    assert edited == lot | change | {"floor_price_per_kg": "4.20"}
    assert ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers)) == edited


async def test_a_new_quantity_moves_what_remains_by_as_much_and_stays_above_what_was_sold(
        app: FastAPI, client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"])  # 1000 kg
    async with app.state.sessionmaker() as session, session.begin():
        await sell(session=session, lot_id=uuid.UUID(lot["id"]), quantity_kg=Decimal("300"))
    grown = ok(await client.patch(f"{URL}/{lot['id']}", json={"quantity_kg": "1500"},
                                  headers=county_staff(LIANZHOU).headers))
    assert (grown["quantity_kg"], grown["remaining_kg"], grown["status"]) == ("1500.00", "1200.00", "partly_sold")
    too_small = await client.patch(f"{URL}/{lot['id']}", json={"quantity_kg": "300"}, headers=owner.headers)
    assert too_small.status_code == 409
    assert too_small.json()["sold_kg"] == "300.00"
    assert ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers))["remaining_kg"] == "1200.00"


async def test_editing_refuses_bad_input_and_lots_off_offer_and_changes_nothing(client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    other, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    lot = await new_lot(client, owner, product["id"], harvest_date="2026-11-25")
    path = f"{URL}/{lot['id']}"
    for body, field in (({"floor_price_per_kg": "0"}, "floor_price_per_kg"),
                        ({"quantity_kg": "-1"}, "quantity_kg"),
                        ({"floor_price_per_kg": None}, "floor_price_per_kg"),
                        ({"best_before": "2026-11-20"}, "best_before"),
                        ({"status": "sold_out"}, "status")):
        refused = await client.patch(path, json=body, headers=owner.headers)
        assert refused.status_code == 422, body
        assert ["body", field] in field_errors(refused), body
    assert (await client.patch(path, json={"note": "不是我的"}, headers=other.headers)).status_code == 404
    assert (await client.patch(path, json={"note": "采购方"}, headers=buyer_account().headers)).status_code == 403
    await client.post(f"{path}/withdraw", headers=owner.headers)
    withdrawn = await client.patch(path, json={"note": "撤回后"}, headers=owner.headers)
    assert withdrawn.status_code == 409
    assert withdrawn.json()["allowed_actions"] == []
    assert ok(await client.get(path, headers=owner.headers)) | {"status": "withdrawn"} == lot | {
        "status": "withdrawn", "allowed_actions": []}


async def test_a_sale_and_a_smaller_quantity_at_once_never_leave_the_lot_oversold(
        app: FastAPI, client: httpx.AsyncClient) -> None:
    owner, _ = await new_seller(client, LIANZHOU)
    product = await new_product(client)
    for _ in range(5):
        lot = await new_lot(client, owner, product["id"])  # 1000 kg

        async def sale(lot_id: str = lot["id"]) -> bool:
            try:
                async with app.state.sessionmaker() as session, session.begin():
                    await sell(session=session, lot_id=uuid.UUID(lot_id), quantity_kg=Decimal("600"))
            except Conflict:
                return False
            return True

        async def shrink(lot_id: str = lot["id"]) -> bool:
            answer = await client.patch(f"{URL}/{lot_id}", json={"quantity_kg": "500"}, headers=owner.headers)
            assert answer.status_code in (200, 409), answer.text
            return answer.status_code == 200

        sold, shrunk = await asyncio.gather(sale(), shrink())
        assert sold != shrunk  # one of them, never both
        after = ok(await client.get(f"{URL}/{lot['id']}", headers=owner.headers))
        assert Decimal(after["remaining_kg"]) >= 0
        assert Decimal(after["quantity_kg"]) - Decimal(after["remaining_kg"]) == (600 if sold else 0)
