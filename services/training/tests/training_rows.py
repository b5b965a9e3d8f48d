"""Rows the attendance, completion, certificate and feedback tests stand on: programmes and sessions through
the API, trainees and enrolments written straight to the database (their own routes are tested in their folders).

Each call makes new rows with unique names and numbers: the database lives for the whole run.
"""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update

from chassis.testing import auth_header
from training.enrolments.models import Enrolment, EnrolmentStatus
from training.programmes.models import Programme
from training.trainees.models import Trainee

CITY = auth_header("city_staff")
YINGDE = "441881"  # 英德市
LIANZHOU = "441882"  # 连州市
YINGDE_STAFF = auth_header("county_staff", county=YINGDE)
LIANZHOU_STAFF = auth_header("county_staff", county=LIANZHOU)


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


async def new_programme(client: httpx.AsyncClient, app: FastAPI, *, min_dates: int | None = None,
                        partial_counts: bool = False) -> dict[str, Any]:
    body = {"name": f"测试项目{uuid.uuid4().hex[:10]}", "kind": "lead_goose"}
    response = await client.post("/api/v1/training/programmes", json=body, headers=CITY)
    assert response.status_code == 201, response.text
    programme = dict(response.json())
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(update(Programme).where(Programme.id == uuid.UUID(programme["id"]))
                              .values(completion_min_dates=min_dates, partial_counts=partial_counts))
    return programme


async def new_session(client: httpx.AsyncClient, programme: dict[str, Any],
                      dates: list[tuple[datetime, datetime]], *, county_code: str | None = YINGDE,
                      lecturer_ids: list[str] | None = None) -> dict[str, Any]:
    """A session on `dates`, held by Yingde (or the city, with county_code None)."""
    body: dict[str, Any] = {
        "programme_id": programme["id"], "title": f"测试培训班{uuid.uuid4().hex[:8]}",
        "level": "county" if county_code else "city", "county_code": county_code, "venue": "县委党校",
        "starts_at": dates[0][0].isoformat(), "ends_at": dates[-1][1].isoformat(), "capacity": 2000,
        "dates": [{"starts_at": s.isoformat(), "ends_at": e.isoformat()} for s, e in dates],
        "lecturer_ids": lecturer_ids or [],
        "enrolment_opens_at": (dates[0][0] - timedelta(days=30)).isoformat(),
        "enrolment_closes_at": dates[0][0].isoformat(),
        "cancellation_cutoff_at": (dates[0][0] - timedelta(days=1)).isoformat(),
    }
    response = await client.post("/api/v1/training/sessions", json=body, headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def add_trainees(app: FastAPI, count: int = 1, *, name: str | None = None,
                       county_code: str = YINGDE) -> list[tuple[uuid.UUID, str]]:
    """Trainees with gateway accounts: (trainee id, user id) each; the user id is the subject of their token."""
    made = []
    async with app.state.sessionmaker() as session, session.begin():
        for index in range(count):
            key = uuid.uuid4().hex
            trainee = Trainee(id=uuid.uuid4(), user_id=f"user-{key}", name=name or f"学员{key[:6]}{index}",
                              mobile_encrypted=app.state.field_cipher.encrypt("13800000000"), mobile_hash=key,
                              mobile_masked="138****0000",
                              county_code=county_code, poor_household=False, groups=[])
            session.add(trainee)
            made.append((trainee.id, f"user-{key}"))
    return made


async def enrol(app: FastAPI, session_id: str, trainee_ids: list[uuid.UUID],
                status: EnrolmentStatus = EnrolmentStatus.booked) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in trainee_ids]
    async with app.state.sessionmaker() as session, session.begin():
        session.add_all([Enrolment(id=enrolment_id, session_id=uuid.UUID(session_id), trainee_id=trainee_id,
                                   status=status, priority=1, requested_at=now(),
                                   booked_at=now() if status is EnrolmentStatus.booked else None)
                         for enrolment_id, trainee_id in zip(ids, trainee_ids, strict=True)])
    return ids


def trainee_header(user_id: str) -> dict[str, str]:
    return auth_header("entrepreneur", sub=user_id)
