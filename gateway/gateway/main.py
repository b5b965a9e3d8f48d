from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from chassis.auth.verifier import TokenVerifier
from gateway.config import Settings
from gateway.dashboard.router import router as dashboard_router
from gateway.identity.keys import SigningKeys
from gateway.identity.router import router as identity_router
from gateway.proxy.router import router as proxy_router
from gateway.proxy.upstreams import Upstreams
from gateway.spa import mount_spa


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    keys = SigningKeys.load_or_create(settings.resolved_signing_key_file)
    # The gateway checks its own tokens with its own key; services fetch it from the JWKS.
    settings = settings.model_copy(update={"jwt_public_key": keys.public_key_pem})

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.upstreams = Upstreams(settings)
        try:
            yield
        finally:
            await app.state.upstreams.aclose()

    app = create_service_app(
        settings,
        [identity_router, dashboard_router, proxy_router],
        title="Xiangqing gateway",
        description="The one door: login and tokens, the dashboard, and /api/v1/<service>/** to the services.",
        lifespan=lifespan,
    )
    app.state.signing_keys = keys
    app.state.token_verifier = TokenVerifier(settings)
    mount_spa(app, settings.spa_dir)
    return app
