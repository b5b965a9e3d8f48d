import uuid

import httpx

from tests.factories import API, LIANZHOU, YINGDE, city_staff, county_staff, entrepreneur, field_errors, ok

URL = f"{API}/pairings"


def pairing_body(**overrides: object) -> dict[str, object]:
    return {"enterprise": f"广东测试集团{uuid.uuid4().hex[:6]}", "county_code": YINGDE, "town": "连江口镇",
            "village": "连樟村", "paired_on": "2020-05-20", "funds_pledged": "50000.00", **overrides}


async def test_staff_pair_an_enterprise_and_record_the_funds_received(client: httpx.AsyncClient) -> None:
    staff = county_staff(YINGDE).headers
    pairing = ok(await client.post(URL, json=pairing_body(), headers=staff), 201)
    assert pairing | {"funds_received": "0.00", "county_name": "英德市"} == pairing
    updated = ok(await client.patch(f"{URL}/{pairing['id']}", json={"funds_received": "30000.00"}, headers=staff))
    assert updated["funds_received"] == "30000.00"
    listed = ok(await client.get(URL, params={"year": 2020, "county_code": YINGDE}, headers=staff))
    assert pairing["id"] in [p["id"] for p in listed["items"]]


async def test_county_staff_see_and_change_only_their_countys_pairings(client: httpx.AsyncClient) -> None:
    pairing = ok(await client.post(URL, json=pairing_body(), headers=city_staff().headers), 201)
    other = county_staff(LIANZHOU).headers
    assert (await client.post(URL, json=pairing_body(), headers=other)).status_code == 403
    assert (await client.get(f"{URL}/{pairing['id']}", headers=other)).status_code == 404
    assert (await client.patch(f"{URL}/{pairing['id']}", json={"funds_received": "1.00"},
                               headers=other)).status_code == 404
    assert pairing["id"] not in [p["id"] for p in ok(await client.get(URL, headers=other))["items"]]
    assert (await client.get(URL, headers=entrepreneur().headers)).status_code == 403


async def test_a_pairing_refuses_bad_money_and_places(client: httpx.AsyncClient) -> None:
    staff = city_staff().headers
    for bad, field in (({"funds_pledged": "-1"}, "funds_pledged"), ({"funds_pledged": "1.001"}, "funds_pledged"),
                       ({"village": "村\u202e"}, "village"), ({"paired_on": "2020-13-01"}, "paired_on")):
        assert field_errors(await client.post(URL, json=pairing_body(**bad), headers=staff)) == [["body", field]]
    pairing = ok(await client.post(URL, json=pairing_body(), headers=staff), 201)
    assert field_errors(await client.patch(f"{URL}/{pairing['id']}", json={"funds_received": "-5"},
                                           headers=staff)) == [["body", "funds_received"]]
