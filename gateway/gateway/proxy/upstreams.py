"""Each service's replicas: a pooled aiohttp session, a circuit breaker and a retry budget per replica.

`GATEWAY_LOANS_URL` and the others take one URL or several, comma-separated (`http://10.0.0.5:8001,
http://10.0.0.6:8001`). A request goes to the least busy replica whose circuit lets it through (fewest
requests in flight from this gateway process), ties to the one chosen least recently, so a slow replica gets
less and an idle one more. A replica that refuses connections opens its own circuit and the others carry its
share; its half-open probe brings it back when it answers again.

Why aiohttp and not httpx: measured side by side (`tests/bench/test_proxy_clients.py`), httpx spends about ten
times aiohttp's CPU on each forwarded request, and on the gateway's hot path that was most of its added
latency (ARCHITECTURE.md, "The gateway's cost").
"""

import asyncio
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp.client_proto import ResponseHandler

from gateway.config import UPSTREAMS, Settings
from gateway.proxy.breaker import BreakerState, CircuitBreaker, RetryBudget

# Headers aiohttp would add on its own: the gateway forwards the caller's, and adds none of its own.
NOT_ADDED = frozenset({"User-Agent", "Accept", "Accept-Encoding", "Content-Type"})


class RenewingConnector(aiohttp.TCPConnector):
    """Connections that live at most `lifetime` seconds: past it, a connection is closed when its answer is done
    instead of going back to the pool, and the next request makes a new one. Behind a Kubernetes Service, making a
    connection is when kube-proxy picks a pod; a kept-alive one stays on its pod for good, so without this the pods
    the autoscaler adds would get nothing of a busy gateway's traffic. aiohttp has no such limit of its own (its
    keep-alive timeout ends only idle connections)."""

    def __init__(self, lifetime: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lifetime = lifetime

    async def _create_connection(self, *args: Any, **kwargs: Any) -> ResponseHandler:
        protocol = await super()._create_connection(*args, **kwargs)
        asyncio.get_running_loop().call_later(self.lifetime, protocol.force_close)
        return protocol


@dataclass(eq=False)
class Replica:
    url: str
    breaker: CircuitBreaker
    timeout: aiohttp.ClientTimeout = field(default_factory=aiohttp.ClientTimeout)
    budget: RetryBudget = field(default_factory=RetryBudget)
    connection_lifetime: float = 30.0
    in_flight: int = 0
    chosen_at: int = 0  # when it was last chosen, in choices made: ties go to the one waiting longest
    _session: aiohttp.ClientSession | None = field(default=None, repr=False)

    @property
    def session(self) -> aiohttp.ClientSession:
        """Made on first use, inside the event loop that will use it."""
        if self._session is None:
            # Idle connections go after 4 s, before uvicorn closes them at 5: never a request on a closing one.
            connector = RenewingConnector(self.connection_lifetime, limit=200, keepalive_timeout=4.0)
            self._session = aiohttp.ClientSession(connector=connector, timeout=self.timeout, auto_decompress=False,
                                                  skip_auto_headers=NOT_ADDED, cookie_jar=aiohttp.DummyCookieJar())
            # aiohttp itself resends an idempotent request (PUT and DELETE too) once when a reused connection
            # drops; the proxy decides instead: GET and HEAD only, on another replica, within the retry budget.
            self._session._retry_connection = False
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def describe(self) -> dict[str, object]:
        return {"url": self.url, "circuit": self.breaker.state.value, "in_flight": self.in_flight}


class Pool:
    """One service's replicas and the choice among them."""

    def __init__(self, service: str, replicas: Sequence[Replica]) -> None:
        if not replicas:
            raise ValueError(f"{service}: no upstream URL")
        self.service = service
        self.replicas = list(replicas)
        self._choices = itertools.count(1)

    def choose(self, now: float, tried: Sequence[Replica] = ()) -> Replica | None:
        """The least busy replica not yet tried whose circuit lets a request through now; a replica already
        tried only when no other will do. None when every circuit is open."""
        for replica in sorted(self.replicas, key=lambda r: (r in tried, r.in_flight, r.chosen_at)):
            if replica.breaker.allow(now):  # may claim a half-open circuit's one probe: ask in order of choice
                replica.chosen_at = next(self._choices)
                return replica
        return None

    def retry_after(self, now: float) -> int:
        return min(replica.breaker.retry_after(now) for replica in self.replicas)

    def state(self) -> str:
        """closed when every replica's circuit is, open when every one is open, else partial."""
        states = {replica.breaker.state for replica in self.replicas}
        if states == {BreakerState.closed}:
            return BreakerState.closed.value
        if states == {BreakerState.open}:
            return BreakerState.open.value
        return "partial"


class Upstreams:
    def __init__(self, settings: Settings) -> None:
        # No limit on the whole exchange (a large export streams for as long as it takes): on connecting, on
        # waiting for a free connection, and on each wait for the service's next bytes.
        timeout = aiohttp.ClientTimeout(total=None, connect=settings.upstream_read_timeout,
                                        sock_connect=settings.upstream_connect_timeout,
                                        sock_read=settings.upstream_read_timeout)
        self.pools = {
            name: Pool(name, [
                Replica(url, CircuitBreaker(settings.breaker_failure_threshold, settings.breaker_open_seconds),
                        timeout, connection_lifetime=settings.upstream_connection_lifetime)
                for url in settings.upstream_urls(name)])
            for name in UPSTREAMS
        }

    def pool(self, service: str) -> Pool:
        return self.pools[service]

    def states(self) -> dict[str, str]:
        return {name: pool.state() for name, pool in self.pools.items()}

    def replicas(self) -> dict[str, list[dict[str, object]]]:
        return {name: [replica.describe() for replica in pool.replicas] for name, pool in self.pools.items()}

    async def aclose(self) -> None:
        for pool in self.pools.values():
            for replica in pool.replicas:
                await replica.aclose()
