import asyncio
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import func, select

from tests.team_rows import CITY, LIANZHOU_STAFF, YINGDE_STAFF, TeamRows, new_team
from volunteers.references import client as references_client
from volunteers.references.client import References
from volunteers.visits.models import SiteVisit, VisitTransition

URL = "/api/v1/volunteers/visits"
LOANS = {uuid.UUID("5b0c9f8e-1111-4c33-9f00-000000000001"): "连樟村红茶种植基地"}
SELLERS = {uuid.UUID("5b0c9f8e-2222-4c33-9f00-000000000002"): "英德红茶专业合作社"}
LOAN_ID, SELLER_ID = next(iter(LOANS)), next(iter(SELLERS))
Handler = Callable[[httpx.Request], Any]


def gateway(request: httpx.Request) -> httpx.Response:
    """The gateway and the two services behind it, as far as the volunteers service asks them."""
    if request.url.path == "/api/v1/auth/token":
        assert b"grant_type=client_credentials" in request.content
        assert b"scope=loans+products" in request.content
        return httpx.Response(200, json={"access_token": "service-token", "expires_in": 900})
    assert request.headers["authorization"] == "Bearer service-token"
    kind, _, found_id = request.url.path.removeprefix("/api/v1/").partition("/references/")
    table = LOANS if kind == "loans" else SELLERS
    reference_id = uuid.UUID(found_id.rsplit("/", 1)[-1])
    if reference_id not in table:
        return httpx.Response(404, json={"title": "Not found", "status": 404})
    return httpx.Response(200, json={"id": str(reference_id), "name": table[reference_id], "county_code": "441881"})


def down(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


async def slow(request: httpx.Request) -> httpx.Response:
    await asyncio.sleep(5)
    return gateway(request)


@pytest.fixture
def other_services(app: FastAPI) -> Iterator[Callable[[Handler], None]]:
    """Points the app's references at a fake gateway (the app otherwise has none configured)."""
    settings = app.state.settings.model_copy(update={
        "gateway_url": "http://gateway.test", "client_id": "volunteers-client",
        "client_secret": SecretStr("s3cret")})

    def use(handler: Handler) -> None:
        app.state.references = References(settings, transport=httpx.MockTransport(handler))

    yield use
    app.state.references = None


def visit(team: TeamRows, **overrides: Any) -> dict[str, Any]:
    return {"team_id": str(team.id), "on": "2026-07-15", "kind": "enterprise", "organisation": "英德市某茶叶企业",
            "findings": "线上销售渠道单一，包装设计陈旧。",
            "recommendations": "开设直播带货，统一使用山生山世品牌包装。",
            **overrides}


async def visits_of(app: FastAPI, team: TeamRows) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(SiteVisit)
                                        .where(SiteVisit.team_id == team.id)) or 0)


async def test_a_member_records_a_visit_to_a_loan_project_and_sees_its_name(
        client: httpx.AsyncClient, app: FastAPI, other_services: Callable[[Handler], None]) -> None:
    other_services(gateway)
    team = await new_team(app)
    created = await client.post(URL, json=visit(team, kind="loan_project", loan_id=str(LOAN_ID)),
                                headers=team.members[0].headers)
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["status"], body["team_name"], body["actions"]) == ("draft", team.name, ["submit"])
    assert body["reference"] == {"kind": "loan", "id": str(LOAN_ID), "name": "连樟村红茶种植基地", "available": True}
    read = (await client.get(f"{URL}/{body['id']}", headers=YINGDE_STAFF)).json()
    assert read["reference"]["name"] == "连樟村红茶种植基地"


async def test_a_seller_is_named_too(client: httpx.AsyncClient, app: FastAPI,
                                     other_services: Callable[[Handler], None]) -> None:
    other_services(gateway)
    team = await new_team(app)
    created = await client.post(URL, json=visit(team, kind="seller", seller_id=str(SELLER_ID)), headers=YINGDE_STAFF)
    assert created.status_code == 201, created.text
    assert created.json()["reference"] == {"kind": "seller", "id": str(SELLER_ID), "name": "英德红茶专业合作社",
                                           "available": True}


@pytest.mark.parametrize("handler", [down, slow], ids=["down", "slow"])
async def test_with_the_other_service_unreachable_the_visit_saves_with_the_reference_alone(
        client: httpx.AsyncClient, app: FastAPI, other_services: Callable[[Handler], None],
        monkeypatch: pytest.MonkeyPatch, handler: Handler) -> None:
    monkeypatch.setattr(references_client, "TIMEOUT_SECONDS", 0.2)
    other_services(handler)
    team = await new_team(app)
    created = await client.post(URL, json=visit(team, kind="loan_project", loan_id=str(LOAN_ID)),
                                headers=team.members[0].headers)
    assert created.status_code == 201, created.text
    assert created.json()["reference"] == {"kind": "loan", "id": str(LOAN_ID), "name": None, "available": False}
    listed = (await client.get(URL, params={"team_id": str(team.id)}, headers=team.members[0].headers)).json()
    assert listed["items"][0]["reference"]["available"] is False


async def test_without_a_gateway_configured_the_reference_stands_alone(client: httpx.AsyncClient,
                                                                      app: FastAPI) -> None:
    team = await new_team(app)
    created = await client.post(URL, json=visit(team, kind="seller", seller_id=str(uuid.uuid4())),
                                headers=YINGDE_STAFF)
    assert created.status_code == 201, created.text
    assert created.json()["reference"]["available"] is False


async def test_a_loan_the_loans_service_does_not_know_is_422(client: httpx.AsyncClient, app: FastAPI,
                                                            other_services: Callable[[Handler], None]) -> None:
    other_services(gateway)
    team = await new_team(app)
    response = await client.post(URL, json=visit(team, kind="loan_project", loan_id=str(uuid.uuid4())),
                                 headers=YINGDE_STAFF)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "loan_id"]
    assert await visits_of(app, team) == 0


@pytest.mark.parametrize("overrides", [
    {"kind": "loan_project"},
    {"kind": "seller"},
    {"kind": "enterprise", "loan_id": str(LOAN_ID)},
    {"kind": "loan_project", "loan_id": str(LOAN_ID), "seller_id": str(SELLER_ID)},
    {"findings": ""},
    {"kind": "farm"},
    {"status": "reviewed"},
], ids=["loan-project-without-loan", "seller-without-seller", "loan-on-enterprise", "both", "no-findings",
        "unknown-kind", "status"])
async def test_bad_visits_are_422_and_write_nothing(client: httpx.AsyncClient, app: FastAPI,
                                                   overrides: dict[str, Any]) -> None:
    team = await new_team(app)
    response = await client.post(URL, json=visit(team, **overrides), headers=YINGDE_STAFF)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert await visits_of(app, team) == 0


async def test_only_members_and_staff_in_scope_record_visits(client: httpx.AsyncClient, app: FastAPI) -> None:
    team, other = await new_team(app), await new_team(app)
    assert (await client.post(URL, json=visit(team), headers=other.members[0].headers)).status_code == 404
    assert (await client.post(URL, json=visit(team), headers=LIANZHOU_STAFF)).status_code == 404
    assert await visits_of(app, team) == 0


async def test_submit_review_and_return(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    member = team.members[0].headers
    created = (await client.post(URL, json=visit(team), headers=member)).json()
    early = await client.post(f"{URL}/{created['id']}/review", json={"note": "好"}, headers=YINGDE_STAFF)
    assert (early.status_code, early.json()["reason"]) == (409, "transition-not-allowed")
    submitted = await client.post(f"{URL}/{created['id']}/submit", headers=member)
    assert submitted.json()["status"] == "submitted"
    assert (await client.post(f"{URL}/{created['id']}/submit", headers=member)).status_code == 409
    no_note = await client.post(f"{URL}/{created['id']}/return", json={"note": ""}, headers=YINGDE_STAFF)
    assert no_note.status_code == 422
    returned = await client.post(f"{URL}/{created['id']}/return", json={"note": "请补充销售数据"},
                                 headers=YINGDE_STAFF)
    assert (returned.json()["status"], returned.json()["review_note"]) == ("returned", "请补充销售数据")
    await client.post(f"{URL}/{created['id']}/submit", headers=member)
    assert (await client.post(f"{URL}/{created['id']}/review", json={"note": "no"},
                              headers=member)).status_code == 403
    reviewed = await client.post(f"{URL}/{created['id']}/review", json={"note": "建议可行"}, headers=CITY)
    assert reviewed.status_code == 200, reviewed.text
    assert (reviewed.json()["status"], reviewed.json()["actions"]) == ("reviewed", [])
    async with app.state.sessionmaker() as session:
        moves = (await session.scalars(select(VisitTransition.to_status).where(
            VisitTransition.visit_id == uuid.UUID(created["id"])).order_by(VisitTransition.at))).all()
    assert [m.value for m in moves] == ["submitted", "returned", "submitted", "reviewed"]


async def test_two_reviewers_at_once_move_it_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    team = await new_team(app)
    created = (await client.post(URL, json=visit(team), headers=team.members[0].headers)).json()
    await client.post(f"{URL}/{created['id']}/submit", headers=team.members[0].headers)
    answers = await asyncio.gather(
        client.post(f"{URL}/{created['id']}/review", json={"note": "通过"}, headers=CITY),
        client.post(f"{URL}/{created['id']}/return", json={"note": "退回"}, headers=YINGDE_STAFF),
        client.post(f"{URL}/{created['id']}/review", json={"note": "通过"}, headers=YINGDE_STAFF))
    assert sorted(a.status_code for a in answers) == [200, 409, 409]


async def test_the_list_is_scoped(client: httpx.AsyncClient, app: FastAPI) -> None:
    team, other = await new_team(app), await new_team(app)
    mine = (await client.post(URL, json=visit(team), headers=team.members[0].headers)).json()
    theirs = (await client.post(URL, json=visit(other), headers=other.members[0].headers)).json()

    async def ids(headers: dict[str, str]) -> set[str]:
        response = await client.get(URL, params={"limit": 200}, headers=headers)
        assert response.status_code == 200, response.text
        return {v["id"] for v in response.json()["items"]}

    assert mine["id"] in await ids(team.members[1].headers)
    assert theirs["id"] not in await ids(team.members[1].headers)
    assert {mine["id"], theirs["id"]} <= await ids(YINGDE_STAFF)
    assert mine["id"] not in await ids(LIANZHOU_STAFF)
    assert (await client.get(f"{URL}/{theirs['id']}", headers=team.members[0].headers)).status_code == 404
