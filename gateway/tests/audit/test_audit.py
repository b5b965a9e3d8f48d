import io
import uuid
from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from openpyxl import load_workbook

from tests.helpers import bearer, client_from, ready_account

AUDIT = "/api/v1/auth/audit"


async def test_logins_and_failures_are_in_the_audit_by_subject(client: httpx.AsyncClient, app: FastAPI,
                                                               city_token: str) -> None:
    account, password = await ready_account(client, city_token)
    async with client_from(app, "10.99.0.7") as caller:
        await caller.post("/api/v1/auth/token", data={"username": account["username"], "password": "wrong-one"})
        await caller.post("/api/v1/auth/token", data={"username": account["username"], "password": password})
    response = await client.get(AUDIT, params={"subject": account["id"]}, headers=bearer(city_token))
    assert response.status_code == 200
    kinds = [event["kind"] for event in response.json()["items"]]
    assert kinds[:2] == ["login_succeeded", "login_failed"]
    assert {"account_created", "password_changed"} <= set(kinds)
    failed = next(e for e in response.json()["items"] if e["kind"] == "login_failed")
    assert failed["client_address"] == "10.99.0.7" and failed["detail"]["reason"] == "wrong password"
    assert password not in response.text


async def test_the_audit_filters_by_kind_and_time(client: httpx.AsyncClient, city_token: str) -> None:
    since = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    response = await client.get(AUDIT, params={"kind": "login_succeeded", "from": since, "limit": 5},
                                headers=bearer(city_token))
    body = response.json()
    assert body["total"] >= 1 and len(body["items"]) <= 5
    assert {event["kind"] for event in body["items"]} == {"login_succeeded"}
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert (await client.get(AUDIT, params={"from": future}, headers=bearer(city_token))).json()["total"] == 0
    assert (await client.get(AUDIT, params={"kind": "made_up"}, headers=bearer(city_token))).status_code == 422


async def test_the_audit_exports_to_excel(client: httpx.AsyncClient, city_token: str) -> None:
    response = await client.get(f"{AUDIT}/export.xlsx", params={"kind": "login_succeeded"},
                                headers=bearer(city_token))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "事件 Kind" and len(rows) > 1 and {row[1] for row in rows[1:]} == {"login_succeeded"}


async def test_the_audit_sheet_holds_no_formula_even_when_callers_type_one(client: httpx.AsyncClient,
                                                                             city_token: str) -> None:
    login = "=cmd|' /C calc'!A0"
    await client.post("/api/v1/auth/token", data={"grant_type": "password", "username": login, "password": "x"})
    response = await client.get(f"{AUDIT}/export.xlsx", params={"kind": "login_failed"}, headers=bearer(city_token))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    details = [row[6] for row in sheet.iter_rows(min_row=2) if login in str(row[6].value)]
    assert details and all(cell.data_type == "s" for cell in details)
    assert all(not str(cell.value).startswith("=") for row in sheet.iter_rows() for cell in row)


async def test_only_admins_and_city_staff_read_the_audit(client: httpx.AsyncClient, county_token: str,
                                                         entrepreneur_token: str) -> None:
    assert (await client.get(AUDIT, headers=bearer(county_token))).status_code == 403
    assert (await client.get(f"{AUDIT}/export.xlsx", headers=bearer(entrepreneur_token))).status_code == 403


async def test_an_unknown_subject_has_no_events(client: httpx.AsyncClient, admin_token: str) -> None:
    response = await client.get(AUDIT, params={"subject": str(uuid.uuid4())}, headers=bearer(admin_token))
    assert response.json() == {"items": [], "total": 0, "limit": 50, "offset": 0}
