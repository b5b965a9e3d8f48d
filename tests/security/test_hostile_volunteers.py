"""Hostile input to the volunteers service's write routes (the checks: tests/security/hostile.py)."""

import uuid
from typing import Any

import httpx

from chassis.auth.principal import Role
from chassis.testing import auth_header
from tests.security.hostile import NUMBER, Call, WriteRoute, unique, write_route_tests
from tests.security.seeded import app_fixtures, service_headers

API = "/api/v1/volunteers"
app, client = app_fixtures("volunteers", demo=False)


def city() -> dict[str, str]:
    return service_headers("volunteers", Role.city_staff)


def activity(kind: str = "summer_camp") -> dict[str, Any]:
    return {"name": unique("关爱留守儿童夏令营"), "kind": kind, "county_code": "441821", "town": "龙山镇",
            "village": "大营村", "recruit_from": "2033-05-01", "recruit_until": "2033-06-01",
            "starts_on": "2033-07-01", "ends_on": "2033-07-10", "places": NUMBER, "skills_wanted": ["tutoring"],
            "description": "陪伴留守儿童度过暑假。"}


def profile() -> dict[str, Any]:
    return {"name": unique("陈晓明")[:12], "phone": "13800138000", "university": unique("华南师范大学"),
            "major": "小学教育", "year": NUMBER, "hometown_county_code": "441881", "skills": ["art"],
            "emergency_contact_name": "陈父", "emergency_contact_phone": "13900139000", "declaration_no_record": True}


def service_point() -> dict[str, Any]:
    return {"county_code": "441881", "town": "连江口镇", "village": unique("连樟村"), "latitude": NUMBER,
            "longitude": 113.2}


def team() -> dict[str, Any]:
    return {"name": unique("关爱服务队"), "advising_teacher": "李老师", "starts_on": "2033-07-01",
            "ends_on": "2033-07-10"}


def camp() -> dict[str, Any]:
    return {"name": unique("周末营"), "starts_on": "2033-07-01", "ends_on": "2033-07-05"}


def child() -> dict[str, Any]:
    return {"name": unique("张小明")[:12], "birth_year": NUMBER, "birth_month": 3, "gender": "male", "grade": "三年级",
            "village": unique("连樟村"), "guardian_name": "张奶奶", "guardian_relationship": "祖母",
            "guardian_phone": "13712345678", "consent_records": True, "consent_photos": False,
            "consent_on": "2026-01-10"}


def own_profile() -> dict[str, str]:
    return auth_header(Role.volunteer, sub=str(uuid.uuid4()), name="测试学生")


async def _made(client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(f"{API}/{path}", json=body, headers=city())
    assert response.status_code == 201, response.text
    return dict(response.json())


async def a_team_for(client: httpx.AsyncClient, kind: str = "summer_camp") -> dict[str, Any]:
    made = await _made(client, "activities", {**activity(kind), "places": 5})
    point = await _made(client, "service-points", {**service_point(), "latitude": 24.1})
    return await _made(client, "teams", {**team(), "activity_id": made["id"], "service_point_id": point["id"]})


async def at_a_point(client: httpx.AsyncClient) -> Call:
    made = await _made(client, "activities", {**activity(), "places": 5})
    point = await _made(client, "service-points", {**service_point(), "latitude": 24.1})
    return Call(f"{API}/teams", city(), {"activity_id": made["id"], "service_point_id": point["id"]})


async def for_a_team(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/camps", city(), {"team_id": (await a_team_for(client))["id"]})


async def at_a_camp(client: httpx.AsyncClient) -> Call:
    held = await _made(client, "camps", {**camp(), "team_id": (await a_team_for(client))["id"]})
    return Call(f"{API}/children", city(), {"camp_id": held["id"]})


def host() -> dict[str, Any]:
    return {"name": unique("清远市人民医院"), "county_code": "441802", "kind": "public_institution",
            "contact": "人事科 0763-3113000"}


def position() -> dict[str, Any]:
    return {"title": unique("导医服务见习"), "places": NUMBER, "starts_on": "2033-07-06", "ends_on": "2033-08-28"}


def visit() -> dict[str, Any]:
    return {"on": "2033-07-15", "kind": "enterprise", "organisation": unique("红茶加工厂"),
            "findings": "包装陈旧，线上销量占比低。", "recommendations": "重新设计礼盒包装并开展直播。"}


async def at_a_host(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/internships/positions", city(), {"host_id": (await _made(client, "internships/hosts",
                                                                                 host()))["id"]})


async def on_a_service_team(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/visits", city(), {"team_id": (await a_team_for(client, "service_team"))["id"]})


ROUTES = [
    WriteRoute("add an activity", "POST", f"{API}/activities", "activity", activity, headers=city, number="places",
               names=["name", "town", "village", "description"]),
    WriteRoute("make a student's profile", "POST", f"{API}/profiles", "volunteer_profile", profile, headers=city,
               number="year", names=["university", "major", "emergency_contact_name"]),
    WriteRoute("fill in one's own profile", "PUT", f"{API}/profiles/me", "volunteer_profile", profile,
               headers=own_profile, number="year", names=["university", "major"], status=200),
    WriteRoute("add a service point", "POST", f"{API}/service-points", "service_point", service_point, headers=city,
               number="latitude", valid_number="24.1"),
    WriteRoute("form a team", "POST", f"{API}/teams", "team", team, prepare=at_a_point,
               names=["name", "advising_teacher"]),
    WriteRoute("hold a camp", "POST", f"{API}/camps", "camp", camp, prepare=for_a_team, names=["name"]),
    WriteRoute("record a child", "POST", f"{API}/children", "child", child, prepare=at_a_camp, number="birth_year",
               valid_number="2016", names=["name", "village", "guardian_name", "guardian_relationship"]),
    WriteRoute("add an internship host", "POST", f"{API}/internships/hosts", "internship_host", host, headers=city,
               names=["name", "contact"]),
    WriteRoute("offer internship positions", "POST", f"{API}/internships/positions", "internship_position",
               position, prepare=at_a_host, number="places", names=["title"]),
    WriteRoute("report a site visit", "POST", f"{API}/visits", "site_visit", visit, prepare=on_a_service_team,
               names=["organisation"]),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)
