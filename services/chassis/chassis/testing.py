"""Test helpers every package's conftest uses: a throwaway database (SQLite or PostgreSQL), tokens.

`XQ_TEST_DB=postgres` runs a suite on PostgreSQL (`XQ_TEST_PG_URL`, default the local cluster): each run
creates its own database and drops it afterwards; it never touches data it did not create.
"""

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from functools import cache
from ipaddress import ip_address
from pathlib import Path
from typing import Any, TypeVar
from unittest import mock

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi import FastAPI
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from chassis import egress, migrations
from chassis.auth import jwt
from chassis.auth.principal import Role
from chassis.db import make_engine
from chassis.settings import ServiceSettings

ISSUER = "xiangqing-gateway"
AUDIENCE = "xiangqing"
DEFAULT_PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
T = TypeVar("T")


def test_backend() -> str:
    return os.environ.get("XQ_TEST_DB", "sqlite")


@cache
def signing_key() -> str:
    return jwt.generate_private_key_pem()


def public_key() -> str:
    return jwt.public_key_pem(signing_key())


def mint_token(role: Role | str, *, sub: str | None = None, county: str | None = None,
               bank_id: uuid.UUID | str | None = None, scope: str = "", ttl_seconds: int = 900,
               private_key: str | None = None, issuer: str = ISSUER, audience: str = AUDIENCE,
               now: int | None = None, **extra: Any) -> str:
    claims: dict[str, Any] = {"sub": sub or str(uuid.uuid4()), "role": str(role), "scope": scope, **extra}
    if county:
        claims["county"] = county
    if bank_id:
        claims["bank_id"] = str(bank_id)
    return jwt.sign(claims, private_key or signing_key(), ttl_seconds=ttl_seconds, issuer=issuer,
                    audience=audience, now=now)


def auth_header(role: Role | str, **kwargs: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_token(role, **kwargs)}"}


async def _admin_execute(admin_url: str, statement: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine to completion, also from code already inside an event loop (async fixtures)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@contextmanager
def throwaway_database(name: str) -> Iterator[str]:
    """A URL of a new, empty database for one test run; dropped (or deleted) afterwards."""
    if test_backend() == "postgres":
        admin_url = os.environ.get("XQ_TEST_PG_URL", DEFAULT_PG_URL)
        database = f"xq_test_{name}_{uuid.uuid4().hex[:10]}"
        run_sync(_admin_execute(admin_url, f'CREATE DATABASE "{database}"'))
        try:
            yield admin_url.rsplit("/", 1)[0] + f"/{database}"
        finally:
            run_sync(_admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    else:
        with tempfile.TemporaryDirectory(prefix=f"xq-{name}-") as folder:
            yield f"sqlite+aiosqlite:///{Path(folder) / f'{name}.db'}"


@contextmanager
def resolving(names: Mapping[str, Sequence[str]]) -> Iterator[dict[str, list[str]]]:
    """DNS for tests: each name resolves to its addresses (an answer changed in the dict it yields takes
    effect at once, as in a DNS rebinding); any other name or an IP literal as the system resolves it."""
    table = {name: list(addresses) for name, addresses in names.items()}
    system = egress.addresses_of

    async def lookup(host: str, port: int) -> list[egress.IPAddress]:
        if host in table:
            return [ip_address(address) for address in table[host]]
        return await system(host, port)

    with mock.patch.object(egress, "addresses_of", lookup):
        yield table


@asynccontextmanager
async def app_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client over the ASGI app, with the app's lifespan (engine, keys) running."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client


def migrations_roundtrip(migrations_dir: Path, metadata: MetaData, name: str) -> None:
    """Up, down to nothing, up again on a fresh database; then the schema matches the models exactly."""
    with throwaway_database(f"{name}_migrations") as url:
        migrations.upgrade(migrations_dir, url)
        migrations.downgrade(migrations_dir, url)
        migrations.upgrade(migrations_dir, url)
        drift = run_sync(_schema_drift(url, metadata, name))
        assert drift == [], f"models and migrations differ: {drift}"


async def _schema_drift(url: str, metadata: MetaData, name: str) -> list[Any]:
    settings = ServiceSettings(service_name=name, database_url=url)
    engine = make_engine(settings)

    def compare(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return [d for d in compare_metadata(context, metadata) if not _is_version_table(d)]

    try:
        async with engine.connect() as connection:
            return await connection.run_sync(compare)
    finally:
        await engine.dispose()


def _is_version_table(diff: Any) -> bool:
    return isinstance(diff, tuple) and diff[0] == "remove_table" and diff[1].name.startswith("alembic_version")


def service_fixtures(name: str, create_app: Callable[..., FastAPI], settings_class: type[ServiceSettings],
                     migrations_dir: Path, **settings: Any) -> tuple[Any, Any, Any]:
    """A service's test fixtures, for its conftest: `database_url, app, client = service_fixtures(...)`.

    One migrated throwaway database per test run, the app on it (tokens from `mint_token` verify), and an
    httpx client over the app with its lifespan running.
    """

    @pytest.fixture(scope="session")
    def database_url() -> Iterator[str]:
        with throwaway_database(name) as url:
            migrations.upgrade(migrations_dir, url)
            yield url

    @pytest.fixture(scope="session")
    def app(database_url: str) -> FastAPI:
        return create_app(settings_class(database_url=database_url, jwt_public_key=public_key(),
                                         environment="test", access_log=False, **settings))

    @pytest.fixture(scope="session")
    async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
        async with app_client(app) as client:
            yield client

    return database_url, app, client
