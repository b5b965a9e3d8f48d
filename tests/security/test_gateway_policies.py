"""The gateway's own routes declare who may call them too; those that need a token refuse callers without one.

(The proxy and the SPA fallback declare nothing on purpose: each service authorizes its own routes, which
test_policy_matrix.py proves. Which role may do what at the gateway is proven in gateway/tests.)
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from chassis import migrations
from chassis.testing import app_client, throwaway_database
from gateway.config import Settings
from gateway.main import create_app
from tests.security.test_policy_matrix import Endpoint, api_routes, concrete, declared_roles, is_public

ROOT = Path(__file__).resolve().parents[2]


def is_pass_through(endpoint: Endpoint) -> bool:
    return endpoint.path == "/{path:path}" or endpoint.path.endswith("/{path:path}")


def gateway_app(tmp: Path, database_url: str = "sqlite+aiosqlite:///:memory:") -> FastAPI:
    return create_app(Settings(database_url=database_url, data_dir=tmp, spa_dir=tmp / "spa", environment="test",
                               access_log=False, log_level="WARNING"))


def test_every_gateway_route_is_public_or_declares_its_roles(tmp_path: Path) -> None:
    undeclared = [f"{e.method} {e.path}" for e in api_routes(gateway_app(tmp_path))
                  if not is_pass_through(e) and not is_public(e) and declared_roles(e.dependant) is None]
    assert undeclared == []


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, str]]:
    with throwaway_database("gateway_matrix") as url:
        migrations.upgrade(ROOT / "gateway" / "migrations", url)
        yield gateway_app(tmp_path_factory.mktemp("gateway"), url), url


async def test_gateway_routes_that_need_a_token_refuse_callers_without_one(gateway: tuple[FastAPI, str]) -> None:
    app, _ = gateway
    leaks = []
    async with app_client(app) as client:
        for endpoint in api_routes(app):
            if is_pass_through(endpoint) or is_public(endpoint):
                continue
            response = await client.request(endpoint.method, concrete(endpoint.path), json={})
            if response.status_code != 401:
                leaks.append(f"{endpoint.method} {endpoint.path}: {response.status_code}")
    assert leaks == []
