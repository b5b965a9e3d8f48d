import uuid
from typing import Any

import httpx

from tests.factories import (
    API,
    FOGANG,
    LIANZHOU,
    Person,
    buyer_account,
    city_staff,
    county_staff,
    entrepreneur,
    field_errors,
    new_lot,
    new_product,
    new_seller,
    ok,
)

URL = f"{API}/notices"
PUBLIC = f"{API}/public/notices"
INQUIRIES = f"{API}/inquiries"


async def unsold_lot(client: httpx.AsyncClient,
                     county: str = LIANZHOU) -> tuple[Person, dict[str, Any], dict[str, Any]]:
    """An admitted seller of the county (the owner and the seller) and an unsold lot of theirs there."""
    owner, seller = await new_seller(client, county)
    product = await new_product(client, certifications=[
        {"cert_type": "green_food", "number": "LB-9", "issuer": "中国绿色食品发展中心"},
        {"cert_type": "organic", "number": "OLD-1", "issuer": "某认证机构", "expires_on": "2020-01-01"}])
    lot = await new_lot(client, owner, product["id"], county_code=county, unsold=True)
    return owner, seller, lot


async def published(client: httpx.AsyncClient, lot_ids: list[str], county: str = LIANZHOU) -> dict[str, Any]:
    staff = county_staff(county).headers
    notice = ok(await client.post(URL, json={"title": "砂糖橘滞销信息", "body": "欢迎对接采购。", "county_code": county,
                                             "lot_ids": lot_ids}, headers=staff), 201)
    return ok(await client.post(f"{URL}/{notice['id']}/publish", headers=staff))


def inquiry_body(**overrides: Any) -> dict[str, Any]:
    return {"name": "李经理", "organisation": "清远某企业食堂", "mobile": "13800138000",
            "message": "想采购，请联系。", **overrides}


async def test_staff_draft_publish_and_close_a_notice_with_its_audit(client: httpx.AsyncClient) -> None:
    _, _, lot = await unsold_lot(client)
    staff = county_staff(LIANZHOU).headers
    notice = ok(await client.post(URL, json={"title": "砂糖橘滞销信息", "body": "欢迎对接。", "county_code": LIANZHOU,
                                             "lot_ids": [lot["id"]]}, headers=staff), 201)
    assert (notice["status"], notice["lot_ids"], notice["allowed_actions"]) == ("draft", [lot["id"]],
                                                                               ["publish", "close"])
    assert (notice["lot_count"], [(x["id"], x["remaining_kg"]) for x in notice["lots"]]) == (
        1, [(lot["id"], lot["remaining_kg"])])
    notice = ok(await client.post(f"{URL}/{notice['id']}/publish", headers=staff))
    assert notice["status"] == "published" and notice["published_at"]
    notice = ok(await client.post(f"{URL}/{notice['id']}/close", headers=staff))
    assert [(t["action"], t["from_status"], t["to_status"]) for t in notice["transitions"]] == [
        ("publish", "draft", "published"), ("close", "published", "closed")]
    again = await client.post(f"{URL}/{notice['id']}/close", headers=staff)
    assert again.status_code == 409
    assert again.json()["status_now"] == "closed"


async def test_the_public_page_needs_no_token_and_shows_only_admitted_sellers_open_lots(
        client: httpx.AsyncClient) -> None:
    _, seller, lot = await unsold_lot(client)
    withdrawn_owner, _, withdrawn = await unsold_lot(client)
    _, suspended_seller, suspended = await unsold_lot(client)
    notice = await published(client, [lot["id"], withdrawn["id"], suspended["id"]])
    ok(await client.post(f"{API}/lots/{withdrawn['id']}/withdraw", headers=withdrawn_owner.headers))
    ok(await client.post(f"{API}/sellers/{suspended_seller['id']}/suspend", json={"reason": "质量投诉"},
                         headers=county_staff(LIANZHOU).headers))
    response = await client.get(f"{PUBLIC}/{notice['id']}")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=60"
    page = response.json()
    assert [shown["id"] for shown in page["lots"]] == [lot["id"]]
    shown = page["lots"][0]
    assert shown | {"seller_name": seller["name"], "county_name": "连州市", "remaining_kg": "1000.00",
                    "price_per_kg": "5.00"} == shown
    assert [c["number"] for c in shown["certifications"]] == ["LB-9"]  # the expired one is not shown
    assert seller["contact"] not in response.text and "contact" not in response.text
    listed = await client.get(PUBLIC, params={"limit": 200})
    assert listed.headers["cache-control"] == "public, max-age=60"
    assert notice["id"] in [n["id"] for n in listed.json()["items"]]


async def test_a_draft_is_not_public_and_a_closed_notice_leaves_the_page(client: httpx.AsyncClient) -> None:
    _, _, lot = await unsold_lot(client)
    staff = county_staff(LIANZHOU).headers
    draft = ok(await client.post(URL, json={"title": "草稿", "body": "草稿。", "county_code": LIANZHOU,
                                            "lot_ids": [lot["id"]]}, headers=staff), 201)
    assert (await client.get(f"{PUBLIC}/{draft['id']}")).status_code == 404
    assert (await client.post(f"{PUBLIC}/{draft['id']}/inquiries", json=inquiry_body())).status_code == 404
    notice = await published(client, [lot["id"]])
    ok(await client.post(f"{URL}/{notice['id']}/close", headers=staff))
    assert (await client.get(f"{PUBLIC}/{notice['id']}")).status_code == 404
    closed = await client.post(f"{PUBLIC}/{notice['id']}/inquiries", json=inquiry_body())
    assert closed.status_code == 409


async def test_county_staff_cover_and_act_on_their_countys_notices_only(client: httpx.AsyncClient) -> None:
    _, _, lot = await unsold_lot(client)
    fogang = county_staff(FOGANG).headers
    body = {"title": "滞销信息", "body": "欢迎对接。", "lot_ids": [lot["id"]]}
    assert (await client.post(URL, json={**body, "county_code": LIANZHOU}, headers=fogang)).status_code == 403
    wrong_lot = await client.post(URL, json={**body, "county_code": FOGANG}, headers=fogang)
    assert field_errors(wrong_lot) == [["body", "lot_ids"]]
    notice = await published(client, [lot["id"]])
    assert (await client.get(f"{URL}/{notice['id']}", headers=fogang)).status_code == 404
    assert (await client.post(f"{URL}/{notice['id']}/close", headers=fogang)).status_code == 404
    city_wide = ok(await client.post(URL, json=body, headers=city_staff().headers), 201)
    seen = ok(await client.get(f"{URL}/{city_wide['id']}", headers=fogang))
    assert seen["allowed_actions"] == []
    assert [(x["id"], x["allowed_actions"]) for x in seen["lots"]] == [(lot["id"], [])]  # seen, not theirs to change
    assert (await client.post(f"{URL}/{city_wide['id']}/publish", headers=fogang)).status_code == 403
    assert (await client.get(URL, headers=entrepreneur().headers)).status_code == 403


async def test_a_notice_needs_lots_that_exist(client: httpx.AsyncClient) -> None:
    staff = city_staff().headers
    for lot_ids in ([], [str(uuid.uuid4())]):
        response = await client.post(URL, json={"title": "滞销信息", "body": "正文", "lot_ids": lot_ids},
                                     headers=staff)
        assert field_errors(response) == [["body", "lot_ids"]]


async def test_an_inquiry_reaches_staff_and_the_seller_never_the_sellers_phone(client: httpx.AsyncClient) -> None:
    owner, seller, lot = await unsold_lot(client)
    notice = await published(client, [lot["id"]])
    mobile = f"137{uuid.uuid4().int % 10**8:08d}"
    receipt = await client.post(f"{PUBLIC}/{notice['id']}/inquiries",
                                json=inquiry_body(mobile=mobile, lot_id=lot["id"], quantity_kg="200"))
    assert receipt.status_code == 201, receipt.text
    assert set(receipt.json()) == {"id", "notice_id", "lot_id", "created_at"}
    assert seller["contact"] not in receipt.text

    def mobiles(page: dict[str, Any]) -> list[str]:
        return [i["mobile"] for i in page["items"] if i["id"] == receipt.json()["id"]]

    by_notice = {"notice_id": notice["id"]}
    assert mobiles(ok(await client.get(INQUIRIES, params=by_notice, headers=city_staff().headers))) == [mobile]
    [seen] = ok(await client.get(INQUIRIES, params=by_notice, headers=city_staff().headers))["items"]
    assert (seen["seller_id"], seen["seller_name"], seen["county_code"]) == (seller["id"], seller["name"], LIANZHOU)
    assert mobiles(ok(await client.get(INQUIRIES, params=by_notice, headers=owner.headers))) == [mobile]
    masked = mobiles(ok(await client.get(INQUIRIES, params=by_notice, headers=county_staff(LIANZHOU).headers)))
    assert masked != [mobile] and len(masked) == 1
    assert mobiles(ok(await client.get(INQUIRIES, params=by_notice, headers=county_staff(FOGANG).headers))) == []
    assert mobiles(ok(await client.get(INQUIRIES, params=by_notice, headers=entrepreneur().headers))) == []
    assert (await client.get(INQUIRIES, headers=buyer_account().headers)).status_code == 403


async def test_an_inquiry_refuses_bad_input(client: httpx.AsyncClient) -> None:
    _, _, lot = await unsold_lot(client)
    _, _, other_lot = await unsold_lot(client)
    notice = await published(client, [lot["id"]])
    path = f"{PUBLIC}/{notice['id']}/inquiries"
    for bad, field in (({"mobile": "12345"}, "mobile"), ({"quantity_kg": "-1"}, "quantity_kg"),
                       ({"message": ""}, "message"), ({"name": "李\x07"}, "name"),
                       ({"lot_id": other_lot["id"]}, "lot_id")):
        assert field_errors(await client.post(path, json=inquiry_body(**bad))) == [["body", field]]
    assert field_errors(await client.post(path, json={**inquiry_body(), "seller_contact": "x"})) == [
        ["body", "seller_contact"]]
    assert (await client.post(f"{PUBLIC}/{uuid.uuid4()}/inquiries", json=inquiry_body())).status_code == 404


async def test_one_number_sends_a_bounded_number_of_inquiries_a_day(client: httpx.AsyncClient) -> None:
    from products.notices.service import INQUIRIES_PER_DAY
    _, _, lot = await unsold_lot(client)
    notice = await published(client, [lot["id"]])
    mobile = f"136{uuid.uuid4().int % 10**8:08d}"
    path = f"{PUBLIC}/{notice['id']}/inquiries"
    for _ in range(INQUIRIES_PER_DAY):
        assert (await client.post(path, json=inquiry_body(mobile=mobile))).status_code == 201
    too_many = await client.post(path, json=inquiry_body(mobile=mobile))
    assert too_many.status_code == 429
    assert too_many.headers["content-type"] == "application/problem+json"


async def test_the_list_counts_each_notices_lots_and_filters_by_county_and_title(client: httpx.AsyncClient) -> None:
    _, _, lot = await unsold_lot(client)
    _, _, other = await unsold_lot(client, FOGANG)
    title = f"沙田柚滞销{uuid.uuid4().hex[:6]}"
    staff = city_staff().headers
    both = ok(await client.post(URL, json={"title": title, "body": "全市对接。", "lot_ids": [lot["id"], other["id"]]},
                                headers=staff), 201)
    one = await published(client, [lot["id"]])
    found = ok(await client.get(URL, params={"q": title}, headers=staff))
    assert [(n["id"], n["lot_count"]) for n in found["items"]] == [(both["id"], 2)]
    in_lianzhou = ok(await client.get(URL, params={"county_code": LIANZHOU, "status": "published"}, headers=staff))
    assert one["id"] in [n["id"] for n in in_lianzhou["items"]]
    assert both["id"] not in [n["id"] for n in in_lianzhou["items"]]
    assert (await client.get(URL, params={"county_code": "999999"}, headers=staff)).status_code == 422
