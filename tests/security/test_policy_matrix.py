"""Every route of every service declares who may call it, and answers exactly that.

The matrix is generated from the apps' own routes: for each route and method, a caller of each role gets
403 when the route's declared policy leaves the role out, and never 401/403 when it lets the role in (what
they then get, 200, 404 or 422, is up to the route). A route without a declared policy fails the first test.
Row-level rules (own county, own bank, own record) are proven in each service's own tests.
"""

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, routing
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from chassis import migrations
from chassis.auth.principal import Role
from chassis.openapi import declared_roles
from chassis.testing import app_client, auth_header, public_key, throwaway_database

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("loans", "products", "training", "volunteers")
# Routes anyone may call: liveness, readiness, metrics, the API documents.
PUBLIC = {"/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
# The API routes that declare the chassis `Public` policy: each one a choice made here, not an omission.
PUBLIC_API = {
    ("products", "GET", "/api/v1/products/public/notices"),
    ("products", "GET", "/api/v1/products/public/notices/{notice_id}"),
    ("products", "POST", "/api/v1/products/public/notices/{notice_id}/inquiries"),
    ("training", "GET", "/api/v1/training/certificates/{number}"),
    ("volunteers", "GET", "/api/v1/volunteers/certificates/{number}"),
}
CALLERS = {
    Role.admin: {},
    Role.city_staff: {},
    Role.county_staff: {"county": "441881"},
    Role.bank_officer: {"bank_id": str(uuid.uuid4())},
    Role.entrepreneur: {},
    Role.buyer: {},
    Role.volunteer: {},
    Role.service: {},
}


def create(service: str, database_url: str) -> FastAPI:
    module = __import__(f"{service}.main", fromlist=["create_app"])
    settings_module = __import__(f"{service}.config", fromlist=["Settings"])
    # No outbox worker, and no webhook leaves: the sweep registers made-up URLs and sends test events to them.
    extra: dict[str, Any] = {"background_work": False, "webhook_send": False} if service == "loans" else {}
    settings = settings_module.Settings(database_url=database_url, jwt_public_key=public_key(), environment="test",
                                        access_log=False, log_level="WARNING", **extra)
    app: FastAPI = module.create_app(settings)
    return app


@dataclass(frozen=True)
class Endpoint:
    path: str
    method: str
    dependant: Dependant


def api_routes(app: FastAPI) -> Iterator[Endpoint]:
    """Every API route with the path it answers on (routers' prefixes included)."""
    for context in routing.iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute) and context.path not in PUBLIC:
            for method in sorted((context.methods or set()) - {"HEAD", "OPTIONS"}):
                yield Endpoint(context.path, method, context.dependant)


def is_public(endpoint: Endpoint) -> bool:
    """The route declares the chassis `Public` policy: no token needed."""
    return any(getattr(d.call, "is_public", False) for d in endpoint.dependant.dependencies)


def _apps_without_database() -> dict[str, FastAPI]:
    return {service: create(service, "sqlite+aiosqlite:///:memory:") for service in SERVICES}


APPS = _apps_without_database()
CASES = [(service, endpoint.path, endpoint.method, role)
         for service, app in APPS.items() for endpoint in api_routes(app) for role in CALLERS]


@pytest.mark.parametrize("service", SERVICES)
def test_every_route_declares_who_may_call_it(service: str) -> None:
    undeclared = [f"{e.method} {e.path}" for e in api_routes(APPS[service])
                  if not is_public(e) and declared_roles(e.dependant) is None]
    assert undeclared == [], f"routes without a declared policy in {service}: {undeclared}"


def test_the_public_api_routes_are_the_ones_listed() -> None:
    found = {(service, e.method, e.path) for service, app in APPS.items() for e in api_routes(app) if is_public(e)}
    assert found == PUBLIC_API


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, httpx.AsyncClient]]:
    """Each service on a migrated database of its own, for the whole matrix."""
    with throwaway_database("matrix") as base_url:
        urls = {service: base_url.replace("matrix.db", f"{service}.db") for service in SERVICES}
        if "postgresql" in base_url:
            urls = dict.fromkeys(SERVICES, base_url)  # one database, a schema per service
        for service in SERVICES:
            migrations.upgrade(ROOT / "services" / service / "migrations", urls[service])
        loop = asyncio.new_event_loop()
        stack = [app_client(create(service, urls[service])) for service in SERVICES]
        entered = [loop.run_until_complete(context.__aenter__()) for context in stack]
        try:
            yield dict(zip(SERVICES, entered, strict=True)) | {"_loop": loop}  # type: ignore[dict-item]
        finally:
            for context in reversed(stack):
                loop.run_until_complete(context.__aexit__(None, None, None))
            loop.close()


def concrete(path: str) -> str:
    """Path parameters filled with values that name nothing (a UUID nobody has)."""
    parts = []
    for part in path.split("/"):
        parts.append(str(uuid.uuid4()) if part.startswith("{") else part)
    return "/".join(parts)


@pytest.mark.parametrize(("service", "path", "method", "role"), CASES,
                         ids=[f"{s}:{m}:{p}:{r.value}" for s, p, m, r in CASES])
def test_each_role_gets_what_the_policy_says(clients: dict[str, Any], service: str, path: str, method: str,
                                            role: Role) -> None:
    endpoint = next(e for e in api_routes(APPS[service]) if e.path == path and e.method == method)
    allowed = frozenset(CALLERS) if is_public(endpoint) else declared_roles(endpoint.dependant) or frozenset()
    headers = {**auth_header(role, **CALLERS[role]), "Idempotency-Key": str(uuid.uuid4())}
    body = {} if method in {"POST", "PUT", "PATCH"} else None
    response = clients["_loop"].run_until_complete(
        clients[service].request(method, concrete(path), json=body, headers=headers))
    if role in allowed:
        assert response.status_code not in (401, 403), f"{role.value} refused: {response.text}"
    else:
        assert response.status_code == 403, f"{role.value} got {response.status_code}: {response.text}"


def test_a_clients_token_reaches_only_the_services_its_scope_names(clients: dict[str, Any]) -> None:
    """Banks' systems (scope loans) and other services call with client credentials: on every route open
    to their role, a token whose scope names the service passes, one whose scope names another is 403."""
    async def probe() -> tuple[int, list[str]]:
        tried, wrong = 0, []
        for service in SERVICES:
            elsewhere = next(other for other in SERVICES if other != service)
            for endpoint in api_routes(APPS[service]):
                for role in (Role.bank_officer, Role.service):
                    if role not in (declared_roles(endpoint.dependant) or frozenset()):
                        continue
                    for scope, reaches in ((service, True), (elsewhere, False)):
                        headers = {**auth_header(role, scope=scope, client_id=str(uuid.uuid4()), **CALLERS[role]),
                                   "Idempotency-Key": str(uuid.uuid4())}
                        body = {} if endpoint.method in {"POST", "PUT", "PATCH"} else None
                        response = await clients[service].request(endpoint.method, concrete(endpoint.path),
                                                                  json=body, headers=headers)
                        tried += 1
                        if (response.status_code not in (401, 403)) != reaches:
                            wrong.append(f"{service} {endpoint.method} {endpoint.path} {role.value} scope={scope}: "
                                         f"{response.status_code}")
        return tried, wrong

    tried, wrong = clients["_loop"].run_until_complete(probe())
    assert wrong == []
    assert tried > 40


def test_no_route_answers_without_a_token(clients: dict[str, Any]) -> None:
    async def probe() -> list[str]:
        leaks = []
        for service in SERVICES:
            for endpoint in api_routes(APPS[service]):
                response = await clients[service].request(endpoint.method, concrete(endpoint.path))
                if (response.status_code == 401) == is_public(endpoint):
                    leaks.append(f"{service} {endpoint.method} {endpoint.path}: {response.status_code}")
        return leaks

    assert clients["_loop"].run_until_complete(probe()) == []


def test_the_matrix_covers_every_role_of_every_route_of_every_service() -> None:
    assert len(CASES) == sum(1 for app in APPS.values() for _ in api_routes(app)) * len(CALLERS)
    assert {service for service, *_ in CASES} == set(SERVICES)
    assert len(CASES) > 300
