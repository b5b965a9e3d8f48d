"""What the gateway adds over calling a service directly, side by side in one run, same requests.

- One caller at a time: the same GET alternately straight to loans and through the gateway (so both see the same
  machine), median and p99 of each, and what the gateway adds. Goal: at most 1 ms added median, 3 ms p99 (Kong's
  proxy adds about 1 ms).
- 16 callers at once for a while, each way in turn: answers a second through the gateway as a share of direct.
  Goal: at least 70 %.

The callers are the demo bank's system (a client-credentials token, the loan API's caller). A bank's bucket
holds 1200 requests and refills 200 a second, less than the bench asks, so the bench's stack raises it
(GATEWAY_RATE_BANK_CLIENT): the limiter still takes a token on every request, and never answers 429. Only 200
answers count, and the bench fails on any other answer or error. It prints its figures next to their goals and
asserts nothing about time (timings belong here, not in unit tests).
"""

import asyncio
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stack import Stack

from gateway.demo import DEMO_BANK_CLIENT_ID, DEMO_BANK_CLIENT_SECRET
from tests.bench.callers import Connection, Tally, hammer

PATH = "/api/v1/loans/lpr?limit=20"
SEQUENTIAL = 1000
CALLERS = 16
ROUNDS, ROUND_SECONDS = 2, 6.0


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    stack = Stack(data_dir=Path(tmp_path_factory.mktemp("bench")), port_base=19600, demo=True, quiet=True,
                  extra_env={"GATEWAY_RATE_BANK_CLIENT": "[1000000, 1000000]"})
    stack.prepare()
    stack.start_all()
    try:
        yield stack
    finally:
        stack.stop_all()


def bank_headers(gateway_url: str) -> dict[str, str]:
    response = httpx.post(f"{gateway_url}/api/v1/auth/token", data={
        "grant_type": "client_credentials", "client_id": str(DEMO_BANK_CLIENT_ID),
        "client_secret": DEMO_BANK_CLIENT_SECRET})
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def p99(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.99) - 1]


async def interleaved(urls: list[str], headers: dict[str, str]) -> list[list[float]]:
    """Milliseconds of each request, one URL after the other in turn (the order turning too)."""
    connections = [Connection(url, headers) for url in urls]
    samples: list[list[float]] = [[] for _ in urls]
    for _ in range(50):  # warm the pools and caches
        for connection in connections:
            assert await connection.get() == 200
    for i in range(SEQUENTIAL):
        for k in range(len(urls)):
            which = (i + k) % len(urls)
            started = time.perf_counter()
            status = await connections[which].get()
            samples[which].append((time.perf_counter() - started) * 1000)
            assert status == 200
    for connection in connections:
        await connection.close()
    return samples


async def concurrent(urls: list[str], headers: dict[str, str]) -> list[Tally]:
    """Throughput of each URL, in alternating rounds; the tallies of all rounds added up."""
    totals = [Tally() for _ in urls]
    for url in urls:
        await hammer(url, headers, callers=CALLERS, seconds=1.0)  # warm: 16 connections each way
    for _ in range(ROUNDS):
        for url, total in zip(urls, totals, strict=True):
            tally = await hammer(url, headers, callers=CALLERS, seconds=ROUND_SECONDS)
            for status, n in tally.statuses.items():
                total.statuses[status] = total.statuses.get(status, 0) + n
            total.errors += tally.errors
            total.seconds += tally.seconds
    return totals


def compare(names: list[str], urls: list[str], headers: dict[str, str]) -> None:
    """Prints each way's latency and throughput next to direct's (the first) and the goals; fails on any error."""
    samples = asyncio.run(interleaved(urls, headers))
    rates = asyncio.run(concurrent(urls, headers))
    direct, direct_rate = samples[0], rates[0]
    width = max(len(name) for name in names) + 9
    print(f"\nGET {PATH} as the demo bank's client; {SEQUENTIAL} sequential requests each way, interleaved")
    for name, timings in zip(names, samples, strict=True):
        print(f"  {name:{width}s} median {statistics.median(timings):6.2f} ms   p99 {p99(timings):6.2f} ms")
    for name, timings in zip(names[1:], samples[1:], strict=True):
        print(f"  {name + ' adds':{width}s} median {statistics.median(timings) - statistics.median(direct):+6.2f} ms   "
              f"p99 {p99(timings) - p99(direct):+6.2f} ms   (goal: at most +1 ms median, +3 ms p99)")
    print(f"{CALLERS} concurrent callers, {ROUNDS} rounds of {ROUND_SECONDS:.0f} s each way (200 answers only)")
    for name, tally in zip(names, rates, strict=True):
        print(f"  {name:{width}s} {tally.per_second:7.1f} answers/s  {tally.statuses}")
    for name, tally in zip(names[1:], rates[1:], strict=True):
        share = tally.per_second / direct_rate.per_second
        print(f"  {name + ' / direct':{width}s} {share:7.1%}   (goal: at least 70 %)")
    for tally in rates:
        assert tally.errors == []
        assert set(tally.statuses) == {200}


def test_gateway_overhead(stack: Stack) -> None:
    compare(["direct to loans", "through gateway"], [stack.url("loans") + PATH, stack.url() + PATH],
            bank_headers(stack.url()))

