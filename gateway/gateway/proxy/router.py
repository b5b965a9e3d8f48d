"""`/api/v1/<service>/**` to the service, path unchanged, bodies streamed both ways.

The gateway does not decide who may call a service route: each service verifies the token itself.
"""

import logging
import time
from collections.abc import AsyncIterator

import aiohttp
from fastapi import APIRouter, Request
from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse
from yarl import URL

from chassis.problems import BadRequest, GatewayTimeout, NotFound, ServiceUnavailable
from gateway.config import UPSTREAMS
from gateway.proxy.upstreams import Replica

log = logging.getLogger("gateway.proxy")
router = APIRouter()

HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers",
    "transfer-encoding", "upgrade", "host",
})
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
# An answer of known length up to this is read whole and sent as one message; a longer one, or one of unknown
# length (an export), is streamed chunk by chunk.
WHOLE_ANSWER_LIMIT = 256 * 1024


def _forward_headers(request: Request) -> list[tuple[str, str]]:
    connection_listed = {h.strip().lower() for h in request.headers.get("connection", "").split(",")}
    headers = [(k, v) for k, v in request.headers.items()
               if k.lower() not in HOP_BY_HOP and k.lower() not in connection_listed
               and k.lower() != "x-request-id"]
    headers.append(("x-request-id", request.state.request_id))
    client = request.client.host if request.client else ""
    previous = request.headers.get("x-forwarded-for")
    headers.append(("x-forwarded-for", f"{previous}, {client}" if previous else client))
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
    body = _Body(request) if request.method not in ("GET", "HEAD", "OPTIONS") or "content-length" in request.headers \
        else None
    idempotent = request.method in ("GET", "HEAD")
    headers = _forward_headers(request)
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


def _check_path(service: str, request: Request) -> None:
    """Only paths under the service's own prefix, and only plain ones: a dot segment would be resolved on the
    way (`/api/v1/loans/../../metrics` is the service's `/metrics`), an encoded slash read as a separator."""
    # As routing decoded it: `request.url.path` re-quotes a backslash as %5C, which the check would miss.
    path: str = request.scope["path"]
    raw = request.scope.get("raw_path", path.encode()).split(b"?", 1)[0].decode("latin-1").lower()
    if any(segment in (".", "..") for segment in path.split("/")) or "\\" in path or any(
            trick in raw for trick in ENCODED_TRICKS):
        raise BadRequest("The path may not hold dot segments, backslashes or encoded slashes and dots.")
    if not path.startswith(f"/api/v1/{service}/"):
        raise NotFound(f"No such path under /api/v1/{service}/.")


async def _proxy(service: str, request: Request) -> Response:
    _check_path(service, request)
    response, replica = await _send(service, request)
    headers = [(name.lower(), value) for name, value in response.raw_headers
               if name.decode("latin-1").lower() not in HOP_BY_HOP]
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


def _route(service: str):  # type: ignore[no-untyped-def]
    async def forward(request: Request) -> Response:
        return await _proxy(service, request)

    forward.__name__ = f"proxy_{service}"
    return forward


# Plain Starlette routes: nothing here to validate or inject (the service does both), so the gateway's busiest path
# skips FastAPI's dependency solving.
for _service in UPSTREAMS:
    router.add_route(f"/api/v1/{_service}/{{path:path}}", _route(_service), methods=METHODS, include_in_schema=False)
