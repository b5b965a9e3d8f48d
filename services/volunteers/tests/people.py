"""Making the people, activities, teams, camps and children a test needs, through the API as a client would."""

import uuid
from datetime import date, timedelta
from typing import Any

import httpx

from chassis.testing import auth_header
from chassis.timezone import business_today

API = "/api/v1/volunteers"
CITY = auth_header("city_staff", sub="city-staff-1", name="王市团委")
CITY_2 = auth_header("city_staff", sub="city-staff-2", name="李市团委")
YINGDE = "441881"
YINGDE_STAFF = auth_header("county_staff", sub="yingde-staff", county=YINGDE, name="英德团委")
LIANNAN_STAFF = auth_header("county_staff", sub="liannan-staff", county="441826", name="连南团委")


def today() -> date:
    return business_today()


def student(sub: str | None = None, name: str = "陈同学") -> dict[str, str]:
    return auth_header("volunteer", sub=sub or f"student-{uuid.uuid4()}", name=name)


def profile_body(name: str = "陈晓明", *, native: bool = True, skills: list[str] | None = None,
                 declared: bool = True) -> dict[str, Any]:
    return {"name": name, "phone": "13800138000", "university": "华南师范大学", "major": "小学教育", "year": 2,
            "hometown_county_code": YINGDE if native else None, "hometown": None if native else "广州",
            "skills": skills if skills is not None else ["tutoring", "art"], "emergency_contact_name": "陈父",
            "emergency_contact_phone": "13900139000", "declaration_no_record": declared}


async def fill_profile(client: httpx.AsyncClient, headers: dict[str, str], **kwargs: Any) -> dict[str, Any]:
    response = await client.put(f"{API}/profiles/me", json=profile_body(**kwargs), headers=headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def activity(client: httpx.AsyncClient, *, kind: str = "summer_camp", places: int = 5,
                   skills_wanted: list[str] | None = None, county: str = YINGDE,
                   recruiting: bool = True) -> dict[str, Any]:
    start = today() - timedelta(days=5 if recruiting else 60)
    body = {"name": f"夏令营 {uuid.uuid4().hex[:8]}", "kind": kind, "county_code": county, "village": "连樟村",
            "recruit_from": start.isoformat(), "recruit_until": (start + timedelta(days=20)).isoformat(),
            "starts_on": (start + timedelta(days=21)).isoformat(), "ends_on": (start + timedelta(days=30)).isoformat(),
            "places": places, "skills_wanted": skills_wanted or []}
    response = await client.post(f"{API}/activities", json=body, headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def apply(client: httpx.AsyncClient, activity_id: str, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.post(f"{API}/activities/{activity_id}/applications", json={"motivation": "回乡服务"},
                                 headers=headers)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def accepted(client: httpx.AsyncClient, activity_id: str, headers: dict[str, str],
                   name: str = "陈晓明") -> dict[str, Any]:
    await fill_profile(client, headers, name=name)
    application = await apply(client, activity_id, headers)
    response = await client.post(f"{API}/applications/{application['id']}/accept", headers=CITY)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def service_point(client: httpx.AsyncClient, county: str = YINGDE) -> dict[str, Any]:
    response = await client.post(f"{API}/service-points", json={
        "county_code": county, "town": "连江口镇", "village": f"村{uuid.uuid4().hex[:6]}", "latitude": 24.1,
        "longitude": 113.2}, headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def team(client: httpx.AsyncClient, activity_id: str, *, county: str = YINGDE, starts: date | None = None,
               ends: date | None = None) -> dict[str, Any]:
    point = await service_point(client, county)
    starts = starts or today() - timedelta(days=3)
    response = await client.post(f"{API}/teams", json={
        "activity_id": activity_id, "service_point_id": point["id"], "name": f"服务队 {uuid.uuid4().hex[:8]}",
        "advising_teacher": "李老师", "starts_on": starts.isoformat(),
        "ends_on": (ends or starts + timedelta(days=10)).isoformat()}, headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def join(client: httpx.AsyncClient, team_id: str, application_id: str, leader: bool = False) -> dict[str, Any]:
    response = await client.post(f"{API}/teams/{team_id}/members",
                                 json={"application_id": application_id, "leader": leader}, headers=CITY)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def camp(client: httpx.AsyncClient, team_id: str, starts: date, ends: date) -> dict[str, Any]:
    response = await client.post(f"{API}/camps", json={"team_id": team_id, "name": f"夏令营 {uuid.uuid4().hex[:8]}",
                                                       "starts_on": starts.isoformat(), "ends_on": ends.isoformat()},
                                 headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


def child_body(camp_id: str, **overrides: Any) -> dict[str, Any]:
    return {"camp_id": camp_id, "name": "张小明", "birth_year": today().year - 9, "birth_month": 3, "gender": "male",
            "grade": "三年级", "village": "连樟村", "guardian_name": "张奶奶", "guardian_relationship": "祖母",
            "guardian_phone": "13712345678", "consent_records": True, "consent_photos": False,
            "consent_on": today().isoformat(), **overrides}


async def child(client: httpx.AsyncClient, camp_id: str, **overrides: Any) -> dict[str, Any]:
    response = await client.post(f"{API}/children", json=child_body(camp_id, **overrides), headers=CITY)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def camp_with_volunteer(client: httpx.AsyncClient, *, starts: date, ends: date,
                              leader: bool = False) -> tuple[dict[str, Any], dict[str, str], dict[str, Any]]:
    """A camp of a team with one volunteer on it, and one child: (camp, the volunteer's headers, the child)."""
    camp_activity = await activity(client)
    headers = student()
    application = await accepted(client, camp_activity["id"], headers)
    the_team = await team(client, camp_activity["id"], starts=starts, ends=ends)
    await join(client, the_team["id"], application["id"], leader=leader)
    the_camp = await camp(client, the_team["id"], starts, ends)
    return the_camp, headers, await child(client, the_camp["id"])
