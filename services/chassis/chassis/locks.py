"""Named locks held for one transaction, so that several replicas of a process do a thing one at a time.

On PostgreSQL they are advisory locks (`pg_advisory_xact_lock`), released at commit or rollback, named by a
string hashed to the 64-bit key PostgreSQL takes. SQLite has one writer at a time already and no such locks:
there the functions grant at once.
"""

import hashlib

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession


def lock_key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def _on_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


async def advisory_xact_lock(session: AsyncSession, name: str) -> None:
    """Waits until no other transaction holds `name`, then holds it until this one ends."""
    if _on_postgres(session):
        await session.execute(select(func.pg_advisory_xact_lock(lock_key(name))))


async def try_advisory_xact_lock(session: AsyncSession, name: str) -> bool:
    """Holds `name` until this transaction ends, or answers False at once when another transaction holds it."""
    if not _on_postgres(session):
        return True
    return bool((await session.execute(select(func.pg_try_advisory_xact_lock(lock_key(name))))).scalar_one())
