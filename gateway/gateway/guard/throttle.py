"""Failed logins: counted per (account, address), per address, and per account from everywhere.

The first two lock. After `free_failures` failures each attempt must wait, twice as long each time (2 s,
4 s, 8 s, ...), and `lock_failures` failures lock the key for `lock_seconds`. So one address guessing one
account's password is locked out, and so is an address guessing many accounts, but nobody elsewhere is. An
address counts everyone behind it (an office, a campus behind one NAT), so its thresholds are higher
(`address_free_failures`, `address_lock_failures`).

The account's count from everywhere only slows: after `slow_failures` failures (a spread-out attack, which
is recorded as an alert) attempts wait up to `slow_max_seconds` between them, except from the places where
the account has logged in before. A stranger cannot lock a staff account or a bank's API client out, and
the right credential from the right place keeps working.

While a key waits, every attempt is 429 with Retry-After before the password is looked at, so waiting never
tells whether a password was right. Failures older than `lock_seconds` are forgotten; a successful login
clears its own (account, address) count only: one good login must not wash away anybody's guesses.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.problems import Problem
from gateway.config import Settings
from gateway.guard.models import LoginThrottle


class TooManyAttempts(Problem):
    status, slug, title = 429, "too-many-attempts", "Too many failed attempts"

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many failed attempts; try again in {retry_after} seconds.",
                         headers={"Retry-After": str(retry_after)}, retry_after=retry_after)


@dataclass(frozen=True, slots=True)
class ThrottleKeys:
    """The keys one login attempt counts against: who from where, where, and who."""

    pair: str
    address: str
    account: str

    @classmethod
    def of(cls, account: str, address: str) -> "ThrottleKeys":
        return cls(pair=f"{account}@{address}", address=f"address:{address}", account=account)

    @property
    def locking(self) -> list[str]:
        return [self.pair, self.address]


@dataclass(frozen=True, slots=True)
class LoginPolicy:
    free_failures: int = 5
    lock_failures: int = 10
    lock_seconds: int = 900
    slow_failures: int = 20
    slow_max_seconds: int = 60
    address_free_failures: int = 20
    address_lock_failures: int = 50

    def delay_seconds(self, failures: int, *, address: bool = False) -> int:
        """How long after the last failure the next attempt must wait (pure, for the tests and the docs)."""
        free, lock = self.thresholds(address=address)
        if failures >= lock:
            return self.lock_seconds
        if failures < free:
            return 0
        return int(min(2 ** (failures - free + 1), self.lock_seconds))

    def thresholds(self, *, address: bool) -> tuple[int, int]:
        """Failures before the delay starts, and failures that lock."""
        if address:
            return self.address_free_failures, self.address_lock_failures
        return self.free_failures, self.lock_failures

    def slow_seconds(self, failures: int) -> int:
        """The wait an account's failures from everywhere impose on unknown places: never a lock."""
        if failures < self.slow_failures:
            return 0
        return int(min(2 ** (failures - self.slow_failures + 1), self.slow_max_seconds))

    def wait_seconds(self, row: LoginThrottle, now: datetime, *, slowing: bool = False) -> int:
        if row.locked_until is not None and row.locked_until > now:
            return ceil((row.locked_until - now).total_seconds())
        if row.last_failure_at < now - timedelta(seconds=self.lock_seconds):
            return 0
        address = row.key.startswith("address:")
        delay = self.slow_seconds(row.failures) if slowing else self.delay_seconds(row.failures, address=address)
        ready = row.last_failure_at + timedelta(seconds=delay)
        return max(0, ceil((ready - now).total_seconds()))


async def ensure_may_try(session: AsyncSession, keys: ThrottleKeys, policy: LoginPolicy, now: datetime, *,
                         known_place: Callable[[], Awaitable[bool]]) -> None:
    """429 while a key waits; the account's own slow-down is waived where it has logged in before."""
    rows = {row.key: row for row in await session.scalars(
        select(LoginThrottle).where(LoginThrottle.key.in_([*keys.locking, keys.account])))}
    wait = max((policy.wait_seconds(rows[key], now) for key in keys.locking if key in rows), default=0)
    if wait == 0 and keys.account in rows:
        wait = policy.wait_seconds(rows[keys.account], now, slowing=True)
        if wait > 0 and await known_place():
            wait = 0
    if wait > 0:
        raise TooManyAttempts(wait)


@dataclass(frozen=True, slots=True)
class Counted:
    """What a failure set off: the keys it locked, and whether it began slowing the account."""

    locked: list[str]
    slowed: bool


async def record_failure(session: AsyncSession, keys: ThrottleKeys, policy: LoginPolicy, now: datetime) -> Counted:
    """Counts a failure against each key (in its own transaction: the request itself fails)."""
    locked = []
    for key in keys.locking:
        _, lock = policy.thresholds(address=key == keys.address)
        if await _count(session, key, policy, now) >= lock and await _lock(session, key, policy, now):
            locked.append(key)
    return Counted(locked, slowed=await _count(session, keys.account, policy, now) == policy.slow_failures)


async def _count(session: AsyncSession, key: str, policy: LoginPolicy, now: datetime) -> int:
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    forgotten = now - timedelta(seconds=policy.lock_seconds)
    await session.execute(insert(LoginThrottle).values(key=key, failures=0, last_failure_at=now)
                          .on_conflict_do_nothing(index_elements=["key"]))
    await session.execute(update(LoginThrottle)
                          .where(LoginThrottle.key == key, LoginThrottle.last_failure_at < forgotten,
                                 (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until <= now))
                          .values(failures=0, locked_until=None))
    failures = await session.scalar(update(LoginThrottle).where(LoginThrottle.key == key)
                                    .values(failures=LoginThrottle.failures + 1, last_failure_at=now)
                                    .returning(LoginThrottle.failures))
    return int(failures or 0)


async def _lock(session: AsyncSession, key: str, policy: LoginPolicy, now: datetime) -> bool:
    """Locks the key unless it is locked already; True if this call locked it."""
    result: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(LoginThrottle).where(LoginThrottle.key == key, LoginThrottle.locked_until.is_(None))
        .values(locked_until=now + timedelta(seconds=policy.lock_seconds)))
    return result.rowcount == 1


async def clear(session: AsyncSession, key: str) -> None:
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))


def login_policy(settings: Settings) -> LoginPolicy:
    return LoginPolicy(settings.login_free_failures, settings.login_lock_failures, settings.login_lock_seconds,
                       settings.login_slow_failures, settings.login_slow_max_seconds,
                       settings.login_address_free_failures, settings.login_address_lock_failures)
