"""An entrepreneur's borrower profile: their numbers kept encrypted, whole for them, unique per person."""

from datetime import date

import httpx

from tests.factories import API, LIANZHOU, county_staff, entrepreneur, id_card, profile

ME = f"{API}/borrowers/me"


async def test_a_profile_is_filled_in_then_read_back_whole_by_its_owner(client: httpx.AsyncClient) -> None:
    me = entrepreneur()
    assert (await client.get(ME, headers=me.headers)).status_code == 404
    data = profile(born=date(1996, 8, 1))
    saved = await client.put(ME, json=data, headers=me.headers)
    assert saved.status_code == 200, saved.text
    read = (await client.get(ME, headers=me.headers)).json()
    assert (read["id_card"], read["mobile"], read["birth_date"]) == (data["id_card"], "13812345678", "1996-08-01")
    assert read["county_name"] == "英德市"


async def test_saving_again_updates_the_same_profile(client: httpx.AsyncClient) -> None:
    me = entrepreneur()
    first = (await client.put(ME, json=profile(), headers=me.headers)).json()
    moved = (await client.put(ME, json={**profile(LIANZHOU), "village": "黄芒村"}, headers=me.headers)).json()
    assert (moved["id"], moved["county_code"], moved["village"]) == (first["id"], LIANZHOU, "黄芒村")


async def test_one_id_card_number_belongs_to_one_person(client: httpx.AsyncClient) -> None:
    data = profile()
    assert (await client.put(ME, json=data, headers=entrepreneur().headers)).status_code == 200
    taken = await client.put(ME, json=data, headers=entrepreneur().headers)
    assert taken.status_code == 409
    assert taken.headers["content-type"] == "application/problem+json"


async def test_a_wrong_check_digit_or_mobile_is_a_422_and_saves_nothing(client: httpx.AsyncClient) -> None:
    me = entrepreneur()
    number = id_card()
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    for bad in ({"id_card": wrong}, {"mobile": "1381234567"}, {"mobile": "23812345678"}):
        response = await client.put(ME, json={**profile(), **bad}, headers=me.headers)
        assert response.status_code == 422, bad
    assert (await client.get(ME, headers=me.headers)).status_code == 404


async def test_only_entrepreneurs_have_a_profile(client: httpx.AsyncClient) -> None:
    assert (await client.get(ME, headers=county_staff().headers)).status_code == 403
    assert (await client.put(ME, json=profile(), headers=county_staff().headers)).status_code == 403
