"""A measured alternative to the proxy's per-request work, to compare with it (the proxy itself is not changed here).

The gateway as it is, with `gateway.proxy.router._proxy` replaced by a forwarder that
- sends through aiohttp instead of httpx (`test_proxy_clients.py`: a tenth of httpx's CPU a request),
- reads an answer whose Content-Length is at most 256 KiB whole and sends it as one Response: a StreamingResponse
  runs a task group to listen for the client leaving and sends each chunk as its own message;
and with the proxy's routes matched first (they are matched last now, after every route of the gateway's own,
about a dozen patterns a request; no route of the gateway's own lies under a service's prefix).

It keeps the path checks, the choice of the least busy replica, its in-flight count and its breaker, and the
forwarded headers; it leaves out the retry on another replica. For measuring, not for serving:

    python3 -m uv run --frozen --with aiohttp python -m uvicorn tests.bench.proxy_alternatives:create_app --factory
"""

import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from yarl import URL

import gateway.proxy.router as proxy
from chassis.problems import GatewayTimeout, ServiceUnavailable
from gateway.main import create_app as create_gateway

WHOLE_BODY_LIMIT = 256 * 1024
_sessions: dict[str, aiohttp.ClientSession] = {}


def _session(base_url: str, request: Request) -> aiohttp.ClientSession:
    session = _sessions.get(base_url)
    if session is None:
        settings = request.app.state.settings
        session = _sessions[base_url] = aiohttp.ClientSession(
            base_url, auto_decompress=False, skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding"),
            connector=aiohttp.TCPConnector(limit=200, keepalive_timeout=30),
            timeout=aiohttp.ClientTimeout(sock_connect=settings.upstream_connect_timeout,
                                          sock_read=settings.upstream_read_timeout))
    return session


async def forward(service: str, request: Request) -> Response:
    proxy._check_path(service, request)
    pool = request.app.state.upstreams.pool(service)
    replica = pool.choose(time.monotonic())
    if replica is None:
        raise ServiceUnavailable(f"The {service} service is unavailable (circuit open).", service=service)
    target = URL(request.scope["raw_path"].decode("latin-1") + ("?" + request.url.query if request.url.query else ""),
                 encoded=True)
    body: Any = request.stream() if request.method not in ("GET", "HEAD", "OPTIONS") \
        or "content-length" in request.headers else None
    replica.in_flight += 1
    try:
        answer = await _session(replica.url, request).request(
            request.method, target, headers=proxy._forward_headers(request), data=body, allow_redirects=False)
    except TimeoutError as exc:
        replica.in_flight -= 1
        replica.breaker.record_failure(time.monotonic())
        raise GatewayTimeout(f"The {service} service did not answer in time.", service=service) from exc
    except aiohttp.ClientError as exc:
        replica.in_flight -= 1
        replica.breaker.record_failure(time.monotonic())
        raise ServiceUnavailable(f"The {service} service is unavailable.", service=service) from exc
    replica.breaker.record_success()
    headers = [(name.lower(), value) for name, value in answer.raw_headers
               if name.decode("latin-1").lower() not in proxy.HOP_BY_HOP]
    if answer.content_length is not None and answer.content_length <= WHOLE_BODY_LIMIT:
        try:
            content = await answer.read()
        finally:
            answer.release()
            replica.in_flight -= 1
        whole = Response(content, status_code=answer.status)
        whole.raw_headers = headers
        return whole

    async def relay() -> AsyncIterator[bytes]:
        try:
            async for chunk in answer.content.iter_any():
                yield chunk
        finally:
            answer.release()
            replica.in_flight -= 1

    streamed = StreamingResponse(relay(), status_code=answer.status)
    streamed.raw_headers = headers
    return streamed


def create_app() -> FastAPI:
    proxy._proxy = forward  # type: ignore[assignment]  # `_route` looks `_proxy` up on every request
    app = create_gateway()
    routes = app.router.routes
    first = next(i for i, route in enumerate(routes) if getattr(route, "original_router", None) is proxy.router)
    routes.insert(0, routes.pop(first))
    return app
