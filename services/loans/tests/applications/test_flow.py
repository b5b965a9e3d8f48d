"""The programme's path over HTTP: apply, recommend, refer, approve, disburse; and what each may not do."""

import asyncio
import uuid
from datetime import date

import httpx

from chassis.testing import auth_header
from tests.factories import (
    API,
    LIANZHOU,
    Person,
    Pipeline,
    act,
    bank_officer,
    city_staff,
    county_staff,
    draft,
    entrepreneur,
    keyed,
    new_bank,
    profile,
    project,
    referred,
)


async def test_an_application_goes_from_draft_to_referred_with_a_full_timeline(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client)
    detail = (await client.get(f"{API}/applications/{pipeline.application_id}", headers=pipeline.bank.headers)).json()
    assert detail["status"] == "referred"
    assert detail["bank_id"] == pipeline.bank_id
    timeline = [(t["action"], t["from_status"], t["to_status"], t["actor_role"], t["actor_name"])
                for t in detail["transitions"]]
    assert timeline == [("submit", "draft", "submitted", "entrepreneur", "创业青年 黄小龙"),
                        ("recommend", "submitted", "recommended", "county_staff", "县团委 陈志强"),
                        ("refer", "recommended", "referred", "city_staff", "团市委 李敏")]
    assert detail["allowed_actions"] == ["approve", "decline"]


async def bank_name(client: httpx.AsyncClient, pipeline: Pipeline) -> str:
    read = await client.get(f"{API}/applications/{pipeline.application_id}", headers=pipeline.city.headers)
    return str(read.json()["bank_name"])


async def test_the_applicant_sees_their_actions_and_their_whole_numbers(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    application = await draft(client, applicant)
    assert application["allowed_actions"] == ["submit", "withdraw"]
    assert "*" not in application["borrower"]["id_card"]


async def test_county_staff_see_masked_numbers_and_city_staff_whole(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    application = await draft(client, applicant)
    await act(client, application["id"], "submit", applicant)
    seen_by_county = (await client.get(f"{API}/applications/{application['id']}",
                                       headers=county_staff().headers)).json()["borrower"]
    assert seen_by_county["id_card"].startswith("4418") and "**********" in seen_by_county["id_card"]
    assert seen_by_county["mobile"] == "138****5678"
    seen_by_city = (await client.get(f"{API}/applications/{application['id']}",
                                     headers=city_staff().headers)).json()["borrower"]
    assert "*" not in seen_by_city["id_card"] and seen_by_city["mobile"] == "13812345678"


async def test_returning_needs_a_reason_and_takes_it_back_to_draft(client: httpx.AsyncClient) -> None:
    applicant, county = entrepreneur(), county_staff()
    application = await draft(client, applicant)
    await act(client, application["id"], "submit", applicant)
    await act(client, application["id"], "return", county, {}, expect=422)
    returned = await act(client, application["id"], "return", county, {"reason": "请补充带动贫困户名单"})
    assert returned["status"] == "draft"
    assert returned["transitions"][-1]["reason"] == "请补充带动贫困户名单"


async def test_an_illegal_transition_is_409_naming_what_is_allowed(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    application = await draft(client, applicant)
    refused = await client.post(f"{API}/applications/{application['id']}/recommend",
                                headers=county_staff().headers)
    assert refused.status_code == 409
    problem = refused.json()
    assert problem["allowed_next_states"] == ["submitted", "withdrawn"]
    assert problem["status_now"] == "draft"


async def test_maker_checker_the_recommender_may_not_refer(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    application = await draft(client, applicant)
    await act(client, application["id"], "submit", applicant)
    admin = auth_header("admin", sub="admin-who-does-both")
    assert (await client.post(f"{API}/applications/{application['id']}/recommend", headers=admin)).status_code == 200
    bank_id = await new_bank(client)
    refused = await client.post(f"{API}/applications/{application['id']}/refer", json={"bank_id": bank_id},
                                headers=admin)
    assert refused.status_code == 403
    status = (await client.get(f"{API}/applications/{application['id']}", headers=admin)).json()["status"]
    assert status == "recommended"


async def test_eligibility_names_every_failed_rule_and_changes_nothing(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    too_old = profile(born=date(1960, 1, 1))
    await client.put(f"{API}/borrowers/me", json=too_old, headers=applicant.headers)
    created = await client.post(f"{API}/applications", json=project(amount_requested="800000.00"),
                                headers=applicant.headers)
    refused = await client.post(f"{API}/applications/{created.json()['id']}/submit", headers=applicant.headers)
    assert refused.status_code == 422
    assert {rule["rule"] for rule in refused.json()["failed_rules"]} == {"age", "amount"}
    again = (await client.get(f"{API}/applications/{created.json()['id']}", headers=applicant.headers)).json()
    assert again["status"] == "draft" and again["transitions"] == []


async def test_county_staff_cannot_act_outside_their_county(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    application = await draft(client, applicant)
    await act(client, application["id"], "submit", applicant)
    other_county = county_staff(LIANZHOU)
    response = await client.post(f"{API}/applications/{application['id']}/recommend", headers=other_county.headers)
    assert response.status_code == 404
    listed = (await client.get(f"{API}/applications", params={"limit": 200}, headers=other_county.headers)).json()
    assert application["id"] not in {a["id"] for a in listed["items"]}


async def test_an_entrepreneur_cannot_read_anothers_application(client: httpx.AsyncClient) -> None:
    mine = await draft(client, entrepreneur())
    stranger = entrepreneur()
    assert (await client.get(f"{API}/applications/{mine['id']}", headers=stranger.headers)).status_code == 404
    await client.put(f"{API}/borrowers/me", json=profile(),
                     headers=stranger.headers)
    listed = (await client.get(f"{API}/applications", headers=stranger.headers)).json()
    assert listed["total"] == 0


async def test_the_borrower_sees_the_banks_name_not_its_api_clients_id(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client)
    client_id = str(uuid.uuid4())  # a bank's API client: its token's subject is the client's id
    system = Person(auth_header("bank_officer", sub=client_id, bank_id=pipeline.bank_id, client_id=client_id,
                                scope="loans", name="合作银行 信贷系统"), client_id)
    await act(client, pipeline.application_id, "approve", system)
    url = f"{API}/applications/{pipeline.application_id}"
    seen_by_borrower = (await client.get(url, headers=pipeline.applicant.headers)).json()["transitions"]
    bank_step = seen_by_borrower[-1]
    assert bank_step["action"] == "approve" and bank_step["actor_role"] == "bank_officer"
    assert bank_step["actor_subject"] is None and bank_step["actor_name"] == (await bank_name(client, pipeline))
    assert [t["actor_subject"] for t in seen_by_borrower] == [pipeline.applicant.subject, None, None, None]
    seen_by_staff = (await client.get(url, headers=pipeline.city.headers)).json()["transitions"]
    assert seen_by_staff[-1]["actor_subject"] == system.subject
    assert seen_by_staff[-1]["actor_name"] == "合作银行 信贷系统"


async def test_a_bank_sees_only_what_was_referred_to_it(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client)
    other_bank = bank_officer(await new_bank(client))
    response = await client.get(f"{API}/applications/{pipeline.application_id}", headers=other_bank.headers)
    assert response.status_code == 404
    assert (await client.post(f"{API}/applications/{pipeline.application_id}/approve",
                              headers=keyed(other_bank.headers))).status_code == 404
    listed = (await client.get(f"{API}/applications", headers=other_bank.headers)).json()
    assert listed["total"] == 0
    own = (await client.get(f"{API}/applications", headers=pipeline.bank.headers)).json()
    assert [a["id"] for a in own["items"]] == [pipeline.application_id]


async def test_mass_assignment_of_status_is_refused(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    await draft(client, applicant)
    response = await client.post(f"{API}/applications", json=project(status="approved"), headers=applicant.headers)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "status"]


async def test_bad_borrower_input_is_refused(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    for field, value in (("id_card", "44188119950307123X"), ("mobile", "12345"), ("county_code", "440100")):
        body = {**profile(), field: value}
        response = await client.put(f"{API}/borrowers/me", json=body, headers=applicant.headers)
        assert response.status_code == 422, field
    assert (await client.get(f"{API}/borrowers/me", headers=applicant.headers)).status_code == 404


async def test_negative_or_absurd_amounts_are_refused(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    await client.put(f"{API}/borrowers/me", json=profile(),
                     headers=applicant.headers)
    for amount in ("-1.00", "0.00", "99999999999.00", "1.001"):
        response = await client.post(f"{API}/applications", json=project(amount_requested=amount),
                                     headers=applicant.headers)
        assert response.status_code == 422, amount


async def test_two_reviewers_pressing_at_once_move_the_application_once(client: httpx.AsyncClient) -> None:
    applicant = entrepreneur()
    application = await draft(client, applicant)
    await act(client, application["id"], "submit", applicant)
    url = f"{API}/applications/{application['id']}"
    answers = await asyncio.gather(
        client.post(f"{url}/recommend", headers=county_staff().headers),
        client.post(f"{url}/reject", json={"reason": "材料不全"}, headers=county_staff().headers))
    assert sorted(a.status_code for a in answers) == [200, 409]
    detail = (await client.get(url, headers=applicant.headers)).json()
    assert len(detail["transitions"]) == 2


async def test_staff_find_applications_by_project_or_borrower_and_see_the_bank(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client, project_name="黄花镇沃柑示范园")
    city = city_staff().headers
    found = (await client.get(f"{API}/applications", params={"q": "沃柑示范"}, headers=city)).json()
    assert [a["id"] for a in found["items"]] == [pipeline.application_id]
    assert found["items"][0]["bank_name"].startswith("测试农商银行")
    mine = (await client.get(f"{API}/applications", headers=pipeline.applicant.headers)).json()
    assert mine["items"][0]["bank_name"] == found["items"][0]["bank_name"]
