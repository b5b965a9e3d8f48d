import httpx
from fastapi import FastAPI

from chassis.auth import jwt
from tests.helpers import bearer, client_from, count_events, ready_account, token_pair

REFRESH = "/api/v1/auth/refresh"


def _claims(app: FastAPI, token: str) -> dict[str, object]:
    return jwt.verify(token, app.state.key_ring.verification_keys(), issuer="xiangqing-gateway",
                      audience="xiangqing")


async def test_login_answers_an_access_token_and_a_refresh_token(client: httpx.AsyncClient) -> None:
    body = await token_pair(client, "city")
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token", "scope"}
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    assert len(body["refresh_token"]) >= 40 and body["refresh_token"].count(".") == 0


async def test_a_refresh_gives_new_tokens_of_the_same_session(client: httpx.AsyncClient, app: FastAPI) -> None:
    first = await token_pair(client, "county")
    response = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert response.status_code == 200
    second = response.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert _claims(app, second["access_token"])["sid"] == _claims(app, first["access_token"])["sid"]
    assert _claims(app, second["access_token"])["county"] == "441881"


async def test_the_token_endpoint_also_takes_the_refresh_token_grant(client: httpx.AsyncClient) -> None:
    first = await token_pair(client, "county")
    response = await client.post("/api/v1/auth/token", data={"grant_type": "refresh_token",
                                                             "refresh_token": first["refresh_token"]})
    assert response.status_code == 200
    assert response.json()["refresh_token"] != first["refresh_token"]


async def test_a_spent_refresh_token_used_again_revokes_the_whole_family(client: httpx.AsyncClient,
                                                                         app: FastAPI) -> None:
    first = await token_pair(client, "county")
    second = (await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})).json()
    before = await count_events(app, "refresh_reused")
    async with client_from(app) as thief:
        replay = await thief.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    assert replay.json()["error"] == "invalid_grant"
    assert await count_events(app, "refresh_reused") == before + 1
    # The family is dead: the newest token of it, the rightful user's, no longer works either.
    assert (await client.post(REFRESH, json={"refresh_token": second["refresh_token"]})).status_code == 401


async def test_an_unknown_refresh_token_is_401(client: httpx.AsyncClient) -> None:
    response = await client.post(REFRESH, json={"refresh_token": "not-a-token-we-made"})
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"


async def test_the_refresh_body_forbids_unknown_fields(client: httpx.AsyncClient) -> None:
    response = await client.post(REFRESH, json={"refresh_token": "x", "role": "admin"})
    assert response.status_code == 422


async def test_logout_revokes_the_session_and_its_refresh_token(client: httpx.AsyncClient) -> None:
    pair = await token_pair(client, "buyer")
    assert (await client.post("/api/v1/auth/logout", headers=bearer(pair["access_token"]))).status_code == 204
    assert (await client.post(REFRESH, json={"refresh_token": pair["refresh_token"]})).status_code == 401
    # The gateway's own routes refuse the session's access token at once.
    assert (await client.get("/api/v1/auth/me", headers=bearer(pair["access_token"]))).status_code == 401


async def test_users_see_their_sessions_and_which_is_this_one(client: httpx.AsyncClient, admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    here = await token_pair(client, account["username"], password)
    elsewhere = await token_pair(client, account["username"], password)
    response = await client.get("/api/v1/auth/sessions", headers=bearer(here["access_token"]))
    assert response.status_code == 200
    sessions = response.json()
    assert len(sessions) == 3  # the forced change logged in too
    assert [s["current"] for s in sessions].count(True) == 1
    assert {"id", "created_at", "last_used_at", "expires_at", "user_agent", "client_address"} <= sessions[0].keys()
    other = next(s for s in sessions if not s["current"])
    ended = await client.delete(f"/api/v1/auth/sessions/{other['id']}", headers=bearer(here["access_token"]))
    assert ended.status_code == 204
    assert len((await client.get("/api/v1/auth/sessions", headers=bearer(here["access_token"]))).json()) == 2
    assert elsewhere["refresh_token"]


async def test_nobody_ends_another_users_session(client: httpx.AsyncClient, admin_token: str) -> None:
    victim = await token_pair(client, "volunteer")
    sessions = (await client.get("/api/v1/auth/sessions", headers=bearer(victim["access_token"]))).json()
    attacker = await token_pair(client, "buyer")
    response = await client.delete(f"/api/v1/auth/sessions/{sessions[0]['id']}",
                                   headers=bearer(attacker["access_token"]))
    assert response.status_code == 404
    assert (await client.post(REFRESH, json={"refresh_token": victim["refresh_token"]})).status_code == 200
