"""`/api/v1/<service>/**` to the service, path unchanged, bodies streamed both ways.

The gateway does not decide who may call a service route: each service verifies the token itself. `forward` is
a plain ASGI app, not a route: `fastpath.py` sends these requests to it past FastAPI's router and exception
layers (nothing here to route, validate or inject), so it answers its own problems.
"""

import logging
import time
from collections.abc import AsyncIterator
from typing import NamedTuple

import aiohttp
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send
from yarl import URL

from chassis.problems import BadRequest, GatewayTimeout, Problem, ServiceUnavailable, problem_answer
from gateway.config import UPSTREAMS
from gateway.proxy.upstreams import Replica

log = logging.getLogger("gateway.proxy")

HOP_BY_HOP = frozenset({
    b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te", b"trailer", b"trailers",
    b"transfer-encoding", b"upgrade", b"host",
})
# Not passed back: the gateway's own server writes the Date (and no Server), so an answer never carries two.
NOT_RETURNED = HOP_BY_HOP | {b"date", b"server"}
# An answer of known length up to this is read whole and sent as one message; a longer one, or one of unknown
# length (an export), is streamed chunk by chunk.
WHOLE_ANSWER_LIMIT = 256 * 1024


def _forward_headers(scope: Scope) -> list[tuple[str, str]]:
    """The request's headers for the service, read from the raw list (ASGI names are lower case): no hop-by-hop
    header nor any the Connection header names, our request id, and one X-Forwarded-For: every line the request
    had, in order, then the caller."""
    raw: list[tuple[bytes, bytes]] = scope["headers"]
    dropped = HOP_BY_HOP | {b"x-request-id", b"x-forwarded-for"}
    forwarded = []
    for name, value in raw:
        if name == b"connection":
            dropped = dropped | {token.strip().lower() for token in value.split(b",")}
        elif name == b"x-forwarded-for":
            forwarded.append(value.decode("latin-1"))
    headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in raw if name not in dropped]
    headers.append(("x-request-id", scope["state"]["request_id"]))
    forwarded.append(scope["client"][0] if scope.get("client") else "")
    headers.append(("x-forwarded-for", ", ".join(forwarded)))
    return headers


class _Body:
    """The request's body, streamed once; whether it has begun to flow decides if another replica may be tried."""

    def __init__(self, request: Request) -> None:
        self.request, self.started = request, False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.started = True
        async for chunk in self.request.stream():
            yield chunk


async def _send(service: str, request: Request) -> tuple[aiohttp.ClientResponse, Replica]:
    """One attempt, and one more on another replica (or the same, when it is the only one) if the first never
    reached the service: a refused connection, whatever the method, before any of the body was sent; or, for a
    GET or HEAD (safe to repeat), a connection dropped before the answer. The replica's retry budget bounds
    retries and its breaker hears of every outcome. The caller gives the replica back with `_release`."""
    pool = request.app.state.upstreams.pool(service)
    has_length = any(name == b"content-length" for name, _ in request.scope["headers"])
    body = _Body(request) if request.method not in ("GET", "HEAD", "OPTIONS") or has_length else None
    idempotent = request.method in ("GET", "HEAD")
    headers = _forward_headers(request.scope)
    # The path as the caller sent it (`_check_path` has vetted it), so the service reads what the gateway read.
    query = request.scope["query_string"]
    target = request.scope["raw_path"].decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
    tried: list[Replica] = []
    while True:
        now = time.monotonic()
        replica = pool.choose(now, tried)
        if replica is None:
            raise ServiceUnavailable(f"The {service} service is unavailable (circuit open).", service=service,
                                     headers={"Retry-After": str(pool.retry_after(now))})
        replica.budget.record_request()
        replica.in_flight += 1
        try:
            response = await replica.session.request(request.method, URL(replica.url + target, encoded=True),
                                                     headers=headers, data=body, allow_redirects=False)
        except TimeoutError as exc:
            _release(replica)
            replica.breaker.record_failure(time.monotonic())
            log.warning("upstream %s (%s) timed out: %r", service, replica.url, exc)
            raise GatewayTimeout(f"The {service} service did not answer in time.", service=service) from exc
        except aiohttp.ClientError as exc:
            _release(replica)
            replica.breaker.record_failure(time.monotonic())
            never_arrived = isinstance(exc, aiohttp.ClientConnectorError) and (body is None or not body.started)
            dropped = idempotent and isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError)
            if (never_arrived or dropped) and not tried and replica.budget.try_spend():
                tried.append(replica)
                log.info("upstream %s (%s): trying %s %s once more after %r", service, replica.url, request.method,
                         request.url.path, exc)
                continue
            log.warning("upstream %s (%s) unreachable: %r", service, replica.url, exc)
            raise ServiceUnavailable(f"The {service} service is unavailable.", service=service) from exc
        replica.breaker.record_success()
        return response, replica


def _release(replica: Replica) -> None:
    replica.in_flight -= 1


# Percent-encoded slash, backslash or dot: a path that a server further on may read differently from us.
ENCODED_TRICKS = ("%2f", "%5c", "%2e")


def _check_path(request: Request) -> None:
    """Only plain paths: a dot segment would be resolved on the way (`/api/v1/loans/../../metrics` is the
    service's `/metrics`), an encoded slash read as a separator."""
    # As routing decoded it: `request.url.path` re-quotes a backslash as %5C, which the check would miss.
    path: str = request.scope["path"]
    raw = request.scope.get("raw_path", path.encode()).split(b"?", 1)[0].decode("latin-1").lower()
    if any(segment in (".", "..") for segment in path.split("/")) or "\\" in path or any(
            trick in raw for trick in ENCODED_TRICKS):
        raise BadRequest("The path may not hold dot segments, backslashes or encoded slashes and dots.")


async def _proxy(service: str, request: Request) -> Response:
    _check_path(request)
    response, replica = await _send(service, request)
    headers = [(name.lower(), value) for name, value in response.raw_headers if name.lower() not in NOT_RETURNED]
    length = response.content_length
    if length is not None and length <= WHOLE_ANSWER_LIMIT:
        try:
            content = await response.read()
        except aiohttp.ClientError as exc:
            raise ServiceUnavailable(f"The {service} service broke off its answer.", service=service) from exc
        finally:
            response.release()
            _release(replica)
        whole = Response(content, status_code=response.status)
        whole.raw_headers = headers
        return whole

    closed = False

    def close() -> None:  # once: when the body has gone, or after the response if it never began
        nonlocal closed
        if not closed:
            closed = True
            _release(replica)
            response.release()

    async def relay() -> AsyncIterator[bytes]:
        try:
            async for chunk in response.content.iter_any():
                yield chunk
        finally:
            close()

    streamed = StreamingResponse(relay(), status_code=response.status, background=BackgroundTask(close))
    streamed.raw_headers = headers
    return streamed


class ProxyRoute(NamedTuple):
    """What a forwarded request takes, in `scope["route"]` as a router would set it: the access log and the
    metrics name requests by their route's path; `forward` sends them to its service."""

    path: str
    service: str


ROUTES = {service: ProxyRoute(f"/api/v1/{service}/{{path:path}}", service) for service in UPSTREAMS}
_PREFIX = "/api/v1/"


def route_of(path: str) -> ProxyRoute | None:
    """The proxy's route for a path under a service's prefix `/api/v1/<service>/`, if it is."""
    if not path.startswith(_PREFIX):
        return None
    service, slash, _ = path[len(_PREFIX):].partition("/")
    return ROUTES.get(service) if slash else None


async def forward(scope: Scope, receive: Receive, send: Send) -> None:
    """The proxy as an ASGI app, for a request whose `scope["route"]` is a `ProxyRoute` (`route_of`)."""
    route: ProxyRoute = scope["route"]
    request = Request(scope, receive, send)
    try:
        response = await _proxy(route.service, request)
    except Problem as problem:
        response = problem_answer(request, problem)
    await response(scope, receive, send)
