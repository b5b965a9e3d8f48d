"""The quantity a lot still offers and a demand still wants (`remaining_kg`), as deals take and give it back.

Lots and demands keep the same pair, `quantity_kg` (at listing) and `remaining_kg`, and move between the same
three conditions with it: untouched, partly taken, nothing left. These are the values of the one UPDATE that
moves both at once, so the status is worked out by the database from the quantity as it stands when the row is
written, never from what a request read earlier.
"""

from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, case, literal, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute


def taken(remaining: InstrumentedAttribute[Any], status: InstrumentedAttribute[Any], quantity_kg: Any, *,
          partly: Enum, none_left: Enum) -> dict[str, Any]:
    """SET values taking `quantity_kg`: partly taken, or none left when it was all that remained. The caller's
    WHERE makes sure that much remains."""
    left = remaining - quantity_kg
    return {remaining.key: left,
            status.key: case((left == 0, literal(none_left, status.type)), else_=literal(partly, status.type))}


def given_back(remaining: InstrumentedAttribute[Any], status: InstrumentedAttribute[Any],
               quantity: InstrumentedAttribute[Any], quantity_kg: Any, *, taken_states: tuple[Enum, ...],
               untouched: Enum, partly: Enum) -> dict[str, Any]:
    """SET values giving `quantity_kg` back: untouched again when it all remains, else partly taken. A row that
    has meanwhile left the market (expired, withdrawn, cancelled) keeps its status: the quantity is recorded,
    not offered again."""
    left = remaining + quantity_kg
    return {remaining.key: left, status.key: case(
        (status.not_in(taken_states), status),
        (left >= quantity, literal(untouched, status.type)),
        else_=literal(partly, status.type))}


def resized(remaining: InstrumentedAttribute[Any], quantity: InstrumentedAttribute[Any],
            new_quantity_kg: Any) -> tuple[dict[str, Any], ColumnElement[bool]]:
    """SET values and the WHERE condition of a new total (a correction): what remains moves by as much, and the
    total must stay above what deals have taken by the time the row is written, so the status stays."""
    return ({quantity.key: new_quantity_kg, remaining.key: remaining + (new_quantity_kg - quantity)},
            quantity - remaining < new_quantity_kg)


async def correct(session: AsyncSession, row: Any, changes: dict[str, Any], *, live: frozenset[Enum]) -> bool:
    """Writes a correction of a lot or demand (`changes`, a new total `quantity_kg` among them) in one conditional
    UPDATE: the row still in one of the `live` states and, for a new total, still above what deals have taken.
    True when written (or nothing to write); False when not, the row then read again to say why."""
    model = type(row)
    conditions = [model.id == row.id, model.status.in_(live)]
    values = dict(changes)
    new_total = values.pop("quantity_kg", None)
    if new_total is not None:
        sized, above_taken = resized(model.remaining_kg, model.quantity_kg, new_total)
        values |= sized
        conditions.append(above_taken)
    if not values:
        return True
    written = await session.execute(update(model).where(*conditions).values(values)
                                    .execution_options(synchronize_session=False))
    await session.refresh(row)  # what the UPDATE wrote, or what stopped it
    return bool(written.rowcount == 1)  # type: ignore[attr-defined]
