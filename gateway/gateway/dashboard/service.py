"""The committee's dashboard: every service's /stats fetched at once; one that fails is marked, not fatal."""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import aiohttp
from pydantic import ValidationError

from chassis.auth.principal import Principal
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
        async with replica.session.get(f"{replica.url}/api/v1/{service}/stats", headers=headers,
                                       timeout=aiohttp.ClientTimeout(total=upstream_timeout)) as response:
            content = await response.read()
        replica.breaker.record_success()
        if response.status != 200:
            detail = f"answered {response.status}"
        else:
            return ServiceSummary(service=service, available=True, stats=ServiceStats.model_validate_json(content))
    except TimeoutError:
        replica.breaker.record_failure(time.monotonic())
        detail = "timed out"
    except aiohttp.ClientError:
        replica.breaker.record_failure(time.monotonic())
        detail = "unreachable"
    except ValidationError:
        detail = "answered something that is not statistics"
    finally:
        replica.in_flight -= 1
    log.warning("dashboard: %s %s", service, detail)
    return ServiceSummary(service=service, available=False, detail=detail)


class RecentSummaries:
    """Each service's figures for a scope (role and county: what `/stats` answers depends on), kept `seconds`.

    Figures are the same for everyone in a scope and are expensive to compute (training's read every attendance
    record), while staff open the dashboard often: within the window the gateway answers from here. When the window
    ends, one fetch refreshes a scope's figures and every caller meanwhile shares it; for another `seconds` the kept
    figures are still answered while that fetch runs, so nobody waits on a slow `/stats` once figures are kept, and
    a service that stops answering shows as unavailable at most `2 * seconds` later. Per process and short-lived,
    so replicas need not share it; a failed fetch is never kept."""

    def __init__(self, seconds: float, max_keys: int = 1000) -> None:
        self.seconds = seconds
        self.max_keys = max_keys
        self._kept: dict[tuple[str, ...], tuple[float, ServiceSummary]] = {}
        self._fetching: dict[tuple[str, ...], asyncio.Task[ServiceSummary]] = {}

    def get(self, key: tuple[str, ...], now: float) -> ServiceSummary | None:
        kept = self._kept.get(key)
        return kept[1] if kept is not None and now - kept[0] < self.seconds else None

    def put(self, key: tuple[str, ...], summary: ServiceSummary, now: float) -> None:
        if self.seconds <= 0 or not summary.available:
            return
        if len(self._kept) >= self.max_keys:
            self._kept = {k: v for k, v in self._kept.items() if now - v[0] < 2 * self.seconds}
        if len(self._kept) < self.max_keys:
            self._kept[key] = (now, summary)

    async def summary(self, key: tuple[str, ...], fetch: Callable[[], Awaitable[ServiceSummary]]) -> ServiceSummary:
        """The kept figures while fresh; else one shared fetch, answered with the stale figures while it runs."""
        if self.seconds <= 0:
            return await fetch()
        now = time.monotonic()
        kept = self._kept.get(key)
        if kept is not None and now - kept[0] < self.seconds:
            return kept[1]
        task = self._fetching.get(key)
        if task is None:
            task = self._fetching[key] = asyncio.create_task(self._refresh(key, fetch))
        if kept is not None and now - kept[0] < 2 * self.seconds:
            return kept[1]
        return await asyncio.shield(task)  # a caller who leaves does not cancel the others' fetch

    async def _refresh(self, key: tuple[str, ...], fetch: Callable[[], Awaitable[ServiceSummary]]) -> ServiceSummary:
        try:
            fetched = await fetch()
            self.put(key, fetched, time.monotonic())
            return fetched
        finally:
            del self._fetching[key]


async def build_dashboard(*, upstreams: Upstreams, principal: Principal, authorization: str, request_id: str,
                          upstream_timeout: float, recent: RecentSummaries) -> Dashboard:
    scope = (principal.role.value, principal.county_code or "")

    def fetch(service: str) -> Callable[[], Awaitable[ServiceSummary]]:
        return lambda: service_summary(upstreams=upstreams, service=service, authorization=authorization,
                                       request_id=request_id, upstream_timeout=upstream_timeout)

    summaries = await asyncio.gather(*(recent.summary((service, *scope), fetch(service)) for service in UPSTREAMS))
    return Dashboard(generated_at=utcnow(), services=list(summaries))
