"""The gateway's guard on every route, the proxy included: bounded query strings and per-caller token buckets.

A caller with a valid access token has a bucket of their own (a bank's or a service's client a larger
one); anyone else shares their address's bucket. Only tokens that verify choose a bucket, so inventing
tokens does not buy fresh buckets. Health probes and metrics are not limited.

The guard verifies with the app's own verifier, so a token it has verified is not verified again by the route
(nor by the next request: the verifier keeps verified tokens until they expire).
"""

import math

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from chassis.auth.jwt import InvalidToken
from chassis.auth.principal import Role
from chassis.auth.verifier import TokenVerifier
from chassis.problems import PROBLEM_BASE, problem_response
from gateway.config import Settings
from gateway.guard.addresses import client_address
from gateway.guard.buckets import Buckets, retry_after

UNLIMITED_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
Budget = tuple[int, float]


def bearer_token(scope: Scope) -> str | None:
    """The token of an `Authorization: Bearer` header, read from the raw headers (no Headers object a request)."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            token = token.strip()
            return token if scheme.lower() == "bearer" and token else None
    return None


async def bucket_for(scope: Scope, settings: Settings, verifier: TokenVerifier) -> tuple[str, Budget]:
    """The bucket key and its (capacity, rate) for this caller."""
    token = bearer_token(scope)
    if token is not None:
        try:
            principal = await verifier.principal(token)
        except InvalidToken:
            principal = None
        if principal is not None:
            if principal.client_id is not None:
                budget = settings.rate_service_client if principal.role is Role.service else settings.rate_bank_client
                return "client:" + principal.subject, budget
            return "user:" + principal.subject, settings.rate_user
    return "address:" + client_address(HTTPConnection(scope)), settings.rate_anonymous


class GuardMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Settings, verifier: TokenVerifier, buckets: Buckets) -> None:
        self.app = app
        self.settings = settings
        self.verifier = verifier
        self.buckets = buckets

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.settings.max_query_bytes:
            response = problem_response(
                414, "URI too long", type_=PROBLEM_BASE + "uri-too-long", instance=scope["path"],
                detail=f"The query string may be at most {self.settings.max_query_bytes} bytes.")
            await response(scope, receive, send)
            return
        key, (capacity, rate) = await bucket_for(scope, self.settings, self.verifier)
        taken = await self.buckets.take(key, capacity, rate)
        headers = rate_limit_headers(key, capacity, rate, taken.remaining)
        if taken.wait > 0:
            seconds = retry_after(taken.wait)
            response = problem_response(
                429, "Too many requests", type_=PROBLEM_BASE + "rate-limited", instance=scope["path"],
                detail=f"Too many requests; try again in {seconds} seconds.", retry_after=seconds,
                headers={"Retry-After": str(seconds), **headers})
            await response(scope, receive, send)
            return

        async def send_with_limits(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      *((name.lower().encode(), value.encode()) for name, value in headers.items())]
            await send(message)

        await self.app(scope, receive, send_with_limits)


def rate_limit_headers(key: str, capacity: int, rate: float, remaining: float) -> dict[str, str]:
    """The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers) for the caller's bucket: the policy
    (`q` requests per window of `w` seconds, the time a bucket takes to fill) and what is left now (`r` requests,
    `t` seconds until the bucket is full again), named after the kind of caller (user, client, address)."""
    name = key.split(":", 1)[0]
    window = max(1, math.ceil(capacity / rate))
    left = max(0, math.floor(remaining))
    return {"RateLimit-Policy": f'"{name}";q={capacity};w={window}',
            "RateLimit": f'"{name}";r={left};t={max(0, math.ceil((capacity - remaining) / rate))}'}
