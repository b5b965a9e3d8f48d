"""The committee's dashboard: every service's /stats fetched at once; one that fails is marked, not fatal."""

import asyncio
import logging
import time

import httpx
from pydantic import ValidationError

from chassis.db import utcnow
from chassis.stats import ServiceStats
from gateway.config import UPSTREAMS
from gateway.dashboard.schemas import Dashboard, ServiceSummary
from gateway.proxy.upstreams import Upstreams

log = logging.getLogger("gateway.dashboard")


async def service_summary(*, upstreams: Upstreams, service: str, authorization: str, request_id: str,
                          upstream_timeout: float) -> ServiceSummary:
    headers = {"authorization": authorization, "x-request-id": request_id}
    pool = upstreams.pool(service)
    replica = pool.choose(time.monotonic())
    if replica is None:
        log.warning("dashboard: %s circuit open", service)
        return ServiceSummary(service=service, available=False, detail="circuit open")
    replica.in_flight += 1
    try:
        response = await replica.client.get(f"/api/v1/{service}/stats", headers=headers, timeout=upstream_timeout)
        replica.breaker.record_success()
        response.raise_for_status()
        return ServiceSummary(service=service, available=True,
                              stats=ServiceStats.model_validate_json(response.content))
    except httpx.TimeoutException:
        replica.breaker.record_failure(time.monotonic())
        detail = "timed out"
    except httpx.HTTPStatusError as exc:
        detail = f"answered {exc.response.status_code}"
    except httpx.TransportError:
        replica.breaker.record_failure(time.monotonic())
        detail = "unreachable"
    except ValidationError:
        detail = "answered something that is not statistics"
    finally:
        replica.in_flight -= 1
    log.warning("dashboard: %s %s", service, detail)
    return ServiceSummary(service=service, available=False, detail=detail)


async def build_dashboard(*, upstreams: Upstreams, authorization: str, request_id: str,
                          upstream_timeout: float) -> Dashboard:
    summaries = await asyncio.gather(*(
        service_summary(upstreams=upstreams, service=service, authorization=authorization,
                        request_id=request_id, upstream_timeout=upstream_timeout)
        for service in UPSTREAMS
    ))
    return Dashboard(generated_at=utcnow(), services=list(summaries))
