"""What each HTTP client costs the gateway for one proxied GET: CPU time of the calling process per request.

The same GET (with an access token's worth of headers) against an upstream that answers at once
(`fixed_upstream.py`, its own process), on uvloop as the gateway runs, one request at a time:

- aiohttp as the proxy uses it (a session per replica, the answer read whole): the proxy's client since
  this bench showed it costing a tenth of httpx's CPU;
- httpx as the proxy used it before (`send(stream=True)`, `aiter_raw`, `aclose`), and plain `get`;
- a bare httpcore pool (httpx's own transport without httpx's models);
- hand-written HTTP/1.1 on asyncio streams, the floor (what the benchmarks' callers use).

httpcore asks `sniffio` which event loop runs on every lock, event and shield it sets up (four a request);
anyio 4.16 no longer brings sniffio, so without it each ask is a failed import that searches sys.path. Whether it
is importable is printed: it roughly halves httpx's and httpcore's cost. Prints figures; asserts only that every
answer was 200.
"""

import asyncio
import importlib.util
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator

import aiohttp
import httpcore
import httpx
import pytest
import uvloop
from stack import ROOT

from tests.bench.callers import Connection

PORT = 19691
PATH = "/api/v1/loans/lpr?limit=20"
REQUESTS = 3000
HEADERS = {"authorization": "Bearer " + "x" * 760, "accept": "application/json", "x-request-id": "a" * 32}


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", "tests.bench.fixed_upstream:app", "--port", str(PORT),
                                "--no-access-log", "--log-level", "warning"], cwd=ROOT)
    url = f"http://127.0.0.1:{PORT}"
    try:
        deadline = time.monotonic() + 30
        while not _answers(url):
            assert time.monotonic() < deadline and process.poll() is None, "the fixed upstream did not start"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait()


def _answers(url: str) -> bool:
    try:
        return httpx.get(url + PATH).status_code == 200
    except httpx.HTTPError:
        return False


async def cost(one: Callable[[], Awaitable[int]]) -> tuple[float, float]:
    """CPU and wall microseconds a request, after a warm-up."""
    for _ in range(100):
        assert await one() == 200
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(REQUESTS):
        assert await one() == 200
    return (time.process_time() - cpu) / REQUESTS * 1e6, (time.perf_counter() - wall) / REQUESTS * 1e6


async def measure_all(url: str) -> dict[str, tuple[float, float]]:
    results: dict[str, tuple[float, float]] = {}
    raw = Connection(url + PATH, HEADERS)
    results["asyncio streams (the floor)"] = await cost(raw.get)
    await raw.close()

    async with httpx.AsyncClient(base_url=url, limits=httpx.Limits(max_connections=200,
                                                                   max_keepalive_connections=50)) as client:
        async def as_the_proxy() -> int:
            response = await client.send(client.build_request("GET", PATH, headers=HEADERS), stream=True)
            async for _ in response.aiter_raw():
                pass
            await response.aclose()
            return response.status_code

        async def plain_get() -> int:
            return (await client.get(PATH, headers=HEADERS)).status_code

        results["httpx, as the proxy uses it"] = await cost(as_the_proxy)
        results["httpx get"] = await cost(plain_get)

    async with httpcore.AsyncConnectionPool(max_connections=200, max_keepalive_connections=50) as pool:
        async def core() -> int:
            return (await pool.request("GET", url + PATH, headers=list(HEADERS.items()))).status

        results["httpcore pool"] = await cost(core)

    async with aiohttp.ClientSession(url, auto_decompress=False) as session:
        async def aio() -> int:
            async with session.get(PATH, headers=HEADERS) as response:
                await response.read()
                return response.status

        results[f"aiohttp {aiohttp.__version__}, as the proxy"] = await cost(aio)
    return results


def test_proxy_clients(upstream: str) -> None:
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        results = runner.run(measure_all(upstream))
    sniffio = importlib.util.find_spec("sniffio") is not None
    print(f"\nOne GET at a time, {REQUESTS} each, against an upstream that answers at once (uvloop); "
          f"sniffio {'importable' if sniffio else 'NOT importable (httpcore searches sys.path four times a request)'}")
    for name, (cpu, wall) in results.items():
        print(f"  {name:36s} {cpu:7.0f} us CPU a request   {wall:7.0f} us wall")
