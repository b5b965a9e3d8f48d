import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis

from chassis.testing import app_client, mint_token
from gateway.config import Settings
from gateway.demo import DEMO_BANK_CLIENT_ID, DEMO_BANK_CLIENT_SECRET
from gateway.guard.buckets import MemoryBuckets, RedisBuckets
from gateway.main import create_app
from tests.helpers import bearer, login

REDIS_URL = os.environ.get("XQ_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"xq-test:{uuid.uuid4().hex}:"
    yield prefix
    redis: Redis = Redis.from_url(REDIS_URL)
    async for key in redis.scan_iter(match=f"{prefix}*"):
        await redis.delete(key)
    await redis.aclose()


@asynccontextmanager
async def small_gateway(settings: Settings, **budgets: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A second gateway on the same database, with small budgets: anonymous 3, users 5 (refill: none to speak of)."""
    tight = {"rate_anonymous": (3, 0.01), "rate_user": (5, 0.01), "rate_bank_client": (8, 0.01), **budgets}
    async with app_client(create_app(settings.model_copy(update=tight))) as client:
        yield client


async def test_a_memory_bucket_lets_a_burst_through_then_asks_to_wait() -> None:
    buckets = MemoryBuckets()
    taken = [await buckets.take("a", 3, 1.0) for _ in range(3)]
    assert [t.wait for t in taken] == [0, 0, 0]
    assert [round(t.remaining) for t in taken] == [2, 1, 0]  # what the RateLimit header tells the caller
    assert 0.9 < (await buckets.take("a", 3, 1.0)).wait <= 1.0
    assert (await buckets.take("b", 3, 1.0)).wait == 0


async def test_a_redis_bucket_is_shared_by_every_replica(redis_prefix: str) -> None:
    one, two = RedisBuckets(REDIS_URL, redis_prefix), RedisBuckets(REDIS_URL, redis_prefix)
    try:
        assert (await one.take("k", 3, 1.0)).wait == 0
        assert (await two.take("k", 3, 1.0)).wait == 0
        last = await one.take("k", 3, 1.0)
        assert last.wait == 0 and last.remaining < 0.1
        assert 0.9 < (await two.take("k", 3, 1.0)).wait <= 1.0
        assert (await two.take("other", 3, 1.0)).remaining == 2
    finally:
        await one.aclose()
        await two.aclose()


async def test_a_redis_bucket_lets_requests_pass_when_redis_is_down() -> None:
    buckets = RedisBuckets("redis://127.0.0.1:1/0", "xq-test:")
    assert (await buckets.take("k", 1, 0.01)).wait == 0
    assert (await buckets.take("k", 1, 0.01)).wait == 0
    await buckets.aclose()


async def test_anonymous_callers_get_429_with_retry_after(settings: Settings) -> None:
    async with small_gateway(settings) as client:
        answers = [await client.get("/.well-known/jwks.json") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[-1].headers["content-type"] == "application/problem+json"
    assert int(answers[-1].headers["retry-after"]) >= 1
    assert answers[-1].headers["x-request-id"]


async def test_a_user_has_a_bucket_of_their_own(settings: Settings, client: httpx.AsyncClient) -> None:
    token = await login(client, "city")
    async with small_gateway(settings) as small:
        for _ in range(3):
            await small.get("/.well-known/jwks.json")
        assert (await small.get("/.well-known/jwks.json")).status_code == 429
        mine = [(await small.get("/api/v1/auth/me", headers=bearer(token))).status_code for _ in range(6)]
    assert mine == [200] * 5 + [429]


async def test_the_proxy_is_limited_too(settings: Settings) -> None:
    async with small_gateway(settings) as client:
        codes = [(await client.get("/api/v1/loans/echo/x")).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


async def test_bank_clients_have_a_larger_budget(settings: Settings, client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/auth/token", data={
        "grant_type": "client_credentials", "client_id": str(DEMO_BANK_CLIENT_ID),
        "client_secret": DEMO_BANK_CLIENT_SECRET})
    token = response.json()["access_token"]
    async with small_gateway(settings) as small:
        codes = [(await small.get("/api/v1/loans/echo/x", headers=bearer(token))).status_code for _ in range(9)]
    assert codes == [200] * 8 + [429]


async def test_invented_tokens_do_not_buy_fresh_buckets(settings: Settings) -> None:
    async with small_gateway(settings) as client:
        codes = [(await client.get("/api/v1/loans/echo/x", headers=bearer(mint_token("admin")))).status_code
                 for _ in range(4)]
    assert codes[-1] == 429


async def test_health_probes_are_not_limited(settings: Settings) -> None:
    async with small_gateway(settings) as client:
        assert {(await client.get("/healthz")).status_code for _ in range(10)} == {200}


async def test_a_query_string_over_2048_bytes_is_414(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/echo/x", params={"q": "x" * 2100})
    assert response.status_code == 414
    assert response.headers["content-type"] == "application/problem+json"
    assert (await client.get("/api/v1/loans/echo/x", params={"q": "x" * 2000})).status_code == 200


async def test_gateways_sharing_redis_share_the_buckets(settings: Settings, redis_prefix: str) -> None:
    shared = {"redis_url": REDIS_URL, "rate_limit_prefix": redis_prefix}
    async with small_gateway(settings, **shared) as one, small_gateway(settings, **shared) as two:
        codes = [(await gateway.get("/.well-known/jwks.json")).status_code for gateway in (one, two, one, two)]
    assert codes == [200, 200, 200, 429]


def test_redis_url_is_read_from_redis_url_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://example:6379/3")
    assert Settings().redis_url == "redis://example:6379/3"
    monkeypatch.setenv("GATEWAY_REDIS_URL", "redis://gateway:6379/1")
    assert Settings().redis_url == "redis://gateway:6379/1"




async def test_every_answer_tells_the_caller_its_limit_and_what_is_left(settings: Settings) -> None:
    # The IETF RateLimit fields: a bank's system paces itself before it is refused.
    async with small_gateway(settings, rate_bank_client=(8, 2.0)) as client:
        response = await client.post("/api/v1/auth/token", data={
            "grant_type": "client_credentials", "client_id": str(DEMO_BANK_CLIENT_ID),
            "client_secret": DEMO_BANK_CLIENT_SECRET})
        headers = bearer(response.json()["access_token"])
        answers = [await client.get("/api/v1/loans/echo/x", headers=headers) for _ in range(9)]
    assert answers[0].headers["ratelimit-policy"] == '"client";q=8;w=4'  # 8 requests, full again in 4 s
    remaining = [int(a.headers["ratelimit"].split("r=")[1].split(";")[0]) for a in answers]
    assert remaining[0] == 7 and remaining[:8] == sorted(remaining[:8], reverse=True) and remaining[-1] == 0
    refused = answers[-1]
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert refused.headers["ratelimit"].startswith('"client";r=0;t=')
    assert answers[0].headers["content-type"] == "application/json"  # the service's answer, headers added


async def test_anonymous_answers_and_pages_carry_the_address_policy(settings: Settings) -> None:
    async with small_gateway(settings) as client:
        response = await client.get("/.well-known/jwks.json")
    assert response.headers["ratelimit-policy"] == '"address";q=3;w=300'
    assert response.headers["ratelimit"] == '"address";r=2;t=100'
