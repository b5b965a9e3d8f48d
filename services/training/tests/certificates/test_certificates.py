"""Certificates: the public check by number, the PDF, the list and its export, each in its scope."""

import io
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from openpyxl import load_workbook
from sqlalchemy import select, update

from chassis.timezone import business_today
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
from training.certificates import queries
from training.certificates.models import Certificate

URL = "/api/v1/training/certificates"


async def closed_session(client: httpx.AsyncClient, app: FastAPI, names: list[str],
                         county_code: str | None) -> tuple[dict[str, Any], list[tuple[uuid.UUID, str]]]:
    """A session over, every trainee marked present, closed: a certificate each."""
    programme = await new_programme(client, app)
    start = now() - timedelta(days=2)
    training_session = await new_session(client, programme, [(start, start + timedelta(hours=4))],
                                         county_code=county_code)
    trainees = [t for name in names for t in await add_trainees(app, name=name)]
    enrolments = await enrol(app, training_session["id"], [t for t, _ in trainees])
    marks = [{"enrolment_id": str(e), "session_date_id": training_session["dates"][0]["id"], "status": "full"}
             for e in enrolments]
    sid = training_session["id"]
    assert (await client.put(f"/api/v1/training/sessions/{sid}/attendance", json={"marks": marks},
                             headers=CITY)).status_code == 200
    assert (await client.post(f"/api/v1/training/sessions/{sid}/complete", headers=CITY)).status_code == 200
    return training_session, trainees


@pytest.fixture(scope="module")
async def yingde(client: httpx.AsyncClient, app: FastAPI) -> dict[str, Any]:
    key = uuid.uuid4().hex[:4]
    training_session, trainees = await closed_session(client, app, [f"张{key}明", f"李{key}"], "441881")
    listed = await client.get(URL, params={"session_id": training_session["id"]}, headers=CITY)
    certificates = {c["trainee_id"]: c for c in listed.json()["items"]}
    return {"session": training_session, "key": key,
            "owners": [(user, certificates[str(trainee)]) for trainee, user in trainees]}


@pytest.fixture(scope="module")
async def city(client: httpx.AsyncClient, app: FastAPI) -> dict[str, Any]:
    training_session, [(_, user)] = await closed_session(client, app, ["王芳"], None)
    listed = await client.get(URL, params={"session_id": training_session["id"]}, headers=CITY)
    return {"session": training_session, "user": user, "certificate": listed.json()["items"][0]}


# --- the public check -------------------------------------------------------------------------------------------


async def test_anyone_checks_a_certificate_by_its_number_without_logging_in(client: httpx.AsyncClient,
                                                                            yingde: dict[str, Any]) -> None:
    _, certificate = yingde["owners"][0]
    ends_at = datetime.fromisoformat(yingde["session"]["dates"][-1]["ends_at"])
    response = await client.get(f"{URL}/{certificate['number']}")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "public, max-age=300"
    assert response.json() == {
        "number": certificate["number"], "name": "张****明",
        "programme": certificate["programme_name"], "session": yingde["session"]["title"],
        "completed_on": business_today(ends_at).isoformat(), "valid": True}
    assert (await client.get(f"{URL}/{certificate['number'].lower()}")).json()["number"] == certificate["number"]


async def test_an_unknown_number_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{URL}/QY2020-00000000")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_a_revoked_certificate_reads_invalid(client: httpx.AsyncClient, app: FastAPI) -> None:
    _, [(trainee, _)] = await closed_session(client, app, ["赵六"], "441881")
    async with app.state.sessionmaker() as session, session.begin():
        number = await session.scalar(update(Certificate).where(Certificate.trainee_id == trainee)
                                      .values(revoked_at=now()).returning(Certificate.number))
    assert (await client.get(f"{URL}/{number}")).json()["valid"] is False


# --- the PDF ----------------------------------------------------------------------------------------------------


async def test_the_owner_downloads_their_certificate(client: httpx.AsyncClient, yingde: dict[str, Any]) -> None:
    user, certificate = yingde["owners"][0]
    response = await client.get(f"{URL}/{certificate['number'].lower()}/pdf", headers=trainee_header(user))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="certificate-{certificate["number"]}.pdf"')
    assert response.content.startswith(b"%PDF")
    assert 2_000 < len(response.content) < 200_000


async def test_staff_in_scope_download_a_certificate_and_others_do_not_find_it(
        client: httpx.AsyncClient, yingde: dict[str, Any], city: dict[str, Any]) -> None:
    other_user, _ = yingde["owners"][1]
    _, certificate = yingde["owners"][0]
    pdf = f"{URL}/{certificate['number']}/pdf"
    assert (await client.get(pdf, headers=CITY)).status_code == 200
    assert (await client.get(pdf, headers=YINGDE_STAFF)).status_code == 200
    assert (await client.get(pdf, headers=LIANZHOU_STAFF)).status_code == 404
    assert (await client.get(pdf, headers=trainee_header(other_user))).status_code == 404
    assert (await client.get(pdf, headers=trainee_header("a-stranger"))).status_code == 404
    city_pdf = f"{URL}/{city['certificate']['number']}/pdf"
    assert (await client.get(city_pdf, headers=YINGDE_STAFF)).status_code == 404
    assert (await client.get(city_pdf, headers=trainee_header(city["user"]))).status_code == 200
    assert (await client.get(pdf)).status_code == 401
    assert (await client.get(pdf, headers={"Authorization": CITY["Authorization"].replace("a", "b", 3)}))\
        .status_code == 401


# --- the list and the export ------------------------------------------------------------------------------------


async def test_a_trainee_lists_only_their_own(client: httpx.AsyncClient, yingde: dict[str, Any]) -> None:
    user, certificate = yingde["owners"][1]
    listed = await client.get(URL, headers=trainee_header(user))
    assert listed.status_code == 200
    assert listed.json()["total"] == 1
    assert listed.json()["items"] == [certificate]
    assert certificate["trainee_name"] == f"李{yingde['key']}"
    assert certificate["valid"] is True


async def test_staff_list_their_countys_certificates(client: httpx.AsyncClient, yingde: dict[str, Any],
                                                     city: dict[str, Any]) -> None:
    sid = yingde["session"]["id"]
    assert (await client.get(URL, params={"session_id": sid}, headers=YINGDE_STAFF)).json()["total"] == 2
    assert (await client.get(URL, params={"session_id": sid}, headers=LIANZHOU_STAFF)).json()["total"] == 0
    city_sid = city["session"]["id"]
    assert (await client.get(URL, params={"session_id": city_sid}, headers=YINGDE_STAFF)).json()["total"] == 0
    assert (await client.get(URL, params={"session_id": city_sid}, headers=CITY)).json()["total"] == 1


async def test_the_list_is_searched_by_number_or_name(client: httpx.AsyncClient, yingde: dict[str, Any]) -> None:
    _, certificate = yingde["owners"][0]
    by_number = await client.get(URL, params={"q": certificate["number"][-6:].lower()}, headers=CITY)
    assert [c["number"] for c in by_number.json()["items"]] == [certificate["number"]]
    by_name = await client.get(URL, params={"q": f"张{yingde['key']}"}, headers=CITY)
    assert [c["number"] for c in by_name.json()["items"]] == [certificate["number"]]
    assert (await client.get(URL, params={"q": "x" * 51}, headers=CITY)).status_code == 422


async def test_staff_export_the_list(client: httpx.AsyncClient, yingde: dict[str, Any]) -> None:
    response = await client.get(f"{URL}/export", params={"session_id": yingde["session"]["id"]},
                                headers=YINGDE_STAFF)
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].startswith("attachment;")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "证书编号 Number"
    assert sorted(row[0] for row in rows[1:]) == sorted(c["number"] for _, c in yingde["owners"])
    elsewhere = await client.get(f"{URL}/export", params={"session_id": yingde["session"]["id"]},
                                 headers=LIANZHOU_STAFF)
    assert len(list(load_workbook(io.BytesIO(elsewhere.content)).active.iter_rows())) == 1  # type: ignore[union-attr]


async def test_a_trainee_does_not_export(client: httpx.AsyncClient, yingde: dict[str, Any]) -> None:
    user, _ = yingde["owners"][0]
    assert (await client.get(f"{URL}/export", headers=trainee_header(user))).status_code == 403


async def test_certificates_copy_what_they_certify(client: httpx.AsyncClient, app: FastAPI,
                                                   yingde: dict[str, Any]) -> None:
    async with app.state.sessionmaker() as session:
        rows = (await session.scalars(select(Certificate).where(
            Certificate.session_id == uuid.UUID(yingde["session"]["id"])))).all()
    assert {c.session_title for c in rows} == {yingde["session"]["title"]}
    assert {c.programme_name for c in rows} == {yingde["session"]["programme_name"]}


async def test_an_export_too_large_is_refused(client: httpx.AsyncClient, yingde: dict[str, Any],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "MAX_EXPORT", 1)
    response = await client.get(f"{URL}/export", params={"session_id": yingde["session"]["id"]}, headers=CITY)
    assert response.status_code == 422
    assert "2 certificates match" in response.json()["detail"]
