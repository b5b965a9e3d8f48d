"""argon2 password hashes. Hashing is deliberately slow, so it runs off the event loop."""

from functools import cache

from pwdlib import PasswordHash
from starlette.concurrency import run_in_threadpool


@cache
def _hasher() -> PasswordHash:
    return PasswordHash.recommended()


@cache
def _decoy_hash() -> str:
    return _hasher().hash("a password nobody has")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    """True when the password matches; with no hash (no such user) it still spends the same time."""
    matched: bool = await run_in_threadpool(_hasher().verify, password, password_hash or _decoy_hash())
    return matched and password_hash is not None
