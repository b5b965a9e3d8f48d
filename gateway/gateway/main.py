from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware import Middleware

from chassis.app import create_app as create_service_app
from chassis.crypto import FieldCipher
from gateway.accounts.router import router as accounts_router
from gateway.audit.router import router as audit_router
from gateway.auth.router import router as auth_router
from gateway.auth.standing import record_token_rejection, token_standing
from gateway.clients.router import router as clients_router
from gateway.config import Settings
from gateway.dashboard.router import router as dashboard_router
from gateway.dashboard.service import RecentSummaries
from gateway.guard.buckets import make_buckets
from gateway.guard.middleware import GuardMiddleware
from gateway.identity import keystore
from gateway.identity.keys import KeyRing
from gateway.identity.router import router as identity_router
from gateway.identity.tokens import GatewayVerifier
from gateway.proxy.fastpath import Gateway
from gateway.proxy.upstreams import Upstreams
from gateway.reference.router import router as reference_router
from gateway.registration.router import router as registration_router
from gateway.registration.senders import make_sender
from gateway.sessions.router import router as sessions_router
from gateway.spa import mount_spa

# No gateway route lies under a service's /api/v1/<service>/: those go to the proxy (proxy/fastpath.py).
ROUTERS = [identity_router, auth_router, sessions_router, registration_router, accounts_router,
           clients_router, audit_router, dashboard_router, reference_router]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    ring = KeyRing(token_ttl_seconds=settings.access_token_ttl_seconds)
    buckets = make_buckets(settings.redis_url, settings.rate_limit_prefix)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.upstreams = Upstreams(settings)
        app.state.readiness_details = lambda: {"upstreams": app.state.upstreams.states(),
                                               "replicas": app.state.upstreams.replicas()}
        try:
            async with keystore.kept_fresh(app.state.sessionmaker, app.state.cipher, ring,
                                           folder=settings.resolved_signing_keys_dir,
                                           legacy_file=settings.legacy_signing_key_file):
                yield
        finally:
            await app.state.upstreams.aclose()
            await buckets.aclose()

    app = create_service_app(
        settings,
        ROUTERS,
        title="Xiangqing gateway",
        description="The one door: accounts, login and tokens, API clients, security events, the dashboard, "
                    "and /api/v1/<service>/** to the services.",
        lifespan=lifespan,
        # The guard answers these on any route: a query string over its limit, a caller out of tokens.
        problem_statuses=(414, 429),
        app_class=Gateway,
    )
    app.state.key_ring = ring
    # The gateway checks tokens with its own live keys; services fetch them from the JWKS.
    app.state.token_verifier = GatewayVerifier(settings, ring)
    app.state.on_token_rejected = record_token_rejection
    app.state.token_standing = token_standing
    app.state.cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    app.state.code_sender = make_sender(settings)
    app.state.buckets = buckets
    app.state.recent_summaries = RecentSummaries(settings.dashboard_cache_seconds)
    # Inside the request-ID and access-log middleware (a 429 gets its request id and its log line), outside
    # the body limit: the chassis app has [RequestContext, BodyLimit], outermost first.
    app.user_middleware.insert(1, Middleware(GuardMiddleware, settings=settings, verifier=app.state.token_verifier,
                                             buckets=buckets))
    # Innermost: the API's JSON of 4 KB or more gzipped for a client that takes it (phones on slow links).
    from gateway.compression import CompressionMiddleware
    app.user_middleware.append(Middleware(CompressionMiddleware))
    mount_spa(app, settings.spa_dir)
    return app
