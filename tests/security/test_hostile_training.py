"""Hostile input to the training service's write routes (the checks: tests/security/hostile.py)."""

import uuid
from typing import Any

import httpx

from chassis.auth.principal import Role
from chassis.testing import auth_header
from tests.security.hostile import NUMBER, Call, WriteRoute, unique, write_route_tests
from tests.security.seeded import app_fixtures, service_headers

API = "/api/v1/training"
app, client = app_fixtures("training", demo=False)


def city() -> dict[str, str]:
    return service_headers("training", Role.city_staff)


def programme() -> dict[str, Any]:
    return {"name": unique("领头雁培训"), "kind": "lead_goose", "description": "农村青年致富带头人培训。"}


def training_session() -> dict[str, Any]:
    return {"title": unique("电商直播实操"), "level": "town", "county_code": "441881", "town": "连江口镇",
            "venue": "连樟村党群服务中心", "starts_at": "2021-05-10T09:00:00+08:00",
            "ends_at": "2021-05-10T17:00:00+08:00", "capacity": NUMBER}


def trainee() -> dict[str, Any]:
    return {"name": unique("陈小燕")[:12], "mobile": f"139{uuid.uuid4().int % 10**8:08d}", "county_code": "441881",
            "town": "西牛镇", "poor_household": True, "groups": ["ecommerce_youth"]}


def lecturer() -> dict[str, Any]:
    return {"name": unique("林志坚")[:12], "organisation": unique("清远市农学会"), "topics": ["砂糖橘"]}


def costed_session() -> dict[str, Any]:
    return {**training_session(), "capacity": 30, "cost": NUMBER}


def own_record() -> dict[str, str]:
    return auth_header(Role.entrepreneur, sub=str(uuid.uuid4()), name="测试学员")


async def in_a_programme(client: httpx.AsyncClient) -> Call:
    response = await client.post(f"{API}/programmes", json=programme(), headers=city())
    assert response.status_code == 201, response.text
    return Call(f"{API}/sessions", city(), {"programme_id": response.json()["id"]})


ROUTES = [
    WriteRoute("add a programme", "POST", f"{API}/programmes", "programme", programme, headers=city,
               names=["name", "description"]),
    WriteRoute("add a session", "POST", f"{API}/sessions", "training_session", training_session,
               prepare=in_a_programme, number="capacity", names=["title", "town", "venue"]),
    WriteRoute("add a session with its cost", "POST", f"{API}/sessions", "training_session", costed_session,
               prepare=in_a_programme, number="cost", valid_number="45000.00", names=["title"]),
    WriteRoute("register a trainee", "POST", f"{API}/trainees", "trainee", trainee, headers=city,
               names=["name", "town"]),
    WriteRoute("make one's own trainee record", "PUT", f"{API}/trainees/me", "trainee", trainee, headers=own_record,
               names=["name", "town"], status=200),
    WriteRoute("add a lecturer", "POST", f"{API}/lecturers", "lecturer", lecturer, headers=city,
               names=["name", "organisation"]),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)
