"""The app factory: a service hands over its settings and routers and gets a complete FastAPI app."""

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute

from chassis import health, idempotency, openapi
from chassis.auth.verifier import TokenVerifier
from chassis.db import make_engine, make_sessionmaker
from chassis.logs import configure_logging
from chassis.middleware import BodyLimitMiddleware, RequestContextMiddleware
from chassis.problems import PROBLEM_RESPONSES, install_problem_handlers, problem_responses
from chassis.security_headers import SecurityHeadersMiddleware
from chassis.settings import ServiceSettings
from chassis.text import refuse_nul
from chassis.versioning import DeprecationMiddleware

Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def operation_id(route: APIRoute) -> str:
    """`{tag}-{route name}`: stable ids, so the generated client reads `banks-list_banks`."""
    tag = route.tags[0] if route.tags else "default"
    return f"{tag}-{route.name}"


def create_app(
    settings: ServiceSettings,
    routers: Sequence[APIRouter],
    *,
    title: str,
    description: str = "",
    version: str = "0.1.0",
    lifespan: Lifespan | None = None,
    problem_statuses: Sequence[int] = (),
    app_class: type[FastAPI] = FastAPI,
) -> FastAPI:
    """`problem_statuses`: what the app's own middleware answers on every route beyond the chassis's
    problems (the gateway's guard: 414, 429), declared on every operation like them. `app_class`: a FastAPI
    of the app's own (the gateway's, with a short way for the proxy)."""
    configure_logging(settings.service_name, settings.log_level)

    @asynccontextmanager
    async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings)
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        try:
            if lifespan is None:
                yield
            else:
                async with lifespan(app):
                    yield
        finally:
            await engine.dispose()

    app = app_class(
        title=title,
        description=description,
        version=version,
        lifespan=_lifespan,
        responses={**PROBLEM_RESPONSES, **problem_responses(*problem_statuses)},
        generate_unique_id_function=operation_id,
        dependencies=[Depends(refuse_nul)],
        # Our metrics are Prometheus's and our logs JSON lines (chassis.middleware, chassis.logs); nothing
        # reads OpenTelemetry, whose checks FastAPI would otherwise make on every request and dependency.
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    app.state.settings = settings
    app.state.token_verifier = TokenVerifier(settings)
    install_problem_handlers(app)
    idempotency.install(app)
    openapi.install(app)
    app.include_router(health.router)
    for router in routers:
        app.include_router(router)
    app.add_middleware(DeprecationMiddleware)  # innermost: it reads the route the router matched
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware, behind_tls=settings.behind_tls)
    app.add_middleware(RequestContextMiddleware, service=settings.service_name,
                       log_requests=settings.access_log)
    return app
