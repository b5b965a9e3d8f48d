import asyncio

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis import transitions

from .conftest import Shipment


async def _packed(sessions: async_sessionmaker[AsyncSession]) -> Shipment:
    async with sessions() as session, session.begin():
        shipment = Shipment()
        session.add(shipment)
    return shipment


async def test_a_move_sets_the_status_and_its_values_on_the_row_and_in_the_database(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    packed = await _packed(sessions)
    async with sessions() as session, session.begin():
        shipment = await session.get_one(Shipment, packed.id)
        assert await transitions.move(session, shipment, "shipped", carrier="顺丰")
        assert (shipment.status, shipment.carrier) == ("shipped", "顺丰")
    async with sessions() as session:
        stored = await session.get_one(Shipment, packed.id)
        assert (stored.status, stored.carrier) == ("shipped", "顺丰")


async def test_two_moves_from_the_same_read_state_let_one_through_and_the_other_sees_the_state_now(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    packed = await _packed(sessions)
    async with sessions() as first, sessions() as second:
        mine = await first.get_one(Shipment, packed.id)
        theirs = await second.get_one(Shipment, packed.id)
        await first.commit()
        await second.commit()  # both have read "packed"; now both act on it
        assert await transitions.move(first, mine, "shipped", carrier="顺丰")
        await first.commit()
        assert not await transitions.move(second, theirs, "cancelled")
        assert theirs.status == "shipped"  # read again: the caller's 409 names the real state
        await second.commit()
    async with sessions() as session:
        assert await session.scalar(select(Shipment.status).where(Shipment.id == packed.id)) == "shipped"


async def test_concurrent_moves_of_one_row_apply_exactly_one(sessions: async_sessionmaker[AsyncSession]) -> None:
    packed = await _packed(sessions)

    read = asyncio.Barrier(10)

    async def attempt(target: str) -> bool:
        async with sessions() as session:
            shipment = await session.get_one(Shipment, packed.id)
            await session.commit()
            await read.wait()  # every request has read "packed" before any of them writes
            moved = await transitions.move(session, shipment, target)
            await session.commit()
            return moved

    results = await asyncio.gather(*(attempt(target) for target in ("shipped", "cancelled") * 5))
    assert results.count(True) == 1
