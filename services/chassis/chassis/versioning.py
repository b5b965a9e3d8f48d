"""How something in /api/v1 says it will go: the versioning promise's marks in the document and on the wire.

/api/v1 changes only additively. What will go is first marked, at least `NOTICE` (180 days) before its sunset:

- a route: `@router.get("/old", **deprecated(since=date(2026, 7, 1), sunset=date(2027, 1, 1), link=...))`.
  The operation is `deprecated: true` with `x-deprecated-since` and `x-sunset` in the OpenAPI document, and every
  answer the route gives, errors included, carries `Deprecation: @<since, 00:00 UTC>` (RFC 9745), `Sunset: <the
  sunset day, 23:59:59 GMT>` (RFC 8594) and, with a `link`, `Link: <link>; rel="deprecation"` and `rel="sunset"`.
- a field of a request or response model: `old: str | None = Field(None, **deprecated_field(since, sunset))`.
  Pydantic writes `deprecated: true` into the field's JSON schema and our own code reading the attribute gets a
  DeprecationWarning. No header: RFC 9745's header says the whole resource goes, so a field's notice is the
  document alone. A query parameter the same way: `Query(None, **deprecated_field(since, sunset))`.

The dates are checked where they are written (a ValueError at import), and `policy_faults` checks a whole
document, so a bare `deprecated=True` without its dates fails `tests/api/test_deprecations.py`.

The headers are added by `DeprecationMiddleware` (chassis.app registers it) from the matched route's marks, so
they reach answers a dependency's `Response` never sees (401, 404, 422 ...). Answers made before routing (a body
over the limit by Content-Length, the gateway's 429) and an unhandled error's 500 (rendered outside every
middleware) go without them.
"""

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from functools import lru_cache
from typing import Any

from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

NOTICE = timedelta(days=180)
SINCE = "x-deprecated-since"
SUNSET = "x-sunset"
LINK = "x-deprecation-link"
REPLACEMENT = "x-replacement"
_LINK = re.compile(r"^(https://|http://|/)[^\s<>\"]+$")


def _marks(since: date, sunset: date, link: str | None, replacement: str | None) -> dict[str, str]:
    if sunset - since < NOTICE:
        raise ValueError(f"sunset {sunset} is {(sunset - since).days} days after {since}; the promise is at least "
                         f"{NOTICE.days} days of notice")
    if link is not None and not _LINK.match(link):
        raise ValueError(f"the deprecation link must be an http(s) URL or a path: {link!r}")
    marks = {SINCE: since.isoformat(), SUNSET: sunset.isoformat()}
    if link:
        marks[LINK] = link
    if replacement:
        marks[REPLACEMENT] = replacement
    return marks


def deprecated(since: date, sunset: date, *, link: str | None = None, replacement: str | None = None,
               openapi_extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The route decorator's keyword arguments that mark it deprecated from `since` and gone after `sunset`.

    `link`: the page that explains (sent as the Link header); `replacement`: what to call instead, in words or as
    `METHOD /path` (in the document only); `openapi_extra`: the route's own, merged with the marks.
    """
    return {"deprecated": True,
            "openapi_extra": {**(openapi_extra or {}), **_marks(since, sunset, link, replacement)}}


def deprecated_field(since: date, sunset: date, *, replacement: str | None = None) -> dict[str, Any]:
    """A pydantic `Field`'s keyword arguments that mark a model's field deprecated, with the same dates."""
    return {"deprecated": True, "json_schema_extra": _marks(since, sunset, None, replacement)}


@lru_cache(maxsize=64)
def _headers(since: str, sunset: str, link: str | None) -> tuple[tuple[bytes, bytes], ...]:
    start = datetime.combine(date.fromisoformat(since), time(), UTC)
    end = datetime.combine(date.fromisoformat(sunset), time(23, 59, 59), UTC)
    headers = [(b"deprecation", f"@{int(start.timestamp())}".encode()),
               (b"sunset", format_datetime(end, usegmt=True).encode())]
    if link:
        headers.append((b"link", f'<{link}>; rel="deprecation", <{link}>; rel="sunset"'.encode()))
    return tuple(headers)


def headers_for(scope: Scope) -> tuple[tuple[bytes, bytes], ...]:
    """The headers the matched route's marks call for, or none."""
    route = scope.get("route")
    if not isinstance(route, APIRoute) or not route.deprecated or scope.get("method") not in (route.methods or ()):
        return ()
    extra = route.openapi_extra or {}
    if SINCE not in extra or SUNSET not in extra:
        return ()
    return _headers(extra[SINCE], extra[SUNSET], extra.get(LINK))


class DeprecationMiddleware:
    """Pure ASGI: adds a deprecated route's headers to every answer it gives (the router sets `scope["route"]`
    before the handler or its dependencies can fail, and exception handlers answer inside this middleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                marks = headers_for(scope)
                if marks:
                    message = {**message, "headers": [*message.get("headers", []), *marks]}
            await send(message)

        await self.app(scope, receive, send_marked)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _deprecated_nodes(node: Any, pointer: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping):
        if node.get("deprecated") is True:
            yield pointer or "/", node
        for key, value in node.items():
            yield from _deprecated_nodes(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _deprecated_nodes(item, f"{pointer}/{index}")


def policy_faults(document: Mapping[str, Any]) -> list[str]:
    """Whatever an OpenAPI document marks deprecated (operation, parameter, schema or property) without both
    dates, or with a sunset less than `NOTICE` after its deprecation, each named by its JSON pointer."""
    faults = []
    nodes = dict(_deprecated_nodes(document))
    for pointer, node in nodes.items():
        if pointer.endswith("/schema") and pointer.removesuffix("/schema") in nodes:
            continue  # a parameter's schema, marked with it: one fault, the parameter's
        schema = node.get("schema")
        marks = node if SUNSET in node or not isinstance(schema, Mapping) else schema  # a parameter's are in its schema
        try:
            since, sunset = date.fromisoformat(marks[SINCE]), date.fromisoformat(marks[SUNSET])
        except (KeyError, TypeError, ValueError):
            faults.append(f"{pointer}: deprecated without {SINCE} and {SUNSET} dates (chassis.versioning)")
            continue
        if sunset - since < NOTICE:
            faults.append(f"{pointer}: sunset {sunset} is {(sunset - since).days} days after {since}, "
                          f"not at least {NOTICE.days}")
    return faults
