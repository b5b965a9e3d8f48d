"""Who delivers the six-digit codes. Settings name one (`code_sender`): "log" in development (the code is
written to the gateway's log, so registration works on one machine), "memory" for tests, or
"package.module:Class" for an SMS provider's sender, a class with this `send` made from the settings."""

import importlib
import logging
from typing import Protocol

from chassis.identity_numbers import mask_mobile
from gateway.config import Settings

log = logging.getLogger("gateway.sms")


class CodeSender(Protocol):
    async def send(self, mobile: str, text: str) -> None:
        """Delivers `text` to the mobile number; raises if it cannot."""


class LogSender:
    """Development only (production settings refuse it): the message, code included, goes to the log."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(self, mobile: str, text: str) -> None:
        log.warning("SMS to %s: %s", mask_mobile(mobile), text)


class MemorySender:
    """Keeps what it was asked to send, for the tests to read."""

    def __init__(self, settings: Settings) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, mobile: str, text: str) -> None:
        self.sent.append((mobile, text))


BUILT_IN: dict[str, type[LogSender] | type[MemorySender]] = {"log": LogSender, "memory": MemorySender}


def make_sender(settings: Settings) -> CodeSender:
    name = settings.code_sender
    if name in BUILT_IN:
        return BUILT_IN[name](settings)
    module, _, attribute = name.partition(":")
    sender: CodeSender = getattr(importlib.import_module(module), attribute)(settings)
    return sender
