"""Who delivers a trainee's SMS. Settings name one (`sms_sender`): "log" in development (the text goes to the
process log), "memory" for tests, or "package.module:Class" for an SMS provider's sender: a class made from the
settings, with this `send`."""

import importlib
import logging
from typing import Protocol

from chassis.identity_numbers import mask_mobile
from training.config import Settings

log = logging.getLogger("training.sms")


class SmsSender(Protocol):
    async def send(self, mobile: str, text: str) -> None:
        """Delivers `text` to the mobile number; raises if it cannot."""


class LogSender:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(self, mobile: str, text: str) -> None:
        log.info("SMS to %s: %s", mask_mobile(mobile), text)


class MemorySender:
    """Keeps what it was asked to send, for the tests to read."""

    def __init__(self, settings: Settings) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, mobile: str, text: str) -> None:
        self.sent.append((mobile, text))


def sender_for(settings: Settings) -> SmsSender:
    if settings.sms_sender == "log":
        return LogSender(settings)
    if settings.sms_sender == "memory":
        return MemorySender(settings)
    module, _, name = settings.sms_sender.partition(":")
    made: SmsSender = getattr(importlib.import_module(module), name)(settings)
    return made
