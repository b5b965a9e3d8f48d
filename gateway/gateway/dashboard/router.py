from fastapi import APIRouter, Request

from chassis.auth.deps import Staff
from gateway.dashboard.schemas import Dashboard
from gateway.dashboard.service import build_dashboard

router = APIRouter(prefix="/api/v1/dashboard", tags=["dashboard"])


@router.get("", summary="The four programmes' figures, fetched from the services at once")
async def dashboard(request: Request, principal: Staff) -> Dashboard:
    return await build_dashboard(
        upstreams=request.app.state.upstreams,
        principal=principal,
        recent=request.app.state.recent_summaries,
        authorization=request.headers["authorization"],
        request_id=request.state.request_id,
        upstream_timeout=request.app.state.settings.dashboard_timeout,
    )
