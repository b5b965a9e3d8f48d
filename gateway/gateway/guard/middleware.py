"""The gateway's guard on every route, the proxy included: bounded query strings and per-caller token buckets.

A caller with a valid access token has a bucket of their own (a bank's or a service's client a larger
one); anyone else shares their address's bucket. Only tokens that verify choose a bucket, so inventing
tokens does not buy fresh buckets. Health probes and metrics are not limited.
"""

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from chassis.auth.jwt import InvalidToken
from chassis.problems import PROBLEM_BASE, problem_response
from gateway.config import Settings
from gateway.guard.addresses import client_address
from gateway.guard.buckets import Buckets, retry_after
from gateway.identity.keys import KeyRing

UNLIMITED_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def bucket_for(connection: HTTPConnection, settings: Settings, ring: KeyRing) -> tuple[str, tuple[int, float]]:
    """The bucket key and its (capacity, rate) for this caller."""
    authorization = connection.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token:
        try:
            claims = ring.verify(token.strip(), issuer=settings.jwt_issuer, audience=settings.jwt_audience)
        except InvalidToken:
            claims = None
        if claims is not None:
            subject = str(claims["sub"])
            if "client_id" in claims:
                budget = settings.rate_service_client if claims.get("role") == "service" else settings.rate_bank_client
                return f"client:{subject}", budget
            return f"user:{subject}", settings.rate_user
    return f"address:{client_address(connection)}", settings.rate_anonymous


class GuardMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Settings, ring: KeyRing, buckets: Buckets) -> None:
        self.app = app
        self.settings = settings
        self.ring = ring
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
        key, (capacity, rate) = bucket_for(HTTPConnection(scope), self.settings, self.ring)
        wait = await self.buckets.take(key, capacity, rate)
        if wait > 0:
            seconds = retry_after(wait)
            response = problem_response(
                429, "Too many requests", type_=PROBLEM_BASE + "rate-limited", instance=scope["path"],
                detail=f"Too many requests; try again in {seconds} seconds.", retry_after=seconds,
                headers={"Retry-After": str(seconds)})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
