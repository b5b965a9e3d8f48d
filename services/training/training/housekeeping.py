"""What runs beside the requests: sending trainees' notifications by SMS."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from training.notifications.senders import sender_for
from training.notifications.service import deliver_pending

log = logging.getLogger("training.housekeeping")
SEND_EVERY_SECONDS = 5.0


async def _send(app: FastAPI, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            await deliver_pending(app.state.sessionmaker, app.state.field_cipher, app.state.sms_sender)
        except Exception:
            log.exception("sending notifications failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), SEND_EVERY_SECONDS)


@asynccontextmanager
async def background_work(app: FastAPI) -> AsyncIterator[None]:
    app.state.sms_sender = sender_for(app.state.settings)
    if not app.state.settings.background_work:
        yield
        return
    stop = asyncio.Event()
    sender = asyncio.create_task(_send(app, stop))
    try:
        yield
    finally:
        stop.set()
        await sender
