"""Helpers the gateway's tests share: logins, accounts made by staff, client addresses, security events."""

import itertools
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from gateway.audit.models import SecurityEvent
from gateway.demo import DEMO_PASSWORD
from gateway.registration.senders import MemorySender


async def login(client: httpx.AsyncClient, username: str, password: str = DEMO_PASSWORD) -> str:
    response = await client.post("/api/v1/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


_addresses = itertools.count(1)


def new_address() -> str:
    """A client address no other test uses, so one test's failed logins never slow another's."""
    n = next(_addresses)
    return f"10.77.{n // 250}.{n % 250 + 1}"


@asynccontextmanager
async def client_from(app: FastAPI, address: str | None = None) -> AsyncIterator[httpx.AsyncClient]:
    """Another client of the running app (the `client` fixture's lifespan), calling from its own address."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(address or new_address(), 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        yield other


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def create_account(client: httpx.AsyncClient, token: str, **fields: Any) -> dict[str, Any]:
    """An account made by staff; returns the answer (account and temporary password)."""
    body = {"username": unique("user"), "display_name": "测试 用户", "role": "entrepreneur", **fields}
    response = await client.post("/api/v1/auth/accounts", json=body, headers=bearer(token))
    assert response.status_code == 201, response.text
    return dict(response.json())


STRONG_PASSWORD = "Lianzhou-tea-terraces-1989"


async def ready_account(client: httpx.AsyncClient, admin_token: str, **fields: Any) -> tuple[dict[str, Any], str]:
    """An account whose owner has chosen their password (STRONG_PASSWORD): ready to log in."""
    made = await create_account(client, admin_token, **fields)
    response = await client.post("/api/v1/auth/password/forced-change", json={
        "username": made["account"]["username"], "current_password": made["temporary_password"],
        "new_password": STRONG_PASSWORD})
    assert response.status_code == 200, response.text
    return made["account"], STRONG_PASSWORD


async def token_pair(client: httpx.AsyncClient, username: str, password: str = DEMO_PASSWORD) -> dict[str, Any]:
    response = await client.post("/api/v1/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return dict(response.json())


async def count_events(app: FastAPI, kind: str, **where: Any) -> int:
    statement = select(func.count()).select_from(SecurityEvent).where(SecurityEvent.kind == kind)
    for column, value in where.items():
        statement = statement.where(getattr(SecurityEvent, column) == value)
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(statement) or 0)


def sent_codes(app: FastAPI) -> MemorySender:
    sender: MemorySender = app.state.code_sender
    return sender
