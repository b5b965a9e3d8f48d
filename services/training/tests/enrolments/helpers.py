"""Programmes, sessions and trainees through the API, for the enrolment tests."""

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from chassis.testing import auth_header

CITY = auth_header("city_staff")
YINGDE_STAFF = auth_header("county_staff", county="441881")
SESSIONS = "/api/v1/training/sessions"


async def programme(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.post("/api/v1/training/programmes", headers=CITY,
                                 json={"name": f"报名测试{uuid.uuid4().hex[:8]}", "kind": "lead_goose"})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def open_session(client: httpx.AsyncClient, programme_id: str, capacity: int, *, days_ahead: float = 10,
                       **overrides: Any) -> dict[str, Any]:
    """A Yingde session starting `days_ahead` days from now, open for enrolment until it starts."""
    starts = datetime.now(UTC) + timedelta(days=days_ahead)
    body = {"programme_id": programme_id, "title": f"报名测试班{uuid.uuid4().hex[:8]}", "level": "county",
            "county_code": "441881", "venue": "英德市委党校", "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=8)).isoformat(), "capacity": capacity, **overrides}
    response = await client.post(SESSIONS, json=body, headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def trainee(client: httpx.AsyncClient, *, poor: bool = False, groups: list[str] | None = None,
                  county_code: str = "441881", account: bool = False) -> tuple[str, dict[str, str]]:
    """A trainee's id and, with `account`, the headers of their own login (else a stranger's)."""
    body = {"name": f"学员{uuid.uuid4().hex[:4]}", "mobile": f"135{random.randrange(10**8):08d}",
            "county_code": county_code, "poor_household": poor, "groups": groups or []}
    if account:
        headers = auth_header("entrepreneur", sub=str(uuid.uuid4()))
        response = await client.put("/api/v1/training/trainees/me", json=body, headers=headers)
        assert response.status_code == 200, response.text
        return response.json()["id"], headers
    response = await client.post("/api/v1/training/trainees", json=body, headers=CITY)
    assert response.status_code == 201, response.text
    return response.json()["id"], auth_header("entrepreneur", sub=str(uuid.uuid4()))


async def enrol(client: httpx.AsyncClient, session_id: str, trainee_id: str) -> dict[str, Any]:
    response = await client.post(f"{SESSIONS}/{session_id}/enrolments", json={"trainee_id": trainee_id},
                                 headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def roster(client: httpx.AsyncClient, session_id: str, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(f"{SESSIONS}/{session_id}/enrolments", params={"limit": 200, **params},
                                headers=CITY)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])
