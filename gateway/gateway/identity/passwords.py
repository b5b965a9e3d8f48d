"""argon2 password hashes and the strength rule. Hashing is deliberately slow, so it runs off the event loop.

A password has at least 10 characters (the schemas say so) and zxcvbn, whose lists hold the common
passwords, must score it 3 or more, counting the user's own name and number as known words.
"""

import secrets
from collections.abc import Sequence
from functools import cache
from typing import Annotated, Any

from pwdlib import PasswordHash
from pydantic import StringConstraints
from starlette.concurrency import run_in_threadpool
from zxcvbn import zxcvbn  # type: ignore[import-untyped]

from chassis.problems import Unprocessable

MIN_LENGTH = 10
MIN_SCORE = 3
# zxcvbn's time grows with length; beyond this many characters the rest adds nothing to its verdict.
SCORED_PREFIX = 100

NewPassword = Annotated[str, StringConstraints(min_length=MIN_LENGTH, max_length=128)]
# What a login form may carry: no rule but a bound (old accounts' passwords predate the rule).
GivenPassword = Annotated[str, StringConstraints(min_length=1, max_length=128)]


class WeakPassword(Unprocessable):
    slug, title = "weak-password", "Password too weak"


@cache
def _hasher() -> PasswordHash:
    return PasswordHash.recommended()


@cache
def _decoy_hash() -> str:
    return _hasher().hash("a password nobody has")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


async def hash_password_async(password: str) -> str:
    hashed: str = await run_in_threadpool(hash_password, password)
    return hashed


async def verify_password(password: str, password_hash: str | None) -> bool:
    """True when the password matches; with no hash (no such user) it still spends the same time."""
    matched: bool = await run_in_threadpool(_hasher().verify, password, password_hash or _decoy_hash())
    return matched and password_hash is not None


def strength(password: str, known_words: Sequence[str] = ()) -> dict[str, Any]:
    result: dict[str, Any] = zxcvbn(password[:SCORED_PREFIX], user_inputs=[w for w in known_words if w])
    return result


async def ensure_strong(password: str, known_words: Sequence[str] = ()) -> None:
    """Refuses (422 weak-password, with zxcvbn's advice) a password scored under 3."""
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"A password has at least {MIN_LENGTH} characters.", score=0, warning="",
                           suggestions=[])
    result = await run_in_threadpool(strength, password, known_words)
    if result["score"] < MIN_SCORE:
        feedback = result.get("feedback") or {}
        raise WeakPassword("This password is too easy to guess; choose a longer or less common one.",
                           score=result["score"], warning=feedback.get("warning", ""),
                           suggestions=list(feedback.get("suggestions", [])))


def temporary_password() -> str:
    """What staff hand over after creating an account or resetting a password; changed at the next login."""
    return secrets.token_urlsafe(12)
