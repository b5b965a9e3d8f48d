import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from chassis import checkin
from chassis.db import utcnow
from chassis.timezone import business_today
from tests.team_rows import CITY, LIANZHOU_STAFF, YINGDE_STAFF, Student, TeamRows, new_team
from volunteers.hours.models import HoursEntry

API = "/api/v1/volunteers"


def code_of(app: FastAPI, team: TeamRows, windows_ago: int = 0) -> str:
    secret = app.state.settings.checkin_secret.get_secret_value()
    return checkin.code_for(secret, team.id, checkin.window_of(utcnow()) - windows_ago)


async def entries_of(app: FastAPI, student: Student) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(HoursEntry)
                                        .where(HoursEntry.profile_id == student.profile_id)) or 0)


async def scan(client: httpx.AsyncClient, app: FastAPI, team: TeamRows, student: Student, way: str,
               code: str | None = None) -> httpx.Response:
    return await client.post(f"{API}/hours/{way}", json={"team_id": str(team.id), "code": code or code_of(app, team)},
                             headers=student.headers)


async def attended(client: httpx.AsyncClient, app: FastAPI, team: TeamRows, student: Student) -> dict[str, Any]:
    """A check-in and a check-out: a pending attendance entry."""
    assert (await scan(client, app, team, student, "check-in")).status_code == 201
    response = await scan(client, app, team, student, "check-out")
    assert response.status_code == 200, response.text
    return dict(response.json())


async def approved(client: httpx.AsyncClient, app: FastAPI, team: TeamRows, student: Student) -> dict[str, Any]:
    entry = await attended(client, app, team, student)
    response = await client.post(f"{API}/hours/{entry['id']}/approve", headers=team.leader.headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


# --- the leader's code ----------------------------------------------------------------------------------------


async def test_the_leader_and_staff_get_the_code_and_a_member_does_not(client: httpx.AsyncClient,
                                                                       app: FastAPI) -> None:
    team = await new_team(app)
    shown = await client.get(f"{API}/teams/{team.id}/code", headers=team.leader.headers)
    assert shown.status_code == 200, shown.text
    body = shown.json()
    assert body["code"] == code_of(app, team) or body["code"] == code_of(app, team, 1)
    assert f"team={team.id}" in body["check_in_url"] and body["code"] in body["check_in_url"]
    assert shown.headers["cache-control"] == "no-store"
    assert (await client.get(f"{API}/teams/{team.id}/code", headers=YINGDE_STAFF)).status_code == 200
    assert (await client.get(f"{API}/teams/{team.id}/code", headers=LIANZHOU_STAFF)).status_code == 404
    assert (await client.get(f"{API}/teams/{team.id}/code", headers=team.members[0].headers)).status_code == 404


async def test_no_code_outside_the_service_period(client: httpx.AsyncClient, app: FastAPI) -> None:
    today = business_today()
    team = await new_team(app, starts_on=today + timedelta(days=1), ends_on=today + timedelta(days=5))
    response = await client.get(f"{API}/teams/{team.id}/code", headers=team.leader.headers)
    assert response.status_code == 409
    assert response.json()["reason"] == "not-in-service"
    refused = await scan(client, app, team, team.members[0], "check-in")
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "code"]
    assert await entries_of(app, team.members[0]) == 0


# --- check-in and check-out -----------------------------------------------------------------------------------


async def test_check_in_then_out_leaves_pending_minutes(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    checked_in = await scan(client, app, team, student, "check-in")
    assert checked_in.status_code == 201, checked_in.text
    assert (checked_in.json()["status"], checked_in.json()["kind"]) == ("open", "attendance")
    assert checked_in.json()["volunteer_name"] == student.name
    assert checked_in.json()["team_name"] == team.name
    out = await scan(client, app, team, student, "check-out", code_of(app, team, windows_ago=1))
    assert out.status_code == 200, out.text
    entry = out.json()
    assert entry["id"] == checked_in.json()["id"]
    assert entry["status"] == "pending" and entry["check_out_at"] is not None and entry["minutes"] == 0
    mine = (await client.get(f"{API}/hours/me", headers=student.headers)).json()
    assert (mine["approved_minutes"], mine["pending_minutes"]) == (0, 0)
    assert [e["id"] for e in mine["entries"]] == [entry["id"]]


async def test_check_out_before_check_in_is_409_and_writes_nothing(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    response = await scan(client, app, team, team.members[0], "check-out")
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["reason"] == "not-checked-in"
    assert await entries_of(app, team.members[0]) == 0


async def test_a_second_check_in_is_409(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    assert (await scan(client, app, team, team.members[0], "check-in")).status_code == 201
    again = await scan(client, app, team, team.members[0], "check-in")
    assert (again.status_code, again.json()["reason"]) == (409, "already-checked-in")
    assert await entries_of(app, team.members[0]) == 1


async def test_a_wrong_or_expired_code_is_422_and_writes_nothing(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    other = await new_team(app)
    student = team.members[0]
    for code in ("AAAAAAAAAA", code_of(app, team, windows_ago=2), code_of(app, other)):
        response = await scan(client, app, team, student, "check-in", code)
        assert response.status_code == 422, code
        assert response.headers["content-type"] == "application/problem+json"
    assert await entries_of(app, student) == 0


async def test_only_a_member_checks_in(client: httpx.AsyncClient, app: FastAPI) -> None:
    team, other = await new_team(app), await new_team(app)
    response = await scan(client, app, team, other.members[0], "check-in")
    assert response.status_code == 404
    assert await entries_of(app, other.members[0]) == 0
    staff = await client.post(f"{API}/hours/check-in", json={"team_id": str(team.id), "code": code_of(app, team)},
                              headers=CITY)
    assert staff.status_code == 403


# --- approvals ------------------------------------------------------------------------------------------------


async def test_the_leader_approves_a_members_hours(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    entry = await approved(client, app, team, team.members[0])
    assert entry["status"] == "approved"
    assert entry["approved_by_name"] == team.leader.name


async def test_a_member_may_not_approve_and_the_leader_not_their_own(client: httpx.AsyncClient,
                                                                      app: FastAPI) -> None:
    team = await new_team(app)
    entry = await attended(client, app, team, team.members[0])
    by_member = await client.post(f"{API}/hours/{entry['id']}/approve", headers=team.members[1].headers)
    assert by_member.status_code == 404  # a member does not even see another's hours
    by_self = await client.post(f"{API}/hours/{entry['id']}/approve", headers=team.members[0].headers)
    assert by_self.status_code == 403
    own = await attended(client, app, team, team.leader)
    response = await client.post(f"{API}/hours/{own['id']}/approve", headers=team.leader.headers)
    assert (response.status_code, response.json()["reason"]) == (409, "own-entry")
    by_staff = await client.post(f"{API}/hours/{own['id']}/approve", headers=YINGDE_STAFF)
    assert by_staff.status_code == 200
    other_county = await client.post(f"{API}/hours/{entry['id']}/approve", headers=LIANZHOU_STAFF)
    assert other_county.status_code == 404


async def test_a_rejected_entry_keeps_its_reason_and_cannot_be_approved(client: httpx.AsyncClient,
                                                                        app: FastAPI) -> None:
    team = await new_team(app)
    entry = await attended(client, app, team, team.members[0])
    rejected = await client.post(f"{API}/hours/{entry['id']}/reject", json={"reason": "当天未到岗"},
                                 headers=team.leader.headers)
    assert rejected.status_code == 200, rejected.text
    assert (rejected.json()["status"], rejected.json()["decision_reason"]) == ("rejected", "当天未到岗")
    again = await client.post(f"{API}/hours/{entry['id']}/approve", headers=team.leader.headers)
    assert (again.status_code, again.json()["reason"]) == (409, "transition-not-allowed")


async def test_an_open_entry_is_not_approved(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    entry = (await scan(client, app, team, team.members[0], "check-in")).json()
    response = await client.post(f"{API}/hours/{entry['id']}/approve", headers=team.leader.headers)
    assert (response.status_code, response.json()["reason"]) == (409, "transition-not-allowed")


async def test_an_entry_approved_twice_at_once_is_approved_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    entry = await attended(client, app, team, team.members[0])
    answers = await asyncio.gather(*(
        client.post(f"{API}/hours/{entry['id']}/approve", headers=headers)
        for headers in [team.leader.headers, YINGDE_STAFF, CITY, team.leader.headers, YINGDE_STAFF, CITY]))
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200, 409, 409, 409, 409, 409], [a.text for a in answers]
    async with app.state.sessionmaker() as session:
        rows = (await session.scalars(select(HoursEntry).where(HoursEntry.profile_id == team.members[0].profile_id)))
        assert [(e.status.value, e.decided_by is not None) for e in rows] == [("approved", True)]


# --- adjustments and reversals ----------------------------------------------------------------------------------


def adjustment(team: TeamRows, student: Student, minutes: int = 90, **overrides: Any) -> dict[str, Any]:
    return {"profile_id": str(student.profile_id), "team_id": str(team.id), "minutes": minutes,
            "reason": "补录：手机没电未能签退", **overrides}


async def test_an_adjustment_waits_for_a_second_staff_member(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    first = YINGDE_STAFF
    asked = await client.post(f"{API}/hours/adjustments", json=adjustment(team, student), headers=first)
    assert asked.status_code == 201, asked.text
    entry = asked.json()
    assert (entry["kind"], entry["status"], entry["minutes"]) == ("adjustment", "pending", 90)
    same = await client.post(f"{API}/hours/{entry['id']}/approve", headers=first)
    assert (same.status_code, same.json()["reason"]) == (409, "same-approver")
    by_leader = await client.post(f"{API}/hours/{entry['id']}/approve", headers=team.leader.headers)
    assert by_leader.status_code == 403
    second = await client.post(f"{API}/hours/{entry['id']}/approve", headers=CITY)
    assert second.status_code == 200 and second.json()["status"] == "approved"
    mine = (await client.get(f"{API}/hours/me", headers=student.headers)).json()
    assert mine["approved_minutes"] == 90


async def test_an_adjustment_needs_a_reason_minutes_and_a_member(client: httpx.AsyncClient, app: FastAPI) -> None:
    team, other = await new_team(app), await new_team(app)
    student = team.members[0]
    for body in (adjustment(team, student, reason=""), adjustment(team, student, minutes=0),
                 adjustment(team, other.members[0]), adjustment(team, student, status="approved"),
                 adjustment(team, student, minutes=10**6)):
        response = await client.post(f"{API}/hours/adjustments", json=body, headers=CITY)
        assert response.status_code == 422, body
    assert (await client.post(f"{API}/hours/adjustments", json=adjustment(team, student),
                              headers=LIANZHOU_STAFF)).status_code == 404
    assert (await client.post(f"{API}/hours/adjustments", json=adjustment(team, student),
                              headers=team.leader.headers)).status_code == 403
    assert await entries_of(app, student) == 0
    assert await entries_of(app, other.members[0]) == 0


async def test_a_reversal_cancels_approved_hours_without_deleting_them(client: httpx.AsyncClient,
                                                                      app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    asked = (await client.post(f"{API}/hours/adjustments", json=adjustment(team, student, 120),
                               headers=YINGDE_STAFF)).json()
    await client.post(f"{API}/hours/{asked['id']}/approve", headers=CITY)
    reversal = await client.post(f"{API}/hours/{asked['id']}/reverse", json={"reason": "重复补录"},
                                 headers=YINGDE_STAFF)
    assert reversal.status_code == 201, reversal.text
    body = reversal.json()
    assert (body["kind"], body["status"], body["minutes"], body["reverses_id"]) == (
        "reversal", "pending", -120, asked["id"])
    again = await client.post(f"{API}/hours/{asked['id']}/reverse", json={"reason": "再来一次"}, headers=CITY)
    assert (again.status_code, again.json()["reason"]) == (409, "already-reversed")
    same = await client.post(f"{API}/hours/{body['id']}/approve", headers=YINGDE_STAFF)
    assert same.json()["reason"] == "same-approver"
    assert (await client.post(f"{API}/hours/{body['id']}/approve", headers=CITY)).status_code == 200
    mine = (await client.get(f"{API}/hours/me", headers=student.headers)).json()
    assert mine["approved_minutes"] == 0
    assert sorted(e["minutes"] for e in mine["entries"]) == [-120, 120]
    not_again = await client.post(f"{API}/hours/{body['id']}/reverse", json={"reason": "撤销撤销"}, headers=CITY)
    assert (not_again.status_code, not_again.json()["reason"]) == (409, "not-reversible")


async def test_a_pending_entry_is_not_reversed(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    entry = await attended(client, app, team, team.members[0])
    response = await client.post(f"{API}/hours/{entry['id']}/reverse", json={"reason": "不对"}, headers=CITY)
    assert (response.status_code, response.json()["reason"]) == (409, "not-reversible")
    assert await entries_of(app, team.members[0]) == 1


# --- who sees what ------------------------------------------------------------------------------------------------


async def test_the_list_is_scoped(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    first, second = team.members
    one = await attended(client, app, team, first)
    two = await attended(client, app, team, second)

    async def ids(headers: dict[str, str], **params: Any) -> set[str]:
        response = await client.get(f"{API}/hours", params={"team_id": str(team.id), **params}, headers=headers)
        assert response.status_code == 200, response.text
        return {e["id"] for e in response.json()["items"]}

    assert await ids(team.leader.headers) == {one["id"], two["id"]}
    assert await ids(first.headers) == {one["id"]}
    assert await ids(YINGDE_STAFF, status="pending") == {one["id"], two["id"]}
    assert await ids(YINGDE_STAFF, status="approved") == set()
    assert await ids(LIANZHOU_STAFF) == set()
    assert await ids(CITY) == {one["id"], two["id"]}
    outsider = await client.post(f"{API}/hours/{one['id']}/reject", json={"reason": "无效记录"},
                                 headers=(await new_team(app)).leader.headers)
    assert outsider.status_code == 404


async def test_check_outs_at_once_close_the_entry_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    student = team.members[0]
    assert (await scan(client, app, team, student, "check-in")).status_code == 201
    answers = await asyncio.gather(*(scan(client, app, team, student, "check-out") for _ in range(5)))
    assert sorted(a.status_code for a in answers) == [200, 409, 409, 409, 409]
    assert await entries_of(app, student) == 1


async def test_an_unknown_entry_is_404(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{API}/hours/{uuid.uuid4()}/approve", headers=CITY)
    assert response.status_code == 404
