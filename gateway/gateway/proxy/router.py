"""`/api/v1/<service>/**` to the service, path unchanged, bodies streamed both ways.

The gateway does not decide who may call a service route: each service verifies the token itself.
"""

import logging
import time

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from chassis.problems import BadRequest, GatewayTimeout, NotFound, ServiceUnavailable
from gateway.config import UPSTREAMS
from gateway.proxy.upstreams import Upstreams

log = logging.getLogger("gateway.proxy")
router = APIRouter()

HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers",
    "transfer-encoding", "upgrade", "host",
})
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


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


async def _send(service: str, request: Request) -> httpx.Response:
    """One attempt, and for a GET or HEAD (no body, safe to repeat) one retry after a failed connection,
    when the upstream's retry budget allows. The breaker hears of every outcome."""
    upstreams: Upstreams = request.app.state.upstreams
    client, breaker, budget = (upstreams.client(service), upstreams.breakers[service],
                               upstreams.retry_budgets[service])
    budget.record_request()
    has_body = request.method not in ("GET", "HEAD", "OPTIONS") or "content-length" in request.headers
    retryable = request.method in ("GET", "HEAD")
    while True:
        now = time.monotonic()
        if not breaker.allow(now):
            raise ServiceUnavailable(f"The {service} service is unavailable (circuit open).", service=service,
                                     headers={"Retry-After": str(breaker.retry_after(now))})
        upstream_request = client.build_request(
            request.method,
            httpx.URL(path=request.url.path, query=request.url.query.encode()),
            headers=_forward_headers(request),
            content=request.stream() if has_body else None,
        )
        try:
            response = await client.send(upstream_request, stream=True)
        except httpx.TimeoutException as exc:
            breaker.record_failure(time.monotonic())
            log.warning("upstream %s timed out: %r", service, exc)
            raise GatewayTimeout(f"The {service} service did not answer in time.", service=service) from exc
        except httpx.TransportError as exc:
            breaker.record_failure(time.monotonic())
            if retryable and isinstance(exc, httpx.ConnectError | httpx.RemoteProtocolError) and budget.try_spend():
                retryable = False
                log.info("upstream %s: retrying %s %s once after %r", service, request.method, request.url.path,
                         exc)
                continue
            log.warning("upstream %s unreachable: %r", service, exc)
            raise ServiceUnavailable(f"The {service} service is unavailable.", service=service) from exc
        breaker.record_success()
        return response


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


async def _proxy(service: str, request: Request) -> StreamingResponse:
    _check_path(service, request)
    response = await _send(service, request)
    headers = {k: v for k, v in response.headers.items() if k.lower() not in HOP_BY_HOP}
    return StreamingResponse(response.aiter_raw(), status_code=response.status_code, headers=headers,
                             background=BackgroundTask(response.aclose))


def _route(service: str):  # type: ignore[no-untyped-def]
    async def forward(request: Request) -> StreamingResponse:
        return await _proxy(service, request)

    forward.__name__ = f"proxy_{service}"
    return forward


for _service in UPSTREAMS:
    router.add_api_route(f"/api/v1/{_service}/{{path:path}}", _route(_service), methods=METHODS,
                         include_in_schema=False)
