"""What the gateway adds over calling a service directly: median and p99, same run, same requests.

Prints its figures; asserts only that every request succeeded (timings belong here, not in unit tests).
"""

import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stack import DEMO_PASSWORD, Stack

REQUESTS = 400
PATH = "/api/v1/loans/lpr?limit=20"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    stack = Stack(data_dir=Path(tmp_path_factory.mktemp("bench")), port_base=19500, demo=True, quiet=True)
    stack.prepare()
    stack.start_all()
    try:
        yield stack
    finally:
        stack.stop_all()


def timings(client: httpx.Client, url: str, headers: dict[str, str]) -> list[float]:
    for _ in range(30):  # warm the pools and caches
        client.get(url, headers=headers)
    samples = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return samples


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    return f"median {statistics.median(ordered):6.2f} ms   p99 {p99:6.2f} ms"


def test_gateway_overhead(stack: Stack) -> None:
    with httpx.Client(timeout=10) as client:
        token = client.post(f"{stack.url()}/api/v1/auth/token",
                            data={"username": "city", "password": DEMO_PASSWORD}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        direct = timings(client, stack.url("loans") + PATH, headers)
        through = timings(client, stack.url() + PATH, headers)
    overhead = statistics.median(through) - statistics.median(direct)
    print(f"\nGET {PATH}, {REQUESTS} sequential requests each")
    print(f"  direct to loans   {summary(direct)}")
    print(f"  through gateway   {summary(through)}")
    print(f"  gateway overhead  median {overhead:+.2f} ms")
