"""API clients: partner banks' systems and our own services, authenticated with OAuth2 client credentials."""

import hashlib
import hmac
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from chassis.auth.principal import Principal
from chassis.pagination import PageParams, fetch_page
from chassis.problems import BadRequest, NotFound, Unauthorized
from gateway.audit.events import EventKind, record, seen_from
from gateway.clients.models import ApiClient, ClientKind
from gateway.clients.schemas import ClientCreate
from gateway.db import own_transaction
from gateway.guard import throttle
from gateway.guard.addresses import client_address
from gateway.identity.tokens import opaque_token


class InvalidClient(Unauthorized):
    slug, title = "invalid-client", "Client authentication failed"

    def __init__(self) -> None:
        super().__init__("The client id or secret is wrong, or the client is disabled.", error="invalid_client")
        self.headers = {"WWW-Authenticate": 'Basic realm="xiangqing"'}


class InvalidScope(BadRequest):
    slug, title = "invalid-scope", "Scope not allowed"


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _matches(secret: str, stored: str | None) -> bool:
    return stored is not None and hmac.compare_digest(secret_hash(secret), stored)


async def create_client(*, session: AsyncSession, connection: HTTPConnection, actor: Principal,
                        data: ClientCreate) -> tuple[ApiClient, str]:
    secret = opaque_token()
    client = ApiClient(id=uuid.uuid4(), name=data.name, kind=data.kind, bank_id=data.bank_id,
                       service_name=data.service_name, scope=data.granted_scope(), secret_hash=secret_hash(secret),
                       created_by=uuid.UUID(actor.subject))
    session.add(client)
    await session.flush()
    record(session, EventKind.client_created, actor=actor.subject, client_address=client_address(connection),
           client_id=client.id, client_kind=data.kind.value, scope=client.scope)
    return client, secret


async def get_client(*, session: AsyncSession, client_id: uuid.UUID) -> ApiClient:
    client = await session.get(ApiClient, client_id)
    if client is None:
        raise NotFound("No such API client.")
    return client


async def list_clients(*, session: AsyncSession, page: PageParams, kind: ClientKind | None,
                       bank_id: uuid.UUID | None) -> tuple[list[ApiClient], int]:
    statement = select(ApiClient).order_by(ApiClient.created_at.desc(), ApiClient.id)
    if kind is not None:
        statement = statement.where(ApiClient.kind == kind)
    if bank_id is not None:
        statement = statement.where(ApiClient.bank_id == bank_id)
    return await fetch_page(session, statement, page)


async def rotate_secret(*, session: AsyncSession, connection: HTTPConnection, actor: Principal, client: ApiClient,
                        overlap_hours: int, now: datetime) -> str:
    """A new secret; the current one keeps working `overlap_hours` (0: stops now). An older one stops now."""
    secret = opaque_token()
    client.previous_secret_hash = client.secret_hash if overlap_hours else None
    client.previous_secret_expires_at = now + timedelta(hours=overlap_hours) if overlap_hours else None
    client.secret_hash = secret_hash(secret)
    client.secret_rotated_at = now
    record(session, EventKind.client_secret_rotated, actor=actor.subject, client_address=client_address(connection),
           client_id=client.id, overlap_hours=overlap_hours)
    return secret


def set_active(*, session: AsyncSession, connection: HTTPConnection, actor: Principal, client: ApiClient,
               active: bool) -> None:
    client.is_active = active
    record(session, EventKind.client_enabled if active else EventKind.client_disabled, actor=actor.subject,
           client_address=client_address(connection), client_id=client.id)


async def authenticate_client(*, session: AsyncSession, connection: HTTPConnection, client_id: str, secret: str,
                              now: datetime) -> ApiClient:
    """The active client with this id and secret (the current one, or the previous within its overlap)."""
    policy = throttle.login_policy(connection.app.state.settings)
    address = client_address(connection)
    try:
        client = await session.get(ApiClient, uuid.UUID(client_id))
    except ValueError:
        client = None
    keys = throttle.ThrottleKeys.of(f"client:{client_id[:64]}", address)
    await throttle.ensure_may_try(session, keys, policy, now, known_place=lambda: seen_from(
        session, address=address, now=now, client_id=client.id if client else None))
    in_overlap = client is not None and client.previous_secret_expires_at is not None \
        and client.previous_secret_expires_at > now
    current = client is not None and _matches(secret, client.secret_hash)
    previous = client is not None and in_overlap and _matches(secret, client.previous_secret_hash)
    if client is None or not client.is_active or not (current or previous):
        async with own_transaction(connection) as own:
            counted = await throttle.record_failure(own, keys, policy, now)
            record(own, EventKind.client_authentication_failed, client_address=address,
                   client_id=client.id if client else None, given_client_id=client_id[:64])
            if counted.slowed:
                record(own, EventKind.login_slowed, client_address=address, client_id=client.id if client else None,
                       given_client_id=client_id[:64], failures=policy.slow_failures,
                       max_wait_seconds=policy.slow_max_seconds)
        raise InvalidClient()
    await throttle.clear(session, keys.pair)
    client.last_used_at = now
    record(session, EventKind.client_authenticated, actor=str(client.id), client_address=address,
           client_id=client.id, previous_secret=previous and not current)
    return client


def granted_scope(client: ApiClient, requested: str | None) -> str:
    allowed = client.scope.split()
    if not requested:
        return client.scope
    wanted = requested.split()
    if not set(wanted) <= set(allowed):
        raise InvalidScope(f"This client may ask for: {client.scope or 'no scope'}.", error="invalid_scope")
    return " ".join(sorted(set(wanted)))
