import uuid

import httpx
from fastapi import FastAPI

from gateway.demo import DEMO_PASSWORD, PSBC_QINGYUAN, demo_user_id
from tests.helpers import (
    STRONG_PASSWORD,
    bearer,
    client_from,
    count_events,
    create_account,
    ready_account,
    token_pair,
    unique,
)

ACCOUNTS = "/api/v1/auth/accounts"
YINGDE, LIANZHOU = "441881", "441882"


async def test_staff_create_an_account_with_a_temporary_password_shown_once(client: httpx.AsyncClient,
                                                                           city_token: str) -> None:
    made = await create_account(client, city_token, role="county_staff", county_code=LIANZHOU)
    assert made["account"]["role"] == "county_staff" and made["account"]["county_code"] == LIANZHOU
    assert made["account"]["must_change_password"] is True
    assert len(made["temporary_password"]) >= 12
    again = await client.get(f"{ACCOUNTS}/{made['account']['id']}", headers=bearer(city_token))
    assert "temporary_password" not in again.json() and "password_hash" not in again.json()


async def test_a_bank_officer_account_names_its_bank(client: httpx.AsyncClient, city_token: str) -> None:
    made = await create_account(client, city_token, role="bank_officer", bank_id=str(PSBC_QINGYUAN))
    assert made["account"]["bank_id"] == str(PSBC_QINGYUAN)


async def test_county_and_bank_go_only_with_their_roles(client: httpx.AsyncClient, city_token: str) -> None:
    for body in ({"role": "entrepreneur", "county_code": YINGDE}, {"role": "county_staff"},
                 {"role": "buyer", "bank_id": str(PSBC_QINGYUAN)}, {"role": "county_staff", "county_code": "110101"},
                 {"role": "service"}):
        response = await client.post(ACCOUNTS, json={"username": unique("u"), "display_name": "x", **body},
                                     headers=bearer(city_token))
        assert response.status_code == 422, body


async def test_unknown_fields_are_422_and_change_nothing(client: httpx.AsyncClient, city_token: str,
                                                         entrepreneur_token: str) -> None:
    name = unique("u")
    response = await client.post(ACCOUNTS, json={"username": name, "display_name": "x", "role": "buyer",
                                                 "is_active": False, "password_hash": "x"}, headers=bearer(city_token))
    assert response.status_code == 422
    listed = await client.get(ACCOUNTS, params={"q": name}, headers=bearer(city_token))
    assert listed.json()["total"] == 0
    me = await client.patch("/api/v1/auth/me", json={"display_name": "黄小龙", "role": "admin"},
                            headers=bearer(entrepreneur_token))
    assert me.status_code == 422
    assert (await client.get("/api/v1/auth/me", headers=bearer(entrepreneur_token))).json()["role"] == "entrepreneur"


async def test_users_change_their_own_name_only(client: httpx.AsyncClient, admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    token = (await token_pair(client, account["username"], password))["access_token"]
    response = await client.patch("/api/v1/auth/me", json={"display_name": "新名字"}, headers=bearer(token))
    assert response.status_code == 200 and response.json()["display_name"] == "新名字"


async def test_county_staff_see_only_their_countys_accounts(client: httpx.AsyncClient, city_token: str,
                                                            county_token: str) -> None:
    mine = await create_account(client, city_token, role="county_staff", county_code=YINGDE)
    other = await create_account(client, city_token, role="county_staff", county_code=LIANZHOU)
    response = await client.get(ACCOUNTS, params={"limit": 200}, headers=bearer(county_token))
    assert response.status_code == 200
    rows = response.json()["items"]
    assert rows and {row["county_code"] for row in rows} == {YINGDE}
    assert mine["account"]["id"] in {row["id"] for row in rows}
    asked = await client.get(ACCOUNTS, params={"county": LIANZHOU}, headers=bearer(county_token))
    assert asked.json()["total"] == 0
    one = await client.get(f"{ACCOUNTS}/{other['account']['id']}", headers=bearer(county_token))
    assert one.status_code == 404


async def test_city_staff_list_with_filters_and_pages(client: httpx.AsyncClient, city_token: str) -> None:
    tag = unique("filter")
    for _ in range(3):
        await create_account(client, city_token, username=unique(tag), role="volunteer")
    page = (await client.get(ACCOUNTS, params={"q": tag, "role": "volunteer", "limit": 2},
                             headers=bearer(city_token))).json()
    assert page["total"] == 3 and len(page["items"]) == 2 and page["limit"] == 2
    assert (await client.get(ACCOUNTS, params={"limit": 201}, headers=bearer(city_token))).status_code == 422


async def test_county_staff_and_the_public_do_not_manage_accounts(client: httpx.AsyncClient, county_token: str,
                                                                  entrepreneur_token: str) -> None:
    body = {"username": unique("u"), "display_name": "x", "role": "buyer"}
    assert (await client.post(ACCOUNTS, json=body, headers=bearer(county_token))).status_code == 403
    assert (await client.get(ACCOUNTS, headers=bearer(entrepreneur_token))).status_code == 403
    assert (await client.get(ACCOUNTS)).status_code == 401


async def test_only_an_admin_makes_or_manages_admins(client: httpx.AsyncClient, city_token: str,
                                                     admin_token: str) -> None:
    body = {"username": unique("u"), "display_name": "x", "role": "admin"}
    assert (await client.post(ACCOUNTS, json=body, headers=bearer(city_token))).status_code == 403
    admin_id = demo_user_id("admin")
    assert (await client.post(f"{ACCOUNTS}/{admin_id}/disable", headers=bearer(city_token))).status_code == 403
    assert (await client.post(ACCOUNTS, json=body, headers=bearer(admin_token))).status_code == 201


async def test_nobody_disables_themselves(client: httpx.AsyncClient, admin_token: str) -> None:
    response = await client.post(f"{ACCOUNTS}/{demo_user_id('admin')}/disable", headers=bearer(admin_token))
    assert response.status_code == 403


async def test_a_disabled_account_cannot_log_in_until_enabled(client: httpx.AsyncClient, app: FastAPI,
                                                              city_token: str) -> None:
    account, password = await ready_account(client, city_token)
    await client.post(f"{ACCOUNTS}/{account['id']}/disable", headers=bearer(city_token))
    async with client_from(app) as elsewhere:
        refused = await elsewhere.post("/api/v1/auth/token",
                                       data={"username": account["username"], "password": password})
    assert refused.status_code == 401
    enabled = await client.post(f"{ACCOUNTS}/{account['id']}/enable", headers=bearer(city_token))
    assert enabled.json()["is_active"] is True
    await token_pair(client, account["username"], password)
    subject = uuid.UUID(account["id"])
    assert await count_events(app, "account_disabled", subject_user_id=subject) == 1
    assert await count_events(app, "account_enabled", subject_user_id=subject) == 1


async def test_a_role_change_ends_the_sessions_and_the_next_login_carries_it(
        client: httpx.AsyncClient, app: FastAPI, city_token: str) -> None:
    account, password = await ready_account(client, city_token, role="buyer")
    pair = await token_pair(client, account["username"], password)
    response = await client.patch(f"{ACCOUNTS}/{account['id']}", json={"role": "county_staff", "county_code": YINGDE},
                                  headers=bearer(city_token))
    assert response.status_code == 200 and response.json()["county_code"] == YINGDE
    assert await count_events(app, "role_changed", subject_user_id=uuid.UUID(account["id"])) == 1
    assert (await client.get("/api/v1/auth/me", headers=bearer(pair["access_token"]))).status_code == 401
    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert refreshed.status_code == 401
    again = await token_pair(client, account["username"], password)
    me = await client.get("/api/v1/auth/me", headers=bearer(again["access_token"]))
    assert me.json()["role"] == "county_staff"
    missing_county = await client.patch(f"{ACCOUNTS}/{account['id']}", json={"role": "bank_officer"},
                                        headers=bearer(city_token))
    assert missing_county.status_code == 422


async def test_a_reset_forces_a_new_password_at_the_next_login(client: httpx.AsyncClient, app: FastAPI,
                                                               city_token: str) -> None:
    account, password = await ready_account(client, city_token)
    old = await token_pair(client, account["username"], password)
    reset = await client.post(f"{ACCOUNTS}/{account['id']}/password-reset", headers=bearer(city_token))
    assert reset.status_code == 200 and reset.json()["account"]["must_change_password"] is True
    temporary = reset.json()["temporary_password"]
    assert (await client.post("/api/v1/auth/refresh", json={"refresh_token": old["refresh_token"]})).status_code == 401
    login = await client.post("/api/v1/auth/token", data={"username": account["username"], "password": temporary})
    assert login.status_code == 403
    assert login.json()["type"].endswith("/password-change-required")
    assert login.json()["change_url"] == "/api/v1/auth/password/forced-change"
    assert "access_token" not in login.json()
    changed = await client.post("/api/v1/auth/password/forced-change", json={
        "username": account["username"], "current_password": temporary, "new_password": STRONG_PASSWORD + "!"})
    assert changed.status_code == 200 and changed.json()["refresh_token"]
    assert await count_events(app, "password_reset", subject_user_id=uuid.UUID(account["id"])) == 1


async def test_a_forced_change_needs_the_right_temporary_password(client: httpx.AsyncClient, app: FastAPI,
                                                                   city_token: str) -> None:
    made = await create_account(client, city_token)
    async with client_from(app) as elsewhere:
        response = await elsewhere.post("/api/v1/auth/password/forced-change", json={
            "username": made["account"]["username"], "current_password": "wrong-temporary",
            "new_password": STRONG_PASSWORD})
    assert response.status_code == 401


async def test_the_demo_accounts_still_log_in(client: httpx.AsyncClient) -> None:
    for username in ("admin", "city", "county", "bank", "entrepreneur", "buyer", "volunteer"):
        assert (await token_pair(client, username, DEMO_PASSWORD))["access_token"]
