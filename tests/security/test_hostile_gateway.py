"""Hostile input to the gateway's own write routes, formulas in the security-event export, and path tricks at
the proxy (the checks: tests/security/hostile.py)."""

import itertools
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from chassis.auth.principal import Role
from chassis.problems import PROBLEM_MEDIA_TYPE
from tests.security.hostile import (
    FORMULAS,
    Call,
    WriteRoute,
    assert_exported_as_text,
    raw_request,
    unique,
    write_route_tests,
)
from tests.security.seeded import app_fixtures, gateway_login_form

API = "/api/v1/auth"
app, client = app_fixtures("gateway", demo=True)
_mobiles = itertools.count(10_000_000)
_tokens: dict[Role, str] = {}


async def bearer(client: httpx.AsyncClient, role: Role) -> dict[str, str]:
    """The demo account's token (one login per role for the module)."""
    if role not in _tokens:
        response = await client.post(f"{API}/token", data=gateway_login_form(role))
        assert response.status_code == 200, response.text
        _tokens[role] = response.json()["access_token"]
    return {"Authorization": f"Bearer {_tokens[role]}"}


def account() -> dict[str, Any]:
    return {"username": unique("sweep-"), "display_name": "测试 用户", "role": "entrepreneur"}


def api_client() -> dict[str, Any]:
    return {"name": unique("邮储银行信贷系统"), "kind": "bank", "bank_id": str(uuid.uuid4())}


def registration() -> dict[str, Any]:
    return {"mobile": f"139{next(_mobiles):08d}", "role": "buyer", "display_name": "食堂采购 刘洋"}


async def as_admin(client: httpx.AsyncClient, path: str) -> Call:
    return Call(path, await bearer(client, Role.admin))


async def an_account(client: httpx.AsyncClient) -> Call:
    return await as_admin(client, f"{API}/accounts")


async def a_client(client: httpx.AsyncClient) -> Call:
    return await as_admin(client, f"{API}/clients")


async def yourself(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/me", await bearer(client, Role.volunteer))


ROUTES = [
    WriteRoute("create an account", "POST", f"{API}/accounts", "user_account", account, prepare=an_account,
               names=["display_name"]),
    WriteRoute("create an API client", "POST", f"{API}/clients", "api_client", api_client, prepare=a_client,
               names=["name"]),
    WriteRoute("start a registration", "POST", f"{API}/registrations", "registration", registration,
               names=["display_name"], status=202),
    WriteRoute("change your name", "PATCH", f"{API}/me", "user_account", lambda: {"display_name": "张悦"},
               prepare=yourself, names=["display_name"], status=200, adds=False),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)


async def test_formulas_typed_at_the_login_are_exported_as_text(client: httpx.AsyncClient) -> None:
    """Anyone may type a login; the security events keep what they typed, and the export shows it as text."""
    typed = [formula for formula in FORMULAS if '"' not in formula]  # the detail cell is JSON: quotes escaped
    for login in typed:
        failed = await client.post(f"{API}/token", data={"username": login, "password": "wrong"})
        assert failed.status_code == 401, failed.text
    named = await client.post(f"{API}/accounts", json={**account(), "display_name": FORMULAS[0]},
                              headers=await bearer(client, Role.admin))
    assert named.status_code == 201, named.text
    export = await client.get(f"{API}/audit/export.xlsx", headers=await bearer(client, Role.admin))
    assert export.status_code == 200, export.text
    assert_exported_as_text(export.content, typed)


PATH_TRICKS = [b"/api/v1/loans/../../metrics", b"/api/v1/loans/../../../metrics", b"/api/v1/loans/./banks",
               b"/api/v1/loans/%2e%2e/%2e%2e/metrics", b"/api/v1/loans/%2E%2E/docs",
               b"/api/v1/loans/banks%2f..%2fmetrics", b"/api/v1/loans/..%5c..%5cmetrics",
               b"/api/v1/products/..\\..\\metrics", b"/api/v1/training/%2e/stats"]


@pytest.mark.parametrize("raw_path", PATH_TRICKS, ids=[path.decode() for path in PATH_TRICKS])
async def test_a_path_trick_at_the_proxy_is_refused(app: FastAPI, client: httpx.AsyncClient, raw_path: bytes) -> None:
    status, headers, body = await raw_request(app, "GET", raw_path)
    assert status == 400, body
    assert headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
