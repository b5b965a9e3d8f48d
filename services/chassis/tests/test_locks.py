"""Named locks: on PostgreSQL one transaction at a time holds a name; a job's second runner leaves at once."""

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis.cli import _one_at_a_time
from chassis.locks import advisory_xact_lock, lock_key, try_advisory_xact_lock
from chassis.testing import test_backend


def test_a_name_is_a_stable_64_bit_key() -> None:
    assert lock_key("loans:mark-overdue") == lock_key("loans:mark-overdue")
    assert lock_key("loans:mark-overdue") != lock_key("products:expire-lots")
    assert -(2**63) <= lock_key("gateway:signing-keys") < 2**63


async def test_a_held_name_is_refused_to_a_second_transaction_until_the_first_ends(
        sessions: async_sessionmaker[AsyncSession]) -> None:
    on_postgres = test_backend() == "postgres"
    async with sessions() as first, first.begin():
        assert await try_advisory_xact_lock(first, "test:held")
        async with sessions() as second, second.begin():
            # SQLite has one writer at a time and no such locks: the name is granted there.
            assert await try_advisory_xact_lock(second, "test:held") is not on_postgres
            assert await try_advisory_xact_lock(second, "test:another")
    async with sessions() as third, third.begin():
        assert await try_advisory_xact_lock(third, "test:held")  # released at the end of the first's transaction


async def test_a_job_runs_once_while_another_run_holds_its_lock(sessions: async_sessionmaker[AsyncSession]) -> None:
    runs: list[str] = []

    async def job() -> str:
        runs.append("ran")
        return "done"

    async with sessions() as first, first.begin():
        await advisory_xact_lock(first, "crops:job")
        async with sessions() as second, second.begin():
            report = await _one_at_a_time(second, "crops:job", job())
    if test_backend() == "postgres":
        assert report == "crops:job: another run holds its lock; nothing done" and runs == []
    else:
        assert report == "done" and runs == ["ran"]
    async with sessions() as again, again.begin():
        assert await _one_at_a_time(again, "crops:job", job()) == "done"
