import base64
import uuid
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update

from chassis.auth import jwt
from chassis.db import utcnow
from gateway.clients.models import ApiClient
from gateway.demo import (
    DEMO_BANK_CLIENT_ID,
    DEMO_BANK_CLIENT_SECRET,
    DEMO_VOLUNTEERS_CLIENT_ID,
    DEMO_VOLUNTEERS_CLIENT_SECRET,
    PSBC_QINGYUAN,
)
from tests.helpers import bearer, client_from, count_events, new_address

CLIENTS = "/api/v1/auth/clients"
TOKEN = "/api/v1/auth/token"


async def new_client(client: httpx.AsyncClient, token: str, **fields: Any) -> dict[str, Any]:
    body = {"name": "清远农商银行 信贷系统", "kind": "bank", "bank_id": str(uuid.uuid4()), **fields}
    response = await client.post(CLIENTS, json=body, headers=bearer(token))
    assert response.status_code == 201, response.text
    return dict(response.json())


async def credentials(client: httpx.AsyncClient, client_id: str, secret: str, **extra: str) -> httpx.Response:
    return await client.post(TOKEN, data={"grant_type": "client_credentials", "client_id": client_id,
                                          "client_secret": secret, **extra})


def claims(app: FastAPI, token: str) -> dict[str, Any]:
    return jwt.verify(token, app.state.key_ring.verification_keys(), issuer="xiangqing-gateway", audience="xiangqing")


async def test_a_bank_client_gets_a_bank_officer_token_for_the_loan_api(client: httpx.AsyncClient, app: FastAPI,
                                                                        city_token: str) -> None:
    made = await new_client(client, city_token)
    response = await credentials(client, made["client_id"], made["client_secret"])
    assert response.status_code == 200
    body = response.json()
    assert body["refresh_token"] is None and body["scope"] == "loans" and body["expires_in"] == 900
    token = claims(app, body["access_token"])
    assert token["role"] == "bank_officer" and token["sub"] == made["client_id"] == token["client_id"]
    assert token["bank_id"] == made["client"]["bank_id"] and token["scope"] == "loans"


async def test_client_credentials_may_come_in_http_basic(client: httpx.AsyncClient, city_token: str) -> None:
    made = await new_client(client, city_token)
    basic = base64.b64encode(f"{made['client_id']}:{made['client_secret']}".encode()).decode()
    response = await client.post(TOKEN, data={"grant_type": "client_credentials"},
                                 headers={"Authorization": f"Basic {basic}"})
    assert response.status_code == 200


async def test_the_secret_is_shown_once_and_kept_hashed(client: httpx.AsyncClient, app: FastAPI,
                                                        city_token: str) -> None:
    made = await new_client(client, city_token)
    listed = await client.get(CLIENTS, params={"bank_id": made["client"]["bank_id"]}, headers=bearer(city_token))
    assert listed.json()["total"] == 1 and made["client_secret"] not in listed.text
    async with app.state.sessionmaker() as session:
        row = await session.get(ApiClient, uuid.UUID(made["client_id"]))
    assert row is not None and made["client_secret"] not in row.secret_hash


async def test_a_wrong_secret_is_invalid_client_and_recorded(client: httpx.AsyncClient, app: FastAPI,
                                                             city_token: str) -> None:
    made = await new_client(client, city_token)
    async with client_from(app) as elsewhere:
        response = await credentials(elsewhere, made["client_id"], "guess")
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"
    subject = uuid.UUID(made["client_id"])
    assert await count_events(app, "client_authentication_failed", subject_client_id=subject) == 1


async def test_a_bank_client_may_not_ask_for_other_scopes(client: httpx.AsyncClient, city_token: str) -> None:
    made = await new_client(client, city_token)
    response = await credentials(client, made["client_id"], made["client_secret"], scope="loans products")
    assert response.status_code == 400 and response.json()["error"] == "invalid_scope"
    refused = await client.post(CLIENTS, json={"name": "x银行", "kind": "bank", "bank_id": str(uuid.uuid4()),
                                               "scopes": ["loans", "products"]}, headers=bearer(city_token))
    assert refused.status_code == 422


async def test_after_a_rotation_the_old_secret_works_until_the_overlap_ends(client: httpx.AsyncClient, app: FastAPI,
                                                                            city_token: str) -> None:
    made = await new_client(client, city_token)
    old = made["client_secret"]
    rotated = await client.post(f"{CLIENTS}/{made['client_id']}/secret", json={"overlap_hours": 2},
                                headers=bearer(city_token))
    assert rotated.status_code == 200
    new = rotated.json()["client_secret"]
    assert new != old and rotated.json()["client"]["previous_secret_expires_at"]
    assert (await credentials(client, made["client_id"], old)).status_code == 200
    assert (await credentials(client, made["client_id"], new)).status_code == 200
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(update(ApiClient).where(ApiClient.id == uuid.UUID(made["client_id"]))
                              .values(previous_secret_expires_at=utcnow() - timedelta(seconds=1)))
    async with client_from(app) as elsewhere:
        assert (await credentials(elsewhere, made["client_id"], old)).status_code == 401
    assert (await credentials(client, made["client_id"], new)).status_code == 200
    assert await count_events(app, "client_secret_rotated", subject_client_id=uuid.UUID(made["client_id"])) == 1


async def test_a_rotation_without_overlap_stops_the_old_secret_at_once(client: httpx.AsyncClient, app: FastAPI,
                                                                       city_token: str) -> None:
    made = await new_client(client, city_token)
    await client.post(f"{CLIENTS}/{made['client_id']}/secret", json={"overlap_hours": 0}, headers=bearer(city_token))
    async with client_from(app) as elsewhere:
        assert (await credentials(elsewhere, made["client_id"], made["client_secret"])).status_code == 401


async def test_a_disabled_client_gets_no_token(client: httpx.AsyncClient, app: FastAPI, city_token: str) -> None:
    made = await new_client(client, city_token)
    disabled = await client.post(f"{CLIENTS}/{made['client_id']}/disable", headers=bearer(city_token))
    assert disabled.json()["is_active"] is False
    async with client_from(app) as elsewhere:
        assert (await credentials(elsewhere, made["client_id"], made["client_secret"])).status_code == 401
    await client.post(f"{CLIENTS}/{made['client_id']}/enable", headers=bearer(city_token))
    assert (await credentials(client, made["client_id"], made["client_secret"])).status_code == 200


async def test_only_admins_and_city_staff_manage_clients(client: httpx.AsyncClient, county_token: str) -> None:
    body = {"name": "x银行", "kind": "bank", "bank_id": str(uuid.uuid4())}
    assert (await client.post(CLIENTS, json=body, headers=bearer(county_token))).status_code == 403
    assert (await client.get(CLIENTS, headers=bearer(county_token))).status_code == 403


async def test_a_service_client_gets_a_service_token(client: httpx.AsyncClient, app: FastAPI,
                                                     admin_token: str) -> None:
    made = await new_client(client, admin_token, name="loans service", kind="service", bank_id=None,
                            service_name="loans")
    assert made["client"]["scope"] == "products training volunteers"
    response = await credentials(client, made["client_id"], made["client_secret"], scope="products")
    token = claims(app, response.json()["access_token"])
    assert token["role"] == "service" and token["scope"] == "products" and "bank_id" not in token


async def test_a_client_must_fit_its_kind(client: httpx.AsyncClient, city_token: str) -> None:
    for body in ({"kind": "bank"}, {"kind": "service"}, {"kind": "service", "service_name": "loans",
                                                          "bank_id": str(uuid.uuid4())},
                 {"kind": "bank", "bank_id": str(uuid.uuid4()), "secret_hash": "x"}):
        response = await client.post(CLIENTS, json={"name": "某系统", **body}, headers=bearer(city_token))
        assert response.status_code == 422, body


async def test_the_demo_bank_client_logs_in_with_the_printed_secret(client: httpx.AsyncClient, app: FastAPI) -> None:
    response = await credentials(client, str(DEMO_BANK_CLIENT_ID), DEMO_BANK_CLIENT_SECRET)
    assert claims(app, response.json()["access_token"])["bank_id"] == str(PSBC_QINGYUAN)


async def test_the_demo_volunteers_client_reads_loans_and_products_only(client: httpx.AsyncClient,
                                                                       app: FastAPI) -> None:
    response = await credentials(client, str(DEMO_VOLUNTEERS_CLIENT_ID), DEMO_VOLUNTEERS_CLIENT_SECRET)
    assert response.status_code == 200, response.text
    token = claims(app, response.json()["access_token"])
    assert (token["role"], token["scope"]) == ("service", "loans products")


async def test_a_client_token_has_no_account_page(client: httpx.AsyncClient) -> None:
    token = (await credentials(client, str(DEMO_BANK_CLIENT_ID), DEMO_BANK_CLIENT_SECRET)).json()["access_token"]
    assert (await client.get("/api/v1/auth/me", headers=bearer(token))).status_code == 403


async def test_strangers_guessing_a_banks_secret_do_not_lock_its_system_out(client: httpx.AsyncClient, app: FastAPI,
                                                                            city_token: str) -> None:
    made = await new_client(client, city_token)
    bank_system = new_address()
    async with client_from(app, bank_system) as system:
        assert (await credentials(system, made["client_id"], made["client_secret"])).status_code == 200
    for _ in range(25):  # more than enough to have locked the client before
        async with client_from(app) as stranger:
            assert (await credentials(stranger, made["client_id"], "guess")).status_code in (401, 429)
    async with client_from(app) as stranger:
        assert (await credentials(stranger, made["client_id"], made["client_secret"])).status_code == 429
    async with client_from(app, bank_system) as system:
        assert (await credentials(system, made["client_id"], made["client_secret"])).status_code == 200
    assert await count_events(app, "login_slowed", subject_client_id=uuid.UUID(made["client_id"])) == 1
