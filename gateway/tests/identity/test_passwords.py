import uuid

import httpx
from fastapi import FastAPI

from gateway.identity.passwords import hash_password, strength
from tests.helpers import STRONG_PASSWORD, bearer, client_from, count_events, create_account, ready_account, token_pair

PASSWORD = "/api/v1/auth/password"
REFRESH = "/api/v1/auth/refresh"
NEW = "Yingde black tea, 1959"


def test_common_passwords_score_under_three_and_a_passphrase_does_not() -> None:
    assert strength("password123")["score"] < 3
    assert strength("iloveyou2026")["score"] < 3
    assert strength(STRONG_PASSWORD)["score"] >= 3


def test_a_password_hash_is_argon2() -> None:
    assert hash_password("whatever it is").startswith("$argon2id$")


async def test_a_password_under_ten_characters_is_422(client: httpx.AsyncClient, admin_token: str) -> None:
    made = await create_account(client, admin_token)
    response = await client.post("/api/v1/auth/password/forced-change", json={
        "username": made["account"]["username"], "current_password": made["temporary_password"],
        "new_password": "Xq7#short"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "new_password"]


async def test_a_guessable_password_is_refused_with_advice(client: httpx.AsyncClient, admin_token: str) -> None:
    made = await create_account(client, admin_token, username=f"lihua-{uuid.uuid4().hex[:6]}")
    for weak in ("password1234", "qwertyuiop123", "1234567890", made["account"]["username"] + "2026"):
        response = await client.post("/api/v1/auth/password/forced-change", json={
            "username": made["account"]["username"], "current_password": made["temporary_password"],
            "new_password": weak})
        assert response.status_code == 422, weak
        body = response.json()
        assert body["type"].endswith("/weak-password") and body["score"] < 3
    login = await client.post("/api/v1/auth/token", data={"username": made["account"]["username"],
                                                          "password": made["temporary_password"]})
    assert login.status_code == 403  # still the temporary password, still to be changed


async def test_users_change_their_password_and_their_other_sessions_end(client: httpx.AsyncClient, app: FastAPI,
                                                                        admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    here = await token_pair(client, account["username"], password)
    other = await token_pair(client, account["username"], password)
    response = await client.post(PASSWORD, json={"current_password": password, "new_password": NEW},
                                 headers=bearer(here["access_token"]))
    assert response.status_code == 204
    assert (await client.post(REFRESH, json={"refresh_token": other["refresh_token"]})).status_code == 401
    assert (await client.post(REFRESH, json={"refresh_token": here["refresh_token"]})).status_code == 200
    await token_pair(client, account["username"], NEW)
    assert await count_events(app, "password_changed", subject_user_id=uuid.UUID(account["id"])) >= 2


async def test_changing_a_password_needs_the_current_one(client: httpx.AsyncClient, app: FastAPI,
                                                         admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    async with client_from(app) as elsewhere:
        token = (await token_pair(elsewhere, account["username"], password))["access_token"]
        response = await elsewhere.post(PASSWORD, json={"current_password": "not-my-password", "new_password": NEW},
                                        headers=bearer(token))
    assert response.status_code == 401
    await token_pair(client, account["username"], password)


async def test_the_password_body_forbids_unknown_fields(client: httpx.AsyncClient, entrepreneur_token: str) -> None:
    response = await client.post(PASSWORD, json={"current_password": "x", "new_password": STRONG_PASSWORD,
                                                 "must_change_password": False}, headers=bearer(entrepreneur_token))
    assert response.status_code == 422
