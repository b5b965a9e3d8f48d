"""One pooled httpx client per upstream service, made at start-up and closed at shutdown."""

import httpx

from gateway.config import UPSTREAMS, Settings
from gateway.proxy.breaker import CircuitBreaker, RetryBudget


class Upstreams:
    def __init__(self, settings: Settings) -> None:
        self.breakers = {name: CircuitBreaker(settings.breaker_failure_threshold, settings.breaker_open_seconds)
                         for name in UPSTREAMS}
        self.retry_budgets = {name: RetryBudget() for name in UPSTREAMS}
        timeout = httpx.Timeout(settings.upstream_read_timeout, connect=settings.upstream_connect_timeout)
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
        self.clients = {
            name: httpx.AsyncClient(base_url=settings.upstream_url(name), timeout=timeout, limits=limits)
            for name in UPSTREAMS
        }

    def client(self, service: str) -> httpx.AsyncClient:
        return self.clients[service]

    def states(self) -> dict[str, str]:
        return {name: breaker.state.value for name, breaker in self.breakers.items()}

    async def aclose(self) -> None:
        for client in self.clients.values():
            await client.aclose()
