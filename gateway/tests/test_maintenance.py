from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import select, update

from chassis.db import utcnow
from gateway.audit.events import EventKind, record
from gateway.audit.models import SecurityEvent
from gateway.config import Settings
from gateway.maintenance import purge
from gateway.sessions.models import RefreshToken
from gateway.sessions.service import token_hash
from tests.helpers import token_pair

REFRESH = "/api/v1/auth/refresh"


async def test_purge_deletes_refresh_tokens_spent_a_week_ago_and_keeps_live_ones(
        client: httpx.AsyncClient, app: FastAPI, settings: Settings) -> None:
    first = await token_pair(client, "volunteer")
    second = (await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})).json()
    spent = token_hash(first["refresh_token"])
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(update(RefreshToken).where(RefreshToken.token_hash == spent)
                              .values(used_at=utcnow() - timedelta(days=8)))
    async with app.state.sessionmaker() as session, session.begin():
        counts = await purge(session, settings, utcnow())
        gone = await session.scalar(select(RefreshToken.id).where(RefreshToken.token_hash == spent))
    assert counts["refresh_tokens"] >= 1 and gone is None
    assert set(counts) == {"refresh_tokens", "sessions", "registrations", "login_throttles", "security_events"}
    assert (await client.post(REFRESH, json={"refresh_token": second["refresh_token"]})).status_code == 200


async def test_purge_deletes_security_events_past_their_retention_only(app: FastAPI, settings: Settings) -> None:
    now = utcnow()
    kept_days = settings.security_event_retention_days
    async with app.state.sessionmaker() as session, session.begin():
        old = record(session, EventKind.login_failed, client_address="10.1.2.3", reason="old")
        recent = record(session, EventKind.login_failed, client_address="10.1.2.3", reason="recent")
        old.at, recent.at = now - timedelta(days=kept_days + 1), now - timedelta(days=kept_days - 1)
    async with app.state.sessionmaker() as session, session.begin():
        counts = await purge(session, settings, now)
        left = set(await session.scalars(select(SecurityEvent.id).where(SecurityEvent.id.in_([old.id, recent.id]))))
    assert counts["security_events"] >= 1 and left == {recent.id}
