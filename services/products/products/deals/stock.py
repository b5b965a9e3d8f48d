"""A deal's quantity, taken from its lot and its demand when both sides accept, and given back if it comes back.

Taking is the lots' and demands' own hooks (`lots.service.sell`, `demands.service.fill`): one conditional UPDATE
each (`... AND remaining_kg >= <quantity> AND status IN <on offer / wanted>`), so whatever the concurrency a lot
never sells more than it holds and a demand never receives more than it wants; either one short is a 409 and
the request rolls back whole. Lot first, then demand, in every path, so two transactions never wait on each
other in opposite orders.

Giving back is one UPDATE each too: the quantity returns to what remains, and a lot sold out or partly sold
(a demand filled or partly filled) is back to open or partly sold (filled) by what it then holds. A lot that has
meanwhile expired or been withdrawn keeps that status: the quantity is recorded, not offered again.
"""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from products import quantities
from products.demands.lifecycle import DemandStatus
from products.demands.models import Demand
from products.demands.service import fill
from products.lots.lifecycle import LotStatus
from products.lots.models import Lot
from products.lots.service import sell

SOLD = (LotStatus.partly_sold, LotStatus.sold_out)
FILLED = (DemandStatus.partly_filled, DemandStatus.filled)


async def take(*, session: AsyncSession, lot_id: uuid.UUID, demand_id: uuid.UUID, quantity_kg: Decimal,
               today: date) -> None:
    await sell(session=session, lot_id=lot_id, quantity_kg=quantity_kg)
    await fill(session=session, demand_id=demand_id, quantity_kg=quantity_kg, today=today)


async def give_back_to_lot(*, session: AsyncSession, lot_id: uuid.UUID, quantity_kg: Decimal) -> None:
    await session.execute(
        update(Lot).where(Lot.id == lot_id)
        .values(quantities.given_back(Lot.remaining_kg, Lot.status, Lot.quantity_kg, quantity_kg, taken_states=SOLD,
                                      untouched=LotStatus.open, partly=LotStatus.partly_sold))
        .execution_options(synchronize_session=False))


async def give_back_to_demand(*, session: AsyncSession, demand_id: uuid.UUID, quantity_kg: Decimal) -> None:
    await session.execute(
        update(Demand).where(Demand.id == demand_id)
        .values(quantities.given_back(Demand.remaining_kg, Demand.status, Demand.quantity_kg, quantity_kg,
                                      taken_states=FILLED, untouched=DemandStatus.open,
                                      partly=DemandStatus.partly_filled))
        .execution_options(synchronize_session=False))
