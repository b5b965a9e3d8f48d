"""Schemathesis over every operation of the four services' and the gateway's OpenAPI documents.

Each app runs in-process on a database of its own with the demo data. Each generated request goes out with
the token of a role the operation lets in (the policy matrix proves the others are refused), and half of them
name a seeded record in their path, so detail and action routes reach real rows, not only 404s. Every answer
must be: no 5xx, a status the operation declares, the content type it declares, a body matching its schema,
and for every error `application/problem+json`. A route added later is swept without a line changed here.

Nothing in the documents is left out. What is not in them is proven elsewhere: the proxy's pass-through and
the SPA fallback (path tricks: test_hostile_gateway.py; policies: test_gateway_policies.py). The gateway's
own accounts, clients and sessions are never a path parameter: disabling them would end the sweep's logins.

Examples are derandomized (the same requests on every run) and bounded per operation: about 6,500 requests,
75 s on two cores (`XQ_TEST_DB=sqlite python3 -m uv run --frozen pytest tests/security/test_sweep.py`).
"""

import json
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis import Case, CheckContext, Response
from schemathesis import checks as st_checks
from schemathesis.core import NotSet
from schemathesis.python import asgi

from chassis.auth.principal import ALL_ROLES, Role
from chassis.excel import XLSX_MEDIA_TYPE, Book
from chassis.problems import PROBLEM_MEDIA_TYPE
from tests.security.seeded import (
    SERVICES,
    gateway_app,
    gateway_login_form,
    known_ids,
    seeded_databases,
    service_app,
    service_headers,
)
from tests.security.test_gateway_policies import is_public
from tests.security.test_policy_matrix import api_routes, declared_roles
from training.trainees.sheet import COLUMNS

MAX_EXAMPLES = 25


def _workbook(rows: list[list[Any]]) -> bytes:
    book = Book()
    sheet = book.sheet("学员导入")
    for row in rows:
        sheet.append(row)
    return book.to_bytes()


# Uploaded sheets (the training service's trainee import): a good one, one with bad rows, one without the
# columns, and bytes that are no workbook at all.
schemathesis.openapi.media_type(XLSX_MEDIA_TYPE, st.one_of(
    st.sampled_from([
        _workbook([list(COLUMNS), ["扫描学员", "13000000001", "英德市", "西牛镇", "否", "", ""]]),
        _workbook([list(COLUMNS), ["x", "123", "广州", None, "也许", "宇航员", "1"]]),
        _workbook([["名字"], ["x"]]),
    ]),
    st.binary(max_size=256)))
# Photos of children (the volunteers service): a PNG's and a JPEG's first bytes, and bytes that are no image.
for _media, _magic in (("image/png", b"\x89PNG\r\n\x1a\n"), ("image/jpeg", b"\xff\xd8\xff\xe0")):
    schemathesis.openapi.media_type(_media, st.one_of(st.just(_magic + bytes(64)), st.binary(max_size=256)))
# Operations that end the caller's login session when they succeed: the caller logs in again afterwards.
ENDS_SESSION = {("POST", "/api/v1/auth/logout"), ("DELETE", "/api/v1/auth/sessions/{session_id}")}


@schemathesis.check
def errors_are_problems(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every 4xx and 5xx is RFC 9457 problem details."""
    if response.status_code >= 400:
        content_type = response.headers.get("content-type", [""])[0]
        assert content_type.startswith(PROBLEM_MEDIA_TYPE), f"{response.status_code} answered as {content_type!r}"
    return None


CHECKS = [st_checks.not_a_server_error, st_checks.status_code_conformance, st_checks.content_type_conformance,
          st_checks.response_schema_conformance, errors_are_problems]


def _document_apps() -> dict[str, FastAPI]:
    """Apps built only for their OpenAPI documents (no database behind them)."""
    data_dir = Path(tempfile.mkdtemp(prefix="xq-sweep-doc-"))
    apps = {service: service_app(service, "sqlite+aiosqlite:///:memory:") for service in SERVICES}
    return apps | {"gateway": gateway_app(data_dir, "sqlite+aiosqlite:///:memory:")}


DOCUMENT_APPS = _document_apps()
SCHEMAS = {name: schemathesis.openapi.from_dict(app.openapi()) for name, app in DOCUMENT_APPS.items()}


def _policies(app: FastAPI) -> dict[tuple[str, str], frozenset[Role] | None]:
    """Who each operation lets in; missing or None: anyone, without a token (health, JWKS, login)."""
    return {(e.method, e.path): None if is_public(e) else declared_roles(e.dependant) for e in api_routes(app)}


POLICIES = {name: _policies(app) for name, app in DOCUMENT_APPS.items()}


def pick(case: Case, what: str, choices: list[Any]) -> Any:
    """One of the choices, chosen by the request's own content: the same case always gets the same one
    (Hypothesis replays a failing case while it shrinks it), and different cases spread over all of them."""
    body = None if isinstance(case.body, NotSet) else case.body
    content = json.dumps([what, case.path_parameters, case.query, body], default=repr, sort_keys=True)
    return choices[zlib.crc32(content.encode()) % len(choices)]


class Target:
    """One app on its seeded database, and how to call it as each role."""

    def __init__(self, name: str, app: FastAPI, ids: dict[str, list[str]], login: Callable[[Role], str] | None):
        self.name, self.app, self.ids, self._login = name, app, ids, login
        self._tokens: dict[Role, str] = {}

    def headers(self, role: Role | None) -> dict[str, str]:
        if role is None:
            return {}
        if self._login is None:
            return service_headers(self.name, role)
        if role not in self._tokens:
            self._tokens[role] = self._login(role)
        return {"Authorization": f"Bearer {self._tokens[role]}"}

    def forget(self, role: Role | None) -> None:
        """The role's session has ended: its next call logs in again."""
        if role is not None:
            self._tokens.pop(role, None)


def _gateway_login(app: FastAPI) -> Callable[[Role], str]:
    def login(role: Role) -> str:
        with asgi.get_client(app) as client:
            response = client.post("/api/v1/auth/token", data=gateway_login_form(role))
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    return login


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Target]]:
    with seeded_databases([*SERVICES, "gateway"]) as urls:
        found = {name: Target(name, service_app(name, urls[name]), known_ids(name, urls[name]), None)
                 for name in SERVICES}
        app = gateway_app(tmp_path_factory.mktemp("gateway"), urls["gateway"])
        found["gateway"] = Target("gateway", app, known_ids("gateway", urls["gateway"]), _gateway_login(app))
        try:
            yield found
        finally:
            asgi.shutdown_lifespans()  # the apps' engines close before their databases go


def call(target: Target, case: Case) -> None:
    allowed = POLICIES[target.name].get((case.method, case.operation.path))
    role: Role | None = pick(case, "role", [None, *sorted(ALL_ROLES)] if allowed is None else sorted(allowed))
    if pick(case, "seeded", [True, False]):
        for name in case.path_parameters:
            if target.ids.get(name):
                case.path_parameters[name] = pick(case, name, target.ids[name])
    # A whole export of the demo data (training's roster: thousands of rows) takes seconds; schemathesis's default
    # of 10 s failed it once on a machine busy with other work.
    response = case.call_and_validate(app=target.app, headers=target.headers(role), checks=CHECKS, timeout=60)
    if (case.method, case.operation.path) in ENDS_SESSION and response.status_code < 300:
        target.forget(role)


SWEEP = settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                        HealthCheck.data_too_large])


@SCHEMAS["loans"].parametrize()
@SWEEP
def test_loans(case: Case, targets: dict[str, Target]) -> None:
    call(targets["loans"], case)


@SCHEMAS["products"].parametrize()
@SWEEP
def test_products(case: Case, targets: dict[str, Target]) -> None:
    call(targets["products"], case)


@SCHEMAS["training"].parametrize()
@SWEEP
def test_training(case: Case, targets: dict[str, Target]) -> None:
    call(targets["training"], case)


@SCHEMAS["volunteers"].parametrize()
@SWEEP
def test_volunteers(case: Case, targets: dict[str, Target]) -> None:
    call(targets["volunteers"], case)


@SCHEMAS["gateway"].parametrize()
@SWEEP
def test_gateway(case: Case, targets: dict[str, Target]) -> None:
    call(targets["gateway"], case)

