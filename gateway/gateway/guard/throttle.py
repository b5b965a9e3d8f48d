"""Failed logins, counted per account and per client address.

After `free_failures` failures each attempt must wait, twice as long each time (2 s, 4 s, 8 s, ...), and
`lock_failures` failures lock the key for `lock_seconds`. While a key waits, every attempt is 429 with
Retry-After before the password is looked at, so a locked account never tells whether a password was
right. Failures older than `lock_seconds` are forgotten; a successful login clears the account's count
(not the address's: one good account must not wash an address's guesses away).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from sqlalchemy import delete, select, update
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
class LoginPolicy:
    free_failures: int = 5
    lock_failures: int = 10
    lock_seconds: int = 900

    def delay_seconds(self, failures: int) -> int:
        """How long after the last failure the next attempt must wait (pure, for the tests and the docs)."""
        if failures >= self.lock_failures:
            return self.lock_seconds
        if failures < self.free_failures:
            return 0
        return int(2 ** (failures - self.free_failures + 1))

    def wait_seconds(self, row: LoginThrottle, now: datetime) -> int:
        if row.locked_until is not None and row.locked_until > now:
            return ceil((row.locked_until - now).total_seconds())
        if row.last_failure_at < now - timedelta(seconds=self.lock_seconds):
            return 0
        ready = row.last_failure_at + timedelta(seconds=self.delay_seconds(row.failures))
        return max(0, ceil((ready - now).total_seconds()))


async def ensure_may_try(session: AsyncSession, keys: list[str], policy: LoginPolicy, now: datetime) -> None:
    rows = (await session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))).all()
    wait = max((policy.wait_seconds(row, now) for row in rows), default=0)
    if wait > 0:
        raise TooManyAttempts(wait)


async def record_failure(session: AsyncSession, keys: list[str], policy: LoginPolicy, now: datetime) -> list[str]:
    """Counts a failure against each key (in its own transaction: the request itself fails); returns the
    keys this failure locked."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    forgotten = now - timedelta(seconds=policy.lock_seconds)
    locked = []
    for key in keys:
        await session.execute(insert(LoginThrottle).values(key=key, failures=0, last_failure_at=now)
                              .on_conflict_do_nothing(index_elements=["key"]))
        await session.execute(update(LoginThrottle)
                              .where(LoginThrottle.key == key, LoginThrottle.last_failure_at < forgotten,
                                     (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until <= now))
                              .values(failures=0, locked_until=None))
        failures = await session.scalar(update(LoginThrottle).where(LoginThrottle.key == key)
                                        .values(failures=LoginThrottle.failures + 1, last_failure_at=now)
                                        .returning(LoginThrottle.failures))
        if failures is not None and failures >= policy.lock_failures:
            await session.execute(update(LoginThrottle)
                                  .where(LoginThrottle.key == key, LoginThrottle.locked_until.is_(None))
                                  .values(locked_until=now + timedelta(seconds=policy.lock_seconds)))
            if failures == policy.lock_failures:
                locked.append(key)
    return locked


async def clear(session: AsyncSession, key: str) -> None:
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))


def login_policy(settings: Settings) -> LoginPolicy:
    return LoginPolicy(settings.login_free_failures, settings.login_lock_failures, settings.login_lock_seconds)
