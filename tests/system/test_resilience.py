"""200 concurrent requests through the gateway with one service stopped: the other services answer every
request, the stopped one answers 503 problem+json within its timeout, and it comes back when it returns."""

import asyncio
import time

import httpx
from stack import Stack

LOAD = 200
PATHS = {"loans": "/api/v1/loans/banks", "products": "/api/v1/products/products",
         "training": "/api/v1/training/programmes", "volunteers": "/api/v1/volunteers/activities"}
CONNECT_TIMEOUT = 2.0  # the gateway's upstream connect timeout


async def _load(base_url: str, headers: dict[str, str]) -> list[tuple[str, int, float, str]]:
    limits = httpx.Limits(max_connections=LOAD, max_keepalive_connections=LOAD)
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits, timeout=30) as client:

        async def one(n: int) -> tuple[str, int, float, str]:
            service = list(PATHS)[n % len(PATHS)]
            started = time.perf_counter()
            response = await client.get(PATHS[service])
            return service, response.status_code, time.perf_counter() - started, response.headers["content-type"]

        return await asyncio.gather(*(one(n) for n in range(LOAD)))


def test_under_load_with_one_service_stopped_the_others_answer_every_request(
        stack: Stack, city: dict[str, str]) -> None:
    stack.stop("products")
    try:
        results = asyncio.run(_load(stack.url(), city))
    finally:
        stack.start("products")
        stack.wait_ready("products")
    others = [r for r in results if r[0] != "products"]
    stopped = [r for r in results if r[0] == "products"]
    assert len(others) == 150 and all(status == 200 for _, status, _, _ in others)
    assert len(stopped) == 50 and all(status == 503 for _, status, _, _ in stopped)
    assert all(kind == "application/problem+json" for *_, kind in stopped)
    slowest = max(seconds for _, _, seconds, _ in stopped)
    print(f"\n{LOAD} concurrent requests, products stopped: slowest 503 after {slowest:.2f} s")
    assert slowest < CONNECT_TIMEOUT + 5  # the load itself queues on two cores; nothing waits for a hang


def test_the_stopped_service_is_reached_again_once_it_is_back(stack: Stack, gateway: httpx.Client,
                                                            city: dict[str, str]) -> None:
    deadline = time.monotonic() + 30  # its circuit half-opens after the pause and the probe closes it
    status = 0
    while time.monotonic() < deadline:
        status = gateway.get(PATHS["products"], headers=city).status_code
        if status == 200:
            break
        time.sleep(0.5)
    assert status == 200
    assert gateway.get("/readyz").json()["upstreams"]["products"] == "closed"
