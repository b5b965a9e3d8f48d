"""Teams at service points: members are accepted applicants, one leads, the plan is filed and approved."""

from datetime import timedelta

import httpx

from tests.people import (
    API,
    CITY,
    LIANNAN_STAFF,
    YINGDE_STAFF,
    accepted,
    activity,
    apply,
    camp,
    fill_profile,
    join,
    student,
    team,
    today,
)


async def test_only_accepted_applicants_join_and_the_leader_files_the_plan(client: httpx.AsyncClient) -> None:
    camp_activity = await activity(client)
    leader, member, applicant = student(name="组长"), student(), student()
    leader_application = await accepted(client, camp_activity["id"], leader, name="林组长")
    member_application = await accepted(client, camp_activity["id"], member, name="黄队员")
    await fill_profile(client, applicant)
    pending = await apply(client, camp_activity["id"], applicant)
    the_team = await team(client, camp_activity["id"])
    not_yet = await client.post(f"{API}/teams/{the_team['id']}/members", json={"application_id": pending["id"]},
                                headers=CITY)
    assert not_yet.status_code == 409 and not_yet.json()["reason"] == "not-accepted"
    await join(client, the_team["id"], member_application["id"])
    detail = await join(client, the_team["id"], leader_application["id"], leader=True)
    assert [(m["name"], m["leader"]) for m in detail["members"]] == [("林组长", True), ("黄队员", False)]
    assert detail["leader_name"] == "林组长" and detail["members_count"] == 2
    twice = await client.post(f"{API}/teams/{the_team['id']}/members",
                              json={"application_id": member_application["id"]}, headers=CITY)
    assert twice.status_code == 409 and twice.json()["reason"] == "already-member"

    plan = {"plan": "第一周：入户走访；第二周：十个一活动；第三周：成果展示。"}
    by_member = await client.put(f"{API}/teams/{the_team['id']}/plan", json=plan, headers=member)
    assert by_member.status_code == 409 and by_member.json()["reason"] == "not-leader"
    filed = await client.put(f"{API}/teams/{the_team['id']}/plan", json=plan, headers=leader)
    assert filed.json()["plan_status"] == "filed" and filed.json()["i_lead"]
    returned = await client.post(f"{API}/teams/{the_team['id']}/plan/return", json={"note": "补充安全预案"},
                                 headers=CITY)
    assert returned.json()["plan_status"] == "returned" and returned.json()["plan_note"] == "补充安全预案"
    await client.put(f"{API}/teams/{the_team['id']}/plan", json=plan, headers=leader)
    approved = await client.post(f"{API}/teams/{the_team['id']}/plan/approve", headers=CITY)
    assert approved.json()["plan_status"] == "approved" and approved.json()["plan_decided_by"] == "王市团委"
    assert (await client.post(f"{API}/teams/{the_team['id']}/plan/approve", headers=CITY)).status_code == 409

    mine = (await client.get(f"{API}/teams/me", headers=member)).json()
    assert [t["id"] for t in mine] == [the_team["id"]] and not mine[0]["i_lead"]
    assert (await client.get(f"{API}/teams/{the_team['id']}", headers=applicant)).status_code == 404


async def test_staff_see_their_countys_teams_and_the_map_counts_them(client: httpx.AsyncClient) -> None:
    the_team = await team(client, (await activity(client))["id"])
    assert (await client.get(f"{API}/teams/{the_team['id']}", headers=YINGDE_STAFF)).status_code == 200
    assert (await client.get(f"{API}/teams/{the_team['id']}", headers=LIANNAN_STAFF)).status_code == 404
    listed = (await client.get(f"{API}/teams", headers=LIANNAN_STAFF)).json()
    assert the_team["id"] not in [t["id"] for t in listed["items"]]
    points = (await client.get(f"{API}/service-points", headers=student())).json()
    point = next(p for p in points if p["id"] == the_team["service_point"]["id"])
    assert point["teams"] == 1 and point["county_name"] == "英德市"
    outside = await client.post(f"{API}/service-points", json={"county_code": "441881", "village": "北京村",
                                                                 "latitude": 39.9, "longitude": 116.4}, headers=CITY)
    assert outside.status_code == 422


async def test_camps_are_held_by_summer_camp_teams(client: httpx.AsyncClient) -> None:
    service = await team(client, (await activity(client, kind="service_team"))["id"])
    refused = await client.post(f"{API}/camps", json={"team_id": service["id"], "name": "不是夏令营",
                                                      "starts_on": today().isoformat(),
                                                      "ends_on": today().isoformat()}, headers=CITY)
    assert refused.status_code == 409 and refused.json()["reason"] == "not-a-camp-team"
    camp_team = await team(client, (await activity(client))["id"])
    held = await camp(client, camp_team["id"], today(), today() + timedelta(days=6))
    assert held["children"] == 0 and held["completion"] == 0
    backwards = await client.post(f"{API}/camps", json={"team_id": camp_team["id"], "name": "倒序",
                                                        "starts_on": today().isoformat(),
                                                        "ends_on": (today() - timedelta(days=1)).isoformat()},
                                  headers=CITY)
    assert backwards.status_code == 422


async def test_staff_hand_the_lead_to_another_member(client: httpx.AsyncClient) -> None:
    camp_activity = await activity(client)
    first, second = student(), student()
    the_team = await team(client, camp_activity["id"])
    await join(client, the_team["id"], (await accepted(client, camp_activity["id"], first, name="甲队长"))["id"],
               leader=True)
    detail = await join(client, the_team["id"], (await accepted(client, camp_activity["id"], second,
                                                                  name="乙队员"))["id"])
    newcomer = next(m for m in detail["members"] if m["name"] == "乙队员")
    led = await client.post(f"{API}/teams/{the_team['id']}/members/{newcomer['id']}/lead", headers=CITY)
    assert [(m["name"], m["leader"]) for m in led.json()["members"]] == [("乙队员", True), ("甲队长", False)]
    assert (await client.post(f"{API}/teams/{the_team['id']}/members/{newcomer['id']}/lead",
                              headers=second)).status_code == 403
