"""Token buckets: in this process's memory, or in Redis so that several gateway replicas share them.

A bucket holds at most `capacity` tokens and gains `rate` a second; a request takes one. `take` answers what
the request found: the seconds until a token will be there (0 when the request may go) and the tokens left,
which the RateLimit headers tell the caller.
"""

import logging
import math
import time
from collections import OrderedDict
from typing import NamedTuple, Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger("gateway.guard")


class Taken(NamedTuple):
    wait: float  # seconds until a token is there; 0: this request took one
    remaining: float  # tokens left after this request


class Buckets(Protocol):
    async def take(self, key: str, capacity: int, rate: float) -> Taken: ...

    async def aclose(self) -> None: ...


class MemoryBuckets:
    """One process's buckets; the least recently used are dropped past `max_keys` (a full bucket is the same
    as no bucket, and an old one has refilled long ago)."""

    def __init__(self, max_keys: int = 100_000) -> None:
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    async def take(self, key: str, capacity: int, rate: float) -> Taken:
        now = time.monotonic()
        tokens, updated = self._buckets.pop(key, (float(capacity), now))
        tokens = min(float(capacity), tokens + (now - updated) * rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / rate
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return Taken(wait, tokens)

    async def aclose(self) -> None:
        self._buckets.clear()


# Atomic in Redis: refill by the time since the last request (Redis's own clock), take one, set an expiry.
_TAKE = """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1]) or capacity
local updated = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - updated) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return {tostring(wait), tostring(tokens)}
"""


class RedisBuckets:
    """Buckets shared by every replica. If Redis fails, requests pass (logged): the limiter must not take
    the gateway down with it."""

    def __init__(self, url: str, prefix: str) -> None:
        self.prefix = prefix
        self._redis: Redis = Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._take = self._redis.register_script(_TAKE)

    async def take(self, key: str, capacity: int, rate: float) -> Taken:
        try:
            wait, tokens = await self._take(keys=[self.prefix + key], args=[capacity, rate])
        except RedisError as exc:
            log.warning("rate limiter: Redis unavailable, request let through: %s", exc)
            return Taken(0.0, float(capacity))
        return Taken(max(0.0, float(wait)), max(0.0, float(tokens)))

    async def aclose(self) -> None:
        await self._redis.aclose()


def make_buckets(redis_url: str, prefix: str) -> Buckets:
    return RedisBuckets(redis_url, prefix) if redis_url else MemoryBuckets()


def retry_after(wait: float) -> int:
    return max(1, math.ceil(wait))
