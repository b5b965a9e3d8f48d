"""A revoked token is refused on every gateway route that takes one, not only on /auth/me.

City staff whose account is disabled, whose password is reset, whose role changes or whose session is
logged out or revoked for refresh-token reuse keep a signed access token for up to 15 minutes. None of the
gateway's routes may take it: no account or API client is made with it, no audit or dashboard is read.
"""

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from gateway.clients.models import ApiClient
from gateway.demo import PSBC_QINGYUAN
from gateway.identity.models import User
from tests.helpers import bearer, client_from, count_events, ready_account, token_pair, unique

ACCOUNTS, CLIENTS = "/api/v1/auth/accounts", "/api/v1/auth/clients"
Revoke = Callable[[httpx.AsyncClient, FastAPI, str, dict[str, Any], dict[str, Any]], Awaitable[None]]


async def _disable(client: httpx.AsyncClient, app: FastAPI, admin: str, account: dict[str, Any],
                   pair: dict[str, Any]) -> None:
    assert (await client.post(f"{ACCOUNTS}/{account['id']}/disable", headers=bearer(admin))).status_code == 200


async def _reset_password(client: httpx.AsyncClient, app: FastAPI, admin: str, account: dict[str, Any],
                          pair: dict[str, Any]) -> None:
    response = await client.post(f"{ACCOUNTS}/{account['id']}/password-reset", headers=bearer(admin))
    assert response.status_code == 200


async def _change_role(client: httpx.AsyncClient, app: FastAPI, admin: str, account: dict[str, Any],
                       pair: dict[str, Any]) -> None:
    response = await client.patch(f"{ACCOUNTS}/{account['id']}", json={"role": "buyer"}, headers=bearer(admin))
    assert response.status_code == 200


async def _log_out(client: httpx.AsyncClient, app: FastAPI, admin: str, account: dict[str, Any],
                   pair: dict[str, Any]) -> None:
    assert (await client.post("/api/v1/auth/logout", headers=bearer(pair["access_token"]))).status_code == 204


async def _reuse_refresh_token(client: httpx.AsyncClient, app: FastAPI, admin: str, account: dict[str, Any],
                               pair: dict[str, Any]) -> None:
    assert (await client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})).is_success
    async with client_from(app) as thief:
        replay = await thief.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert replay.status_code == 401


REVOCATIONS: dict[str, Revoke] = {
    "disabled": _disable, "password reset": _reset_password, "role changed": _change_role,
    "logged out": _log_out, "refresh token reused": _reuse_refresh_token,
}


async def _count(app: FastAPI, model: type[Any]) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("revocation", REVOCATIONS)
async def test_a_revoked_staff_token_is_refused_on_every_gateway_route(
        client: httpx.AsyncClient, app: FastAPI, admin_token: str, revocation: str) -> None:
    account, password = await ready_account(client, admin_token, role="city_staff")
    pair = await token_pair(client, account["username"], password)
    token = bearer(pair["access_token"])
    assert (await client.get(ACCOUNTS, headers=token)).status_code == 200  # it worked before

    await REVOCATIONS[revocation](client, app, admin_token, account, pair)

    users, clients = await _count(app, User), await _count(app, ApiClient)
    rejected = await count_events(app, "token_rejected")
    attempts = [
        client.post(ACCOUNTS, headers=token, json={"username": unique("mole"), "display_name": "内鬼",
                                                   "role": "city_staff"}),
        client.post(CLIENTS, headers=token, json={"name": unique("mole"), "kind": "bank",
                                                  "bank_id": str(PSBC_QINGYUAN)}),
        client.get(ACCOUNTS, headers=token),
        client.get(CLIENTS, headers=token),
        client.get("/api/v1/auth/audit", headers=token),
        client.get("/api/v1/auth/audit/export.xlsx", headers=token),
        client.get("/api/v1/dashboard", headers=token),
        client.get("/api/v1/auth/sessions", headers=token),
    ]
    for attempt in attempts:
        response = await attempt
        assert response.status_code == 401, (response.request.url, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    assert (await _count(app, User), await _count(app, ApiClient)) == (users, clients)
    assert await count_events(app, "token_rejected") == rejected + len(attempts)


async def test_a_disabled_api_client_token_is_refused_at_the_gateway(client: httpx.AsyncClient, app: FastAPI,
                                                                     city_token: str) -> None:
    made = (await client.post(CLIENTS, headers=bearer(city_token), json={
        "name": unique("bank"), "kind": "bank", "bank_id": str(PSBC_QINGYUAN)})).json()
    issued = await client.post("/api/v1/auth/token", data={
        "grant_type": "client_credentials", "client_id": made["client_id"], "client_secret": made["client_secret"]})
    token = bearer(issued.json()["access_token"])
    assert (await client.get("/api/v1/auth/me", headers=token)).status_code == 403  # standing, but not a user
    await client.post(f"{CLIENTS}/{made['client_id']}/disable", headers=bearer(city_token))
    assert (await client.get("/api/v1/auth/me", headers=token)).status_code == 401
