"""Liveness, readiness and metrics: the three routes every process answers without a token."""

import hmac
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from chassis.problems import NotFound, ServiceUnavailable

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up", operation_id="health-live")
async def healthz(request: Request) -> dict[str, str]:
    return {"status": "ok", "service": request.app.state.settings.service_name}


@router.get("/readyz", summary="The database answers (and what the process adds: the gateway's upstreams)",
            operation_id="health-ready")
async def readyz(request: Request) -> dict[str, Any]:
    try:
        async with request.app.state.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as exc:
        raise ServiceUnavailable("The database does not answer.") from exc
    ready: dict[str, Any] = {"status": "ready", "service": request.app.state.settings.service_name}
    details: Callable[[], dict[str, Any]] | None = getattr(request.app.state, "readiness_details", None)
    return ready | details() if details else ready


@router.get("/metrics", summary="Prometheus metrics", operation_id="health-metrics",
            response_class=Response)
async def metrics(request: Request) -> Response:
    settings = request.app.state.settings
    if settings.metrics_token is not None or not settings.metrics_public:
        expected = f"Bearer {settings.metrics_token.get_secret_value()}" if settings.metrics_token else None
        given = request.headers.get("authorization", "")
        if expected is None or not hmac.compare_digest(given.encode(), expected.encode()):
            raise NotFound("Not found.")  # a scraper's door is not advertised
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
