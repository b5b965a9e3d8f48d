"""Standard Webhooks (standardwebhooks.com): sign what we send and verify what we receive. Pure: no I/O.

A message carries three headers: `webhook-id` (the same on every retry, so a receiver can drop
duplicates), `webhook-timestamp` (unix seconds of this attempt) and `webhook-signature`, a space-separated
list of `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`: one per secret while a secret is rotated.
A secret is `whsec_` + base64 of its key bytes.
"""

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping, Sequence

SECRET_PREFIX = "whsec_"  # noqa: S105 - the prefix, not a secret
TOLERANCE_SECONDS = 5 * 60


class InvalidWebhook(Exception):
    """The headers are missing, too old or too new, or no signature matches."""


def new_secret(key_bytes: int = 32) -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(key_bytes)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)


def _as_bytes(body: bytes | str) -> bytes:
    return body.encode() if isinstance(body, str) else body


def signature(secret: str, msg_id: str, timestamp: int, body: bytes | str) -> str:
    signed = f"{msg_id}.{timestamp}.".encode() + _as_bytes(body)
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def sign(secrets_: str | Sequence[str], msg_id: str, timestamp: int, body: bytes | str) -> dict[str, str]:
    """The three headers of one attempt, signed with every secret given (current first, then previous)."""
    keys = [secrets_] if isinstance(secrets_, str) else list(secrets_)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(signature(key, msg_id, timestamp, body) for key in keys),
    }


def verify(secret: str, body: bytes | str, headers: Mapping[str, str], *, now: int | None = None,
           tolerance: int = TOLERANCE_SECONDS) -> None:
    """Raises InvalidWebhook unless one v1 signature in the headers is `secret`'s, within the tolerance."""
    lowered = {name.lower(): value for name, value in headers.items()}
    msg_id = lowered.get("webhook-id")
    stamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not msg_id or not stamp or not signatures:
        raise InvalidWebhook("missing webhook headers")
    try:
        timestamp = int(stamp)
    except ValueError as exc:
        raise InvalidWebhook("the timestamp is not a number") from exc
    current = int(time.time()) if now is None else now
    if abs(current - timestamp) > tolerance:
        raise InvalidWebhook("the timestamp is outside the tolerance")
    expected = signature(secret, msg_id, timestamp, body).encode()
    if not any(hmac.compare_digest(expected, given.encode("utf-8", "replace")) for given in signatures.split()):
        raise InvalidWebhook("no matching signature")
