from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from chassis.testing import auth_header
from tests.enrolments.helpers import CITY, SESSIONS, YINGDE_STAFF, enrol, open_session, programme, roster, trainee

ENROLMENTS = "/api/v1/training/enrolments"


@pytest.fixture(scope="module")
async def programme_id(client: httpx.AsyncClient) -> str:
    return str((await programme(client))["id"])


async def test_booked_while_seats_remain_then_waitlisted_poor_households_first(client: httpx.AsyncClient,
                                                                               programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=2)
    first, second = [await enrol(client, session["id"], (await trainee(client))[0]) for _ in range(2)]
    assert [first["status"], second["status"]] == ["booked", "booked"]
    late = await enrol(client, session["id"], (await trainee(client))[0])
    assert (late["status"], late["waitlist_position"]) == ("waitlisted", 1)
    poor = await enrol(client, session["id"], (await trainee(client, poor=True))[0])
    assert (poor["status"], poor["waitlist_position"], poor["priority"]) == ("waitlisted", 1, 0)
    waiting = await roster(client, session["id"], status="waitlisted")
    assert [(e["id"], e["waitlist_position"]) for e in waiting] == [(poor["id"], 1), (late["id"], 2)]
    everyone = await roster(client, session["id"])
    assert [e["id"] for e in everyone] == [first["id"], second["id"], poor["id"], late["id"]]
    read = (await client.get(f"{SESSIONS}/{session['id']}", headers=CITY)).json()
    assert (read["booked_count"], read["waitlist_count"], read["seats_left"]) == (2, 2, 0)


async def test_a_targeted_session_takes_its_groups_only_and_puts_them_first(client: httpx.AsyncClient,
                                                                            programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=1, target_groups=["homestay_owner", "poor_household"])
    outsider = await client.post(f"{SESSIONS}/{session['id']}/enrolments",
                                 json={"trainee_id": (await trainee(client, groups=["ecommerce_youth"]))[0]},
                                 headers=CITY)
    assert outsider.status_code == 409
    assert outsider.json()["reason"] == "not_in_target_groups"
    await enrol(client, session["id"], (await trainee(client, poor=True))[0])
    homestay = await enrol(client, session["id"], (await trainee(client, groups=["homestay_owner"]))[0])
    assert (homestay["status"], homestay["priority"]) == ("waitlisted", 0)


async def test_a_trainee_enrols_themself_and_cancels_the_head_of_the_waitlist_is_booked_and_told(
        client: httpx.AsyncClient, app: FastAPI, programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=1)
    _, me = await trainee(client, account=True)
    mine = await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={}, headers=me)
    assert (mine.status_code, mine.json()["status"]) == (201, "booked"), mine.text
    _, waiting_headers = await trainee(client, account=True)
    waiting = (await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={}, headers=waiting_headers)).json()
    assert waiting["waitlist_position"] == 1
    mine_listed = (await client.get(f"{ENROLMENTS}/me", headers=waiting_headers)).json()["items"]
    assert [(e["status"], e["waitlist_position"], e["cancellable"]) for e in mine_listed] == [("waitlisted", 1, True)]
    cancelled = await client.post(f"{ENROLMENTS}/{mine.json()['id']}/cancel", json={"reason": "家中有事"}, headers=me)
    assert (cancelled.status_code, cancelled.json()["status"]) == (200, "cancelled"), cancelled.text
    now_mine = (await client.get(f"{ENROLMENTS}/me", headers=waiting_headers)).json()["items"]
    assert [(e["status"], e["waitlist_position"]) for e in now_mine] == [("booked", None)]
    told = (await client.get("/api/v1/training/notifications/me", headers=waiting_headers)).json()["items"]
    assert [n["kind"] for n in told] == ["promoted"] and session["title"] in told[0]["text"]
    history = (await client.get(f"{ENROLMENTS}/{waiting['id']}/history", headers=waiting_headers)).json()
    assert [h["kind"] for h in history] == ["requested", "waitlisted", "promoted"]
    assert [h["kind"] for h in (await client.get(f"{ENROLMENTS}/{mine.json()['id']}/history", headers=CITY)).json()
            ] == ["requested", "booked", "cancelled"]
    # The SMS goes out after the transaction, from the notification record.
    from training.notifications.service import deliver_pending
    sent = await deliver_pending(app.state.sessionmaker, app.state.field_cipher, app.state.sms_sender)
    assert sent >= 1 and any(session["title"] in text for _, text in app.state.sms_sender.sent)
    again = await client.post(f"{ENROLMENTS}/{mine.json()['id']}/cancel", json={}, headers=me)
    assert again.status_code == 409


async def test_refusals_name_their_reason(client: httpx.AsyncClient, programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=5)
    trainee_id, me = await trainee(client, account=True)
    await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={}, headers=me)
    twice = await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={}, headers=me)
    assert (twice.status_code, twice.json()["reason"]) == (409, "already_enrolled")
    same_time = await open_session(client, programme_id, capacity=5,
                                   starts_at=session["starts_at"], ends_at=session["ends_at"])
    clash = await client.post(f"{SESSIONS}/{same_time['id']}/enrolments", json={}, headers=me)
    assert (clash.status_code, clash.json()["reason"]) == (409, "overlapping_session")
    later = datetime.now(UTC) + timedelta(days=3)
    not_yet = await open_session(client, programme_id, capacity=5, enrolment_opens_at=later.isoformat())
    closed = await client.post(f"{SESSIONS}/{not_yet['id']}/enrolments", json={}, headers=me)
    assert (closed.status_code, closed.json()["reason"]) == (409, "outside_window")
    someone_else = await client.post(f"{SESSIONS}/{session['id']}/enrolments",
                                     json={"trainee_id": (await trainee(client))[0]}, headers=me)
    assert someone_else.status_code == 422
    no_record = await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={},
                                  headers=auth_header("entrepreneur", sub="nobody-yet"))
    assert (no_record.status_code, no_record.json()["reason"]) == (409, "no_trainee_record")
    unknown = await client.post(f"{SESSIONS}/{session['id']}/enrolments",
                                json={"trainee_id": "00000000-0000-0000-0000-000000000000"}, headers=CITY)
    assert unknown.status_code == 422
    assert (await roster(client, session["id"]))[0]["trainee_id"] == trainee_id
    assert len(await roster(client, session["id"])) == 1


async def test_after_the_cut_off_only_staff_cancel(client: httpx.AsyncClient, programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=5, days_ahead=0.5)  # the cut-off has passed
    _, me = await trainee(client, account=True)
    mine = (await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={}, headers=me)).json()
    assert (await client.get(f"{ENROLMENTS}/me", headers=me)).json()["items"][0]["cancellable"] is False
    late = await client.post(f"{ENROLMENTS}/{mine['id']}/cancel", json={}, headers=me)
    assert (late.status_code, late.json()["reason"]) == (409, "past_cutoff")
    assert (await client.post(f"{ENROLMENTS}/{mine['id']}/cancel", json={}, headers=YINGDE_STAFF)).status_code == 200


async def test_others_cannot_see_or_cancel_an_enrolment(client: httpx.AsyncClient, programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=5)
    _, me = await trainee(client, account=True)
    mine = (await client.post(f"{SESSIONS}/{session['id']}/enrolments", json={}, headers=me)).json()
    _, stranger = await trainee(client, account=True)
    lianzhou = auth_header("county_staff", county="441882")
    for headers in (stranger, lianzhou):
        assert (await client.get(f"{ENROLMENTS}/{mine['id']}/history", headers=headers)).status_code == 404
        assert (await client.post(f"{ENROLMENTS}/{mine['id']}/cancel", json={}, headers=headers)).status_code == 404
    assert (await client.get(f"{SESSIONS}/{session['id']}/enrolments", headers=lianzhou)).status_code == 403
    assert (await client.get(f"{SESSIONS}/{session['id']}/enrolments", headers=stranger)).status_code == 403
    assert (await client.get(f"{ENROLMENTS}/me", headers=stranger)).json()["total"] == 0


async def test_more_seats_book_the_waitlist_and_fewer_than_booked_is_refused(client: httpx.AsyncClient,
                                                                             programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=1)
    ids = [(await enrol(client, session["id"], (await trainee(client))[0]))["id"] for _ in range(4)]
    grown = await client.patch(f"{SESSIONS}/{session['id']}/capacity", json={"capacity": 3}, headers=CITY)
    assert (grown.status_code, grown.json()["booked_count"], grown.json()["waitlist_count"]) == (200, 3, 1)
    assert [e["id"] for e in await roster(client, session["id"], status="booked")] == ids[:3]
    shrunk = await client.patch(f"{SESSIONS}/{session['id']}/capacity", json={"capacity": 2}, headers=CITY)
    assert shrunk.status_code == 409
    assert (await client.patch(f"{SESSIONS}/{session['id']}/capacity", json={"capacity": 0},
                               headers=CITY)).status_code == 422


async def test_staff_enrol_a_list_seats_first_then_the_waitlist(client: httpx.AsyncClient, programme_id: str) -> None:
    session = await open_session(client, programme_id, capacity=2, target_groups=["ecommerce_youth"])
    ids = [(await trainee(client, groups=["ecommerce_youth"]))[0] for _ in range(3)]
    outsider = (await trainee(client))[0]
    added = await client.post(f"{SESSIONS}/{session['id']}/roster", json={"trainee_ids": [*ids, outsider, ids[0]]},
                              headers=CITY)
    assert added.json() == {"booked": 2, "waitlisted": 1, "already": 0, "refused": 1}, added.text
    again = await client.post(f"{SESSIONS}/{session['id']}/roster", json={"trainee_ids": ids}, headers=CITY)
    assert again.json() == {"booked": 0, "waitlisted": 0, "already": 3, "refused": 0}
    export = await client.get(f"{SESSIONS}/{session['id']}/enrolments/export", headers=CITY)
    assert (export.status_code, export.content[:2]) == (200, b"PK")


async def test_bad_session_input_is_422(client: httpx.AsyncClient, programme_id: str) -> None:
    starts = datetime.now(UTC) + timedelta(days=5)
    base: dict[str, Any] = {"programme_id": programme_id, "title": "坏场次", "level": "county", "county_code": "441881",
                            "venue": "党校", "starts_at": starts.isoformat(),
                            "ends_at": (starts + timedelta(hours=3)).isoformat(), "capacity": 10}
    for bad in ({"capacity": 0}, {"capacity": -3},
                {"enrolment_opens_at": starts.isoformat(),
                 "enrolment_closes_at": (starts - timedelta(days=1)).isoformat()},
                {"county_code": "999999"}, {"target_groups": ["all", "poor_household"]},
                {"dates": [{"starts_at": (starts - timedelta(days=1)).isoformat(), "ends_at": starts.isoformat()}]},
                {"lecturer_ids": ["00000000-0000-0000-0000-000000000000"]},
                {"programme_id": "00000000-0000-0000-0000-000000000000"}):
        response = await client.post(SESSIONS, json={**base, **bad}, headers=CITY)
        assert response.status_code == 422, (bad, response.text)
        assert response.headers["content-type"] == "application/problem+json"
