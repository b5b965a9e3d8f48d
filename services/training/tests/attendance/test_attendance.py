"""Check-in by the rotating code, and staff's register."""

import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from chassis import checkin
from chassis.auth.principal import Principal, Role
from tests.training_rows import (
    CITY,
    LIANZHOU_STAFF,
    YINGDE_STAFF,
    add_trainees,
    enrol,
    new_programme,
    new_session,
    now,
    trainee_header,
)
from training.attendance import service
from training.attendance.models import Attendance
from training.enrolments.models import EnrolmentEvent, EnrolmentStatus, EventKind
from training.sessions.service import get_session

URL = "/api/v1/training/sessions"


@pytest.fixture(scope="module")
async def programme(client: httpx.AsyncClient, app: FastAPI) -> dict[str, Any]:
    return await new_programme(client, app)


async def session_on_now(client: httpx.AsyncClient, programme: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """A session whose first date started an hour ago and ends in two; its second date is tomorrow."""
    start = now() - timedelta(hours=1)
    return await new_session(client, programme, [(start, start + timedelta(hours=3)),
                                                 (start + timedelta(days=1), start + timedelta(days=1, hours=3))],
                             **kwargs)


def code_now(app: FastAPI, session_id: str, windows_ago: int = 0) -> str:
    secret = app.state.settings.checkin_secret.get_secret_value()
    return checkin.code_for(secret, uuid.UUID(session_id), checkin.window_of(now()) - windows_ago)


async def events(app: FastAPI, enrolment_id: uuid.UUID, kind: EventKind) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).where(EnrolmentEvent.enrolment_id == enrolment_id,
                                                                   EnrolmentEvent.kind == kind)) or 0)


async def attendance_rows(app: FastAPI, enrolment_ids: list[uuid.UUID]) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).where(Attendance.enrolment_id.in_(enrolment_ids)))
                   or 0)


# --- the code on the screen ---------------------------------------------------------------------------------------


async def test_staff_get_the_code_while_a_date_is_on(client: httpx.AsyncClient, app: FastAPI,
                                                     programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    response = await client.get(f"{URL}/{training_session['id']}/check-in-code", headers=YINGDE_STAFF)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["session_date_id"] == training_session["dates"][0]["id"]
    assert body["period_seconds"] == 30
    assert body["code"] in {code_now(app, training_session["id"]), code_now(app, training_session["id"], -1)}
    assert body["url"] == (f"{app.state.settings.public_url}/training/check-in?session={training_session['id']}"
                           f"&code={body['code']}")
    assert body["svg"].startswith("<svg") and "path" in body["svg"]
    assert 0 < (datetime.fromisoformat(body["expires_at"]) - now()).total_seconds() <= 31


async def test_no_code_when_no_date_is_on_and_the_next_date_is_named(client: httpx.AsyncClient,
                                                                    programme: dict[str, Any]) -> None:
    start = now() + timedelta(hours=2)
    later = await new_session(client, programme, [(start, start + timedelta(hours=3))])
    response = await client.get(f"{URL}/{later['id']}/check-in-code", headers=CITY)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["next_date"]["id"] == later["dates"][0]["id"]

    past = now() - timedelta(days=3)
    over = await new_session(client, programme, [(past, past + timedelta(hours=3))])
    response = await client.get(f"{URL}/{over['id']}/check-in-code", headers=CITY)
    assert response.status_code == 409
    assert "none is to come" in response.json()["detail"]


async def test_county_staff_get_codes_of_their_county_only(client: httpx.AsyncClient,
                                                           programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    response = await client.get(f"{URL}/{training_session['id']}/check-in-code", headers=LIANZHOU_STAFF)
    assert response.status_code == 403
    city_session = await session_on_now(client, programme, county_code=None)
    response = await client.get(f"{URL}/{city_session['id']}/check-in-code", headers=YINGDE_STAFF)
    assert response.status_code == 403


async def test_a_trainee_does_not_get_the_code(client: httpx.AsyncClient, programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    response = await client.get(f"{URL}/{training_session['id']}/check-in-code",
                                headers=trainee_header("someone"))
    assert response.status_code == 403


# --- the trainee's scan ---------------------------------------------------------------------------------------------


async def test_a_booked_trainee_checks_in_once_however_often_they_scan(client: httpx.AsyncClient, app: FastAPI,
                                                                       programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    [(trainee_id, user_id)] = await add_trainees(app)
    [enrolment_id] = await enrol(app, training_session["id"], [trainee_id])
    code = (await client.get(f"{URL}/{training_session['id']}/check-in-code", headers=CITY)).json()["code"]

    first = await client.post(f"{URL}/{training_session['id']}/check-in", json={"code": code},
                              headers=trainee_header(user_id))
    assert first.status_code == 200, first.text
    assert first.json() | {"at": None} == {"enrolment_id": str(enrolment_id), "at": None, "status": "full",
                                           "session_date_id": training_session["dates"][0]["id"], "method": "qr"}
    again = await client.post(f"{URL}/{training_session['id']}/check-in", json={"code": code},
                              headers=trainee_header(user_id))
    assert again.status_code == 200
    assert again.json() == first.json()
    assert await attendance_rows(app, [enrolment_id]) == 1
    assert await events(app, enrolment_id, EventKind.attended) == 1


async def test_the_code_of_the_window_before_still_counts(client: httpx.AsyncClient, app: FastAPI,
                                                          programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    [(trainee_id, user_id)] = await add_trainees(app)
    await enrol(app, training_session["id"], [trainee_id])
    response = await client.post(f"{URL}/{training_session['id']}/check-in",
                                 json={"code": code_now(app, training_session["id"], windows_ago=1)},
                                 headers=trainee_header(user_id))
    assert response.status_code == 200, response.text


async def test_an_expired_or_wrong_code_is_refused_and_nothing_is_written(client: httpx.AsyncClient, app: FastAPI,
                                                                          programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    other = await session_on_now(client, programme)
    [(trainee_id, user_id)] = await add_trainees(app)
    [enrolment_id] = await enrol(app, training_session["id"], [trainee_id])
    for code in (code_now(app, training_session["id"], windows_ago=3), code_now(app, other["id"]), "WRONGCODE2"):
        response = await client.post(f"{URL}/{training_session['id']}/check-in", json={"code": code},
                                     headers=trainee_header(user_id))
        assert response.status_code == 422, code
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["loc"] == ["body", "code"]
        assert response.json()["errors"][0]["msg"] == "the code has expired or is wrong"
    assert await attendance_rows(app, [enrolment_id]) == 0
    assert await events(app, enrolment_id, EventKind.attended) == 0


async def test_the_body_is_checked(client: httpx.AsyncClient, app: FastAPI, programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    for body in ({}, {"code": ""}, {"code": "X" * 33}, {"code": "ABC", "status": "full"}):
        response = await client.post(f"{URL}/{training_session['id']}/check-in", json=body,
                                     headers=trainee_header("anyone"))
        assert response.status_code == 422, body


async def test_only_a_booked_trainee_checks_in(client: httpx.AsyncClient, app: FastAPI,
                                               programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    (waiting, waiting_user), (cancelled, cancelled_user), (_, stranger_user) = await add_trainees(app, 3)
    [waitlisted_id] = await enrol(app, training_session["id"], [waiting], EnrolmentStatus.waitlisted)
    await enrol(app, training_session["id"], [cancelled], EnrolmentStatus.cancelled)
    code = code_now(app, training_session["id"])
    for user in (waiting_user, cancelled_user, stranger_user):
        response = await client.post(f"{URL}/{training_session['id']}/check-in", json={"code": code},
                                     headers=trainee_header(user))
        assert response.status_code == 409, user
        assert response.json()["detail"] == "You are not booked on this session."
    assert await attendance_rows(app, [waitlisted_id]) == 0


async def test_a_caller_without_a_trainee_record_is_sent_to_register(client: httpx.AsyncClient, app: FastAPI,
                                                                     programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    response = await client.post(f"{URL}/{training_session['id']}/check-in",
                                 json={"code": code_now(app, training_session["id"])},
                                 headers=trainee_header(f"nobody-{uuid.uuid4()}"))
    assert response.status_code == 404
    assert "no trainee record" in response.json()["detail"]


async def test_no_check_in_when_no_date_is_on(client: httpx.AsyncClient, app: FastAPI,
                                              programme: dict[str, Any]) -> None:
    start = now() + timedelta(hours=2)
    later = await new_session(client, programme, [(start, start + timedelta(hours=3))])
    [(trainee_id, user_id)] = await add_trainees(app)
    await enrol(app, later["id"], [trainee_id])
    response = await client.post(f"{URL}/{later['id']}/check-in", json={"code": code_now(app, later["id"])},
                                 headers=trainee_header(user_id))
    assert response.status_code == 409


async def test_a_scan_keeps_staffs_partial_mark_but_replaces_a_no_show(client: httpx.AsyncClient, app: FastAPI,
                                                                        programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    (late, late_user), (missing, missing_user) = await add_trainees(app, 2)
    late_id, missing_id = await enrol(app, training_session["id"], [late, missing])
    today = training_session["dates"][0]["id"]
    marks = [{"enrolment_id": str(late_id), "session_date_id": today, "status": "partial"},
             {"enrolment_id": str(missing_id), "session_date_id": today, "status": "no_show"}]
    assert (await client.put(f"{URL}/{training_session['id']}/attendance", json={"marks": marks},
                             headers=CITY)).status_code == 200
    code = code_now(app, training_session["id"])
    kept = await client.post(f"{URL}/{training_session['id']}/check-in", json={"code": code},
                             headers=trainee_header(late_user))
    assert (kept.status_code, kept.json()["status"], kept.json()["method"]) == (200, "partial", "staff")
    replaced = await client.post(f"{URL}/{training_session['id']}/check-in", json={"code": code},
                                 headers=trainee_header(missing_user))
    assert (replaced.status_code, replaced.json()["status"], replaced.json()["method"]) == (200, "full", "qr")
    assert await events(app, late_id, EventKind.attended) == 0
    assert await events(app, missing_id, EventKind.attended) == 1


# --- staff's register -----------------------------------------------------------------------------------------------


async def test_staff_mark_the_register_and_read_it_back(client: httpx.AsyncClient, app: FastAPI,
                                                        programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    prefix = uuid.uuid4().hex[:4]
    (b, _), = await add_trainees(app, name=f"B{prefix}")
    (a, _), = await add_trainees(app, name=f"A{prefix}")
    (w, _), = await add_trainees(app, name=f"C{prefix}")
    b_id, a_id = await enrol(app, training_session["id"], [b, a])
    await enrol(app, training_session["id"], [w], EnrolmentStatus.waitlisted)
    first, second = (d["id"] for d in training_session["dates"])
    marks = [{"enrolment_id": str(a_id), "session_date_id": first, "status": "full"},
             {"enrolment_id": str(a_id), "session_date_id": second, "status": "partial"},
             {"enrolment_id": str(b_id), "session_date_id": first, "status": "no_show"}]
    response = await client.put(f"{URL}/{training_session['id']}/attendance", json={"marks": marks},
                                headers=YINGDE_STAFF)
    assert response.status_code == 200, response.text
    assert response.json() == {"marked": 3}

    # the last mark stands
    again = [{"enrolment_id": str(b_id), "session_date_id": first, "status": "full"}]
    assert (await client.put(f"{URL}/{training_session['id']}/attendance", json={"marks": again},
                             headers=YINGDE_STAFF)).json() == {"marked": 1}

    sheet = await client.get(f"{URL}/{training_session['id']}/attendance", headers=YINGDE_STAFF)
    assert sheet.status_code == 200, sheet.text
    body = sheet.json()
    assert [d["id"] for d in body["dates"]] == [first, second]
    assert [(r["trainee_name"], r["status"], r["marks"]) for r in body["rows"]] == [
        (f"A{prefix}", "booked", {first: "full", second: "partial"}),
        (f"B{prefix}", "booked", {first: "full"}),
    ]
    assert await events(app, a_id, EventKind.partial) == 1
    assert await events(app, b_id, EventKind.no_show) == 1
    assert await events(app, b_id, EventKind.attended) == 1


async def test_a_bad_mark_refuses_them_all(client: httpx.AsyncClient, app: FastAPI,
                                           programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    other = await session_on_now(client, programme)
    (mine, _), (theirs, _), (waiting, _) = await add_trainees(app, 3)
    [mine_id] = await enrol(app, training_session["id"], [mine])
    [theirs_id] = await enrol(app, other["id"], [theirs])
    [waiting_id] = await enrol(app, training_session["id"], [waiting], EnrolmentStatus.waitlisted)
    today = training_session["dates"][0]["id"]
    good = {"enrolment_id": str(mine_id), "session_date_id": today, "status": "full"}
    bad_marks = [
        {"enrolment_id": str(theirs_id), "session_date_id": today, "status": "full"},
        {"enrolment_id": str(waiting_id), "session_date_id": today, "status": "full"},
        {"enrolment_id": str(uuid.uuid4()), "session_date_id": today, "status": "full"},
        {"enrolment_id": str(mine_id), "session_date_id": other["dates"][0]["id"], "status": "full"},
        good,  # twice
    ]
    for bad in bad_marks:
        response = await client.put(f"{URL}/{training_session['id']}/attendance", json={"marks": [good, bad]},
                                    headers=CITY)
        assert response.status_code == 422, bad
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["loc"] == ["body", "marks[1]"]
    refused: list[dict[str, Any]] = [{"marks": []}, {"marks": [good | {"status": "late"}]},
                                     {"marks": [good], "date": today}, {"marks": [good] * 2001}]
    for body in refused:
        response = await client.put(f"{URL}/{training_session['id']}/attendance", json=body, headers=CITY)
        assert response.status_code == 422
    assert await attendance_rows(app, [mine_id, theirs_id, waiting_id]) == 0


async def test_county_staff_take_the_register_of_their_county_only(client: httpx.AsyncClient, app: FastAPI,
                                                                   programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    [(trainee_id, _)] = await add_trainees(app)
    [enrolment_id] = await enrol(app, training_session["id"], [trainee_id])
    marks = [{"enrolment_id": str(enrolment_id), "session_date_id": training_session["dates"][0]["id"],
              "status": "full"}]
    put = await client.put(f"{URL}/{training_session['id']}/attendance", json={"marks": marks},
                           headers=LIANZHOU_STAFF)
    assert put.status_code == 403
    assert (await client.get(f"{URL}/{training_session['id']}/attendance", headers=LIANZHOU_STAFF)).status_code == 403
    assert (await client.get(f"{URL}/{uuid.uuid4()}/attendance", headers=CITY)).status_code == 404
    assert await attendance_rows(app, [enrolment_id]) == 0


async def test_mark_all_marks_every_booked_trainee_on_every_date(client: httpx.AsyncClient, app: FastAPI,
                                                                 programme: dict[str, Any]) -> None:
    training_session = await session_on_now(client, programme)
    trainees = [t for t, _ in await add_trainees(app, 5)]
    booked = await enrol(app, training_session["id"], trainees[:4])
    waiting = await enrol(app, training_session["id"], trainees[4:], EnrolmentStatus.waitlisted)
    staff = Principal(subject="demo", role=Role.city_staff)
    async with app.state.sessionmaker() as session, session.begin():
        held = await get_session(session=session, session_id=uuid.UUID(training_session["id"]))
        assert await service.mark_all(session, held, staff) == 8
    assert await attendance_rows(app, booked) == 8
    assert await attendance_rows(app, waiting) == 0
    sheet = (await client.get(f"{URL}/{training_session['id']}/attendance", headers=CITY)).json()
    assert all(set(row["marks"].values()) == {"full"} and len(row["marks"]) == 2 for row in sheet["rows"])
