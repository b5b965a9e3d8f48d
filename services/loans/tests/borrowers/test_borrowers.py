"""An entrepreneur's borrower profile: their numbers kept encrypted, whole for them, unique per person."""

from datetime import date

import httpx

from tests.factories import API, LIANZHOU, act, county_staff, draft, entrepreneur, id_card, profile, project

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


async def test_a_number_on_another_profile_is_answered_like_any_other_and_staff_see_the_dispute(
        client: httpx.AsyncClient) -> None:
    data = profile()
    holder, claimant = entrepreneur(), entrepreneur()
    first = await client.put(ME, json=data, headers=holder.headers)
    second = await client.put(ME, json=data, headers=claimant.headers)
    # No oracle: the same status and the same fields whether or not the number is registered.
    assert first.status_code == second.status_code == 200
    assert set(first.json()) == set(second.json()) and second.json()["identity_disputed"] is None
    application = (await client.post(f"{API}/applications", json=project(), headers=claimant.headers)).json()
    await act(client, application["id"], "submit", claimant)
    staff = county_staff()
    seen = (await client.get(f"{API}/applications/{application['id']}", headers=staff.headers)).json()
    assert seen["borrower"]["identity_disputed"] is True
    refused = await client.post(f"{API}/applications/{application['id']}/recommend", headers=staff.headers)
    assert refused.status_code == 409 and "another borrower" in refused.json()["detail"]


async def test_name_id_card_and_county_are_fixed_once_an_application_is_submitted(client: httpx.AsyncClient) -> None:
    me = entrepreneur()
    application = await draft(client, me)
    changed_before = await client.put(ME, json={**profile(), "name": "黄小虎"}, headers=me.headers)
    assert changed_before.status_code == 200 and changed_before.json()["identity_frozen"] is False
    await act(client, application["id"], "submit", me)
    saved = (await client.get(ME, headers=me.headers)).json()
    assert saved["identity_frozen"] is True
    for change in ({"name": "黄大龙"}, {"id_card": id_card(born=date(1994, 1, 2))}, {"county_code": LIANZHOU}):
        refused = await client.put(ME, json={**profile(), "name": "黄小虎", "id_card": saved["id_card"], **change},
                                   headers=me.headers)
        assert refused.status_code == 409, change
        assert refused.json()["type"].endswith("/identity-frozen")
    assert (await client.get(ME, headers=me.headers)).json() == saved
    moved = await client.put(ME, json={**profile(), "name": "黄小虎", "id_card": saved["id_card"],
                                       "village": "黄芒村", "mobile": "13900001111"}, headers=me.headers)
    assert moved.status_code == 200 and moved.json()["village"] == "黄芒村"


async def test_staff_correct_a_frozen_identity_with_a_reason_kept_and_numbers_masked(
        client: httpx.AsyncClient) -> None:
    me = entrepreneur()
    application = await draft(client, me)
    await act(client, application["id"], "submit", me)
    borrower_id = (await client.get(ME, headers=me.headers)).json()["id"]
    new_number = id_card(born=date(1995, 3, 8))
    url = f"{API}/borrowers/{borrower_id}/corrections"
    assert (await client.post(url, json={"name": "黄晓龙", "reason": "身份证复核"},
                              headers=me.headers)).status_code == 403
    assert (await client.post(url, json={"name": "黄晓龙", "reason": "身份证复核"},
                              headers=county_staff(LIANZHOU).headers)).status_code == 404
    staff = county_staff()
    assert (await client.post(url, json={"name": "黄晓龙"}, headers=staff.headers)).status_code == 422
    correction = {"name": "黄晓龙", "id_card": new_number, "reason": "身份证复核，原录入有误"}
    corrected = await client.post(url, json=correction, headers=staff.headers)
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["name"] == "黄晓龙"
    kept = (await client.get(url, headers=staff.headers)).json()
    assert len(kept) == 1 and kept[0]["reason"] == "身份证复核，原录入有误" and kept[0]["actor_role"] == "county_staff"
    assert kept[0]["changes"]["name"] == {"from": "黄小龙", "to": "黄晓龙"}
    assert new_number not in str(kept) and "*" in kept[0]["changes"]["id_card"]["to"]
    assert (await client.get(ME, headers=me.headers)).json()["id_card"] == new_number


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
