"""A service behind several replicas: spread by load, a dead replica costs no request, and it comes back."""

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from chassis.testing import app_client
from gateway.config import Settings
from gateway.main import create_app
from gateway.proxy.breaker import BreakerState, CircuitBreaker
from gateway.proxy.upstreams import Pool, Replica
from tests.upstreams import echo_app, free_port, serving


def replicas(count: int) -> list[Replica]:
    return [Replica(f"http://r{i}", CircuitBreaker(failure_threshold=2, open_seconds=10))
            for i in range(count)]


def test_the_least_busy_replica_is_chosen_and_ties_take_turns() -> None:
    pool = Pool("loans", replicas(3))
    pool.replicas[0].in_flight, pool.replicas[1].in_flight, pool.replicas[2].in_flight = 4, 1, 1
    chosen = Counter(pool.choose(0).url for _ in range(6))  # type: ignore[union-attr]
    assert chosen == {"http://r1": 3, "http://r2": 3}


def test_a_replica_with_an_open_circuit_is_passed_over_until_its_probe() -> None:
    pool = Pool("loans", replicas(2))
    dead = pool.replicas[0]
    dead.breaker.record_failure(0)
    dead.breaker.record_failure(0)
    assert dead.breaker.state is BreakerState.open
    assert {pool.choose(1).url for _ in range(4)} == {"http://r1"}  # type: ignore[union-attr]
    assert pool.state() == "partial"
    # Ten seconds on the dead one is half-open: the next choice that reaches it takes the one probe.
    assert "http://r0" in {pool.choose(11).url for _ in range(2)}  # type: ignore[union-attr]


def test_a_replica_tried_already_comes_last_and_no_circuit_open_means_none() -> None:
    pool = Pool("loans", replicas(2))
    first = pool.choose(0)
    assert pool.choose(0, [first]) is not first  # type: ignore[list-item]
    for replica in pool.replicas:
        replica.breaker.record_failure(0)
        replica.breaker.record_failure(0)
    assert pool.choose(1) is None
    assert pool.state() == "open" and pool.retry_after(1) == 9


@pytest.fixture(scope="module")
def two_replicas() -> Iterator[tuple[str, str]]:
    with serving(echo_app("a")) as a, serving(echo_app("b")) as b:
        yield a, b


@pytest.fixture
async def gateway(settings: Settings, two_replicas: tuple[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """loans on two live replicas and a third that refuses every connection."""
    dead = f"http://127.0.0.1:{free_port()}"
    replicated = settings.model_copy(update={"loans_url": f"{two_replicas[0]},{dead}, {two_replicas[1]}"})
    async with app_client(create_app(replicated)) as client:
        yield client


async def test_requests_spread_over_the_live_replicas_and_a_dead_one_fails_none(
        gateway: httpx.AsyncClient) -> None:
    seen: Counter[str] = Counter()
    for n in range(30):
        method = "GET" if n % 2 else "POST"  # a refused connection sent nothing: a POST may go elsewhere too
        response = await gateway.request(method, f"/api/v1/loans/echo/{n}", content=b"x" * 100 if n % 2 == 0 else None)
        assert response.status_code == 200, response.text
        seen[response.json()["replica"]] += 1
        if method == "POST":
            assert response.json()["body_bytes"] == 100
    assert set(seen) == {"a", "b"} and min(seen.values()) >= 10
    ready = (await gateway.get("/readyz")).json()
    assert ready["upstreams"]["loans"] == "partial"
    circuits = {replica["url"]: replica["circuit"] for replica in ready["replicas"]["loans"]}
    assert sorted(circuits.values()) == ["closed", "closed", "open"]


async def test_a_connection_past_its_lifetime_is_closed_after_its_answer_and_made_anew() -> None:
    """Behind a Kubernetes Service, a new connection is when a pod is chosen: renewing them spreads the load."""
    with serving(echo_app()) as url:
        replica = Replica(url, CircuitBreaker(failure_threshold=2, open_seconds=10), connection_lifetime=0.3)

        async def client_port() -> int:
            async with replica.session.get(f"{url}/api/v1/loans/echo/port") as response:
                return int((await response.json())["client_port"])

        try:
            first = await client_port()
            assert await client_port() == first  # young: kept alive and reused
            await asyncio.sleep(0.35)
            aged = await client_port()  # old: its answer may still come on it, then it is closed
            assert await client_port() not in (first, aged)
        finally:
            await replica.aclose()
