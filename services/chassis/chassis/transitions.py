"""Moving a row from the state it was read in to the next, once, whatever the concurrency.

Every lifecycle (applications, deals, lots, demands, sellers, notices) moves a row with one conditional UPDATE:
`... SET status = target WHERE id = :id AND status = :origin`. Two requests that read the same state race to
it; the database lets one of them through and the other finds the row moved and answers 409. No lock is held
between the read and the write, and no read-modify-write can lose an update.
"""

from typing import Any, Protocol

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm.attributes import set_committed_value


class Stateful(Protocol):
    """A mapped row with an id and a status (the models of every lifecycle)."""

    id: Any
    status: Any


async def move(session: AsyncSession, row: Stateful, target: Any, **values: Any) -> bool:
    """Sets the row's status to `target` (and `values` with it) if its status is still the one it was read in.

    True when it moved: the row object then holds the new values, as if read after the UPDATE. False when
    another request moved it first: the row object is read again, so the caller's 409 names the state it is
    really in now.
    """
    model = type(row)
    key: InstrumentedAttribute[Any] = model.id
    status: InstrumentedAttribute[Any] = model.status
    moved = await session.execute(
        update(model).where(key == row.id, status == row.status).values(status=target, **values)
        .execution_options(synchronize_session=False))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(row)
        return False
    for name, value in {"status": target, **values}.items():
        set_committed_value(row, name, value)
    return True
