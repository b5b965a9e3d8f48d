"""What runs beside the requests: webhook delivery and the purge of day-old idempotency keys."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from chassis.egress import EgressRule
from chassis.idempotency import purge
from loans.idempotency import IdempotencyRecord
from loans.partners.models import outbox

log = logging.getLogger("loans.housekeeping")
PURGE_EVERY_SECONDS = 3600.0


async def _purge_keys(app: FastAPI, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            async with app.state.sessionmaker() as session, session.begin():
                await purge(session, IdempotencyRecord)
        except Exception:
            log.exception("purging idempotency keys failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), PURGE_EVERY_SECONDS)


@asynccontextmanager
async def background_work(app: FastAPI) -> AsyncIterator[None]:
    if not app.state.settings.background_work:
        yield
        return
    stop = asyncio.Event()
    purger = asyncio.create_task(_purge_keys(app, stop))
    try:
        async with outbox.running(app.state.sessionmaker, app.state.field_cipher,
                                  rule=EgressRule.of(app.state.settings)):
            yield
    finally:
        stop.set()
        await purger
