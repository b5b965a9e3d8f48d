"""Two of every process on PostgreSQL and Redis, as on Kubernetes: what replicas share, they share.

A token from one gateway works on the other; one rate limit holds across both; a signing-key rotation reaches both;
a burst of a bank's writes with the same Idempotency-Keys, spread over every replica, is applied once per key; each
outbox event is delivered once while both loans replicas run the worker; and killing a loans replica under load
loses no committed write and fails no request but those in flight on it, and it gets traffic again once restarted.
"""

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from sqlalchemy import select
from stack import DEMO_PASSWORD, ROOT, Stack, drop_database

from chassis.db import make_engine, make_sessionmaker
from gateway.demo import DEMO_BANK_CLIENT_ID, DEMO_BANK_CLIENT_SECRET
from loans.config import Settings as LoansSettings
from loans.partners.models import WebhookEndpoint, outbox

PORT_BASE = 19300
USER_BUCKET = 60  # the county user's burst in this cluster; refilled at 0.5 a second


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    database = f"postgresql+asyncpg://postgres@127.0.0.1:5432/xq_cluster_{uuid.uuid4().hex[:8]}"
    stack = Stack(data_dir=Path(tmp_path_factory.mktemp("cluster")), port_base=PORT_BASE, demo=True, quiet=True,
                  replicas=2, postgres_url=database, redis_url="redis://127.0.0.1:6379/0",
                  extra_env={"GATEWAY_RATE_LIMIT_PREFIX": f"xq:test:{uuid.uuid4().hex}:",
                             "GATEWAY_RATE_USER": f"[{USER_BUCKET}, 0.5]",
                             # A dead replica's circuit is probed again after 2 s rather than 10.
                             "GATEWAY_BREAKER_OPEN_SECONDS": "2",
                             "LOANS_WEBHOOK_ALLOW_PRIVATE": "true"})
    stack.prepare()
    try:
        stack.start_all()
        yield stack
    finally:
        stack.stop_all()
        asyncio.run(drop_database(database))


def token(gateway: str, **form: str) -> dict[str, str]:
    response = httpx.post(f"{gateway}/api/v1/auth/token", data=form, timeout=10)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def user(gateway: str, username: str) -> dict[str, str]:
    return token(gateway, username=username, password=DEMO_PASSWORD)


def bank(gateway: str) -> dict[str, str]:
    return token(gateway, grant_type="client_credentials", client_id=DEMO_BANK_CLIENT_ID,
                 client_secret=DEMO_BANK_CLIENT_SECRET)


def test_a_token_from_one_gateway_works_on_the_other(cluster: Stack) -> None:
    first, second = cluster.urls()
    headers = user(first, "city")
    assert httpx.get(f"{second}/api/v1/auth/me", headers=headers).json()["username"] == "city"
    assert httpx.get(f"{second}/api/v1/loans/loans?limit=1", headers=headers).status_code == 200
    assert httpx.get(f"{first}/.well-known/jwks.json").json() == httpx.get(f"{second}/.well-known/jwks.json").json()


def test_the_rate_limit_holds_across_gateways(cluster: Stack) -> None:
    gateways = cluster.urls()
    headers = user(gateways[0], "county")
    with httpx.Client(timeout=10) as client:
        statuses = Counter(client.get(f"{gateways[n % 2]}/api/v1/auth/me", headers=headers).status_code
                           for n in range(2 * USER_BUCKET))
    # One bucket in Redis: the burst and what refilled meanwhile, not a burst per gateway.
    assert statuses[200] <= USER_BUCKET + 10, statuses
    assert statuses[429] >= USER_BUCKET - 10, statuses


def test_a_rotation_is_published_by_every_gateway_before_it_signs(cluster: Stack) -> None:
    done = subprocess.run([sys.executable, "-m", "gateway", "rotate-key"], env=cluster.env("gateway"), cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    new_kid = done.stdout.split("signing key ", 1)[1].split()[0]
    deadline = time.monotonic() + 15  # each gateway reads the ring every 10 s; the key signs after 60
    while time.monotonic() < deadline:
        published = [{key["kid"] for key in httpx.get(f"{url}/.well-known/jwks.json").json()["keys"]}
                     for url in cluster.urls()]
        if all(new_kid in kids for kids in published):
            return
        time.sleep(0.5)
    raise AssertionError(f"{new_kid} not published by every gateway: {published}")


def a_repaying_loan(gateway: str, headers: dict[str, str]) -> str:
    """A loan of the demo bank that takes repayments (disbursed, being repaid, or overdue)."""
    for status in ("repaying", "disbursed", "overdue"):
        loans = httpx.get(f"{gateway}/api/v1/loans/loans?status={status}&limit=1", headers=headers).json()["items"]
        if loans:
            return str(loans[0]["id"])
    raise AssertionError("the demo bank has no loan that takes repayments")


def repayment(n: int | str) -> dict[str, str]:
    return {"bank_transaction_id": f"CLUSTER-{n}", "paid_on": time.strftime("%Y-%m-%d"), "interest": "1.00"}


async def _same_keys_everywhere(cluster: Stack, headers: dict[str, str], loan: str) -> list[httpx.Response]:
    keys = [str(uuid.uuid4()) for _ in range(5)]
    async with httpx.AsyncClient(timeout=20) as client:
        return await asyncio.gather(*(
            client.post(f"{gateway}/api/v1/loans/loans/{loan}/repayments",
                        headers={**headers, "Idempotency-Key": key}, json=repayment(key))
            for key in keys for gateway in cluster.urls() for _ in range(4)))


def test_the_same_idempotency_keys_over_every_replica_apply_once(cluster: Stack) -> None:
    gateway = cluster.url()
    headers = bank(gateway)
    loan = a_repaying_loan(gateway, headers)
    before = len(httpx.get(f"{gateway}/api/v1/loans/loans/{loan}", headers=headers).json()["repayments"])
    answers = asyncio.run(_same_keys_everywhere(cluster, headers, loan))
    assert {response.status_code for response in answers} <= {201, 409}, [r.text for r in answers]
    made = {response.json()["id"] for response in answers if response.status_code == 201}
    after = httpx.get(f"{gateway}/api/v1/loans/loans/{loan}", headers=headers).json()["repayments"]
    assert len(made) == 5 and len(after) == before + 5  # 40 requests, 5 keys: 5 repayments
    # Both gateways reached both loans replicas.
    for replica in (0, 1):
        log = (cluster.data_dir / "logs" / f"{Stack.key('loans', replica)}.log").read_text()
        assert "/repayments" in log


class Receiver(BaseHTTPRequestHandler):
    seen: ClassVar[Counter[str]] = Counter()
    lock = threading.Lock()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        with Receiver.lock:
            Receiver.seen[self.headers["webhook-id"]] += 1
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_: object) -> None:
        return


async def _enqueue(cluster: Stack, count: int) -> set[str]:
    settings = LoansSettings(database_url=cluster.postgres_url)
    engine = make_engine(settings)
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            endpoint = (await session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.active))).one()
            return {outbox.enqueue(session, endpoint, "cluster.test", {"n": n}).webhook_id for n in range(count)}
    finally:
        await engine.dispose()


def test_each_outbox_event_is_delivered_once_by_two_workers(cluster: Stack) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        gateway = cluster.url()
        headers = bank(gateway)
        url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
        assert httpx.put(f"{gateway}/api/v1/loans/webhooks/endpoint", headers=headers,
                         json={"url": url}).status_code in (200, 201)
        sent = asyncio.run(_enqueue(cluster, 300))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not sent <= set(Receiver.seen):
            time.sleep(0.5)
        time.sleep(6)  # a worker's next round: nothing is sent again
        ours = {webhook_id: n for webhook_id, n in Receiver.seen.items() if webhook_id in sent}
        assert set(ours) == sent and set(ours.values()) == {1}
    finally:
        server.shutdown()


async def _load(cluster: Stack, headers: dict[str, str], loan: str, seconds: float, kill_at: float,
                results: list[tuple[float, str, int, str | None]]) -> float:
    """Eight callers through both gateways for `seconds`: repayments with their own keys, and reads. Returns when
    the loans replica was killed (monotonic)."""
    started = time.monotonic()
    killed = 0.0

    async def caller(n: int, client: httpx.AsyncClient) -> None:
        gateway = cluster.urls()[n % 2]
        i = 0
        while time.monotonic() - started < seconds:
            i += 1
            key = f"{n}-{i}-{uuid.uuid4().hex[:6]}"
            at = time.monotonic()
            try:
                if i % 2:
                    response = await client.post(f"{gateway}/api/v1/loans/loans/{loan}/repayments",
                                                 headers={**headers, "Idempotency-Key": key}, json=repayment(key))
                    made = response.json()["id"] if response.status_code == 201 else None
                else:
                    response = await client.get(f"{gateway}/api/v1/loans/loans?limit=5", headers=headers)
                    made = None
                results.append((at, "write" if i % 2 else "read", response.status_code, made))
            except httpx.HTTPError:
                results.append((at, "write" if i % 2 else "read", 0, None))

    async def killer() -> None:
        nonlocal killed
        await asyncio.sleep(kill_at)
        await asyncio.to_thread(cluster.kill, "loans", 1)
        killed = time.monotonic()

    async with httpx.AsyncClient(timeout=20) as client:
        await asyncio.gather(killer(), *(caller(n, client) for n in range(8)))
    return killed


def test_killing_a_loans_replica_under_load_loses_nothing_and_it_comes_back(cluster: Stack) -> None:
    gateway = cluster.url()
    headers = bank(gateway)
    loan = a_repaying_loan(gateway, headers)
    results: list[tuple[float, str, int, str | None]] = []
    killed = asyncio.run(_load(cluster, headers, loan, seconds=8, kill_at=3, results=results))
    failed = [(round(at - killed, 2), kind, status) for at, kind, status, _ in results if status != 201 and
              status != 200]
    # Only what was in flight on the killed replica may fail (eight callers: at most eight); nothing after.
    assert len(failed) <= 8, failed
    assert all(at < 0.5 for at, _, _ in failed), failed
    assert sum(1 for at, *_ in results if at > killed) > 20  # the load went on after the kill
    # Every write that was answered 201 is there, read through the surviving replica.
    made = {repayment_id for *_, repayment_id in results if repayment_id}
    kept = {r["id"] for r in httpx.get(f"{gateway}/api/v1/loans/loans/{loan}", headers=headers).json()["repayments"]}
    assert made and made <= kept

    cluster.start("loans", 1)
    cluster.wait_ready("loans", 1)
    log = cluster.data_dir / "logs" / f"{Stack.key('loans', 1)}.log"
    before = log.read_text().count('"path"')
    time.sleep(2.5)  # the gateways' circuit for it half-opens after 2 s: the next request probes it
    with httpx.Client(timeout=10) as client:
        for n in range(40):
            assert client.get(f"{cluster.urls()[n % 2]}/api/v1/loans/loans?limit=5", headers=headers).status_code == 200
    assert log.read_text().count('"path"') - before >= 10  # about half of them
    states = [httpx.get(f"{url}/readyz").json()["upstreams"]["loans"] for url in cluster.urls()]
    assert states == ["closed", "closed"]


def test_the_stack_keeps_its_secrets_private(cluster: Stack) -> None:
    secrets = cluster.data_dir / "secrets.json"
    assert os.stat(secrets).st_mode & 0o077 == 0
    assert all(len(value) >= 40 for values in json.loads(secrets.read_text()).values() for value in values.values())
