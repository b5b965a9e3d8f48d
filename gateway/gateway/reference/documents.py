"""The merged document as built (`reference/openapi.json`), read once per process, and its views."""

import json
from functools import cache
from typing import Any

from gateway.reference.audience import Audience
from gateway.reference.audience import view as filtered
from gateway.reference.build import DOCUMENT


@cache
def merged() -> dict[str, Any]:
    return dict(json.loads(DOCUMENT.read_text(encoding="utf-8")))


@cache
def view(audience: Audience) -> dict[str, Any]:
    return filtered(merged(), audience)


@cache
def body(audience: Audience) -> bytes:
    """The view as sent: serialized once, not on every request (the whole document is over a megabyte)."""
    return json.dumps(view(audience), ensure_ascii=False, separators=(",", ":")).encode()
