"""Turns a bearer token into a Principal, with the gateway's public keys fetched from its JWKS.

A token that verified is kept (`VerifiedTokens`) until it expires, so its signature is checked once per process
rather than on every request: an ES256 check is most of what verifying costs.
"""

import asyncio
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from chassis.auth import jwt
from chassis.auth.principal import Principal, Role
from chassis.settings import ServiceSettings

log = logging.getLogger("chassis.auth")
# A token with an unknown kid makes us refetch the JWKS, but not more often than this.
JWKS_REFRESH_SECONDS = 30.0
VERIFIED_TOKENS_KEPT = 10_000

Keys = Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Verified:
    principal: Principal
    kid: str
    expires_at: float


class VerifiedTokens:
    """Tokens that verified, keyed by the whole token string, the least recently used dropped past `max_entries`.

    An entry is good until the token's `exp` (without the 30 s of leeway verification allows: from then on the
    token is verified again, by the rules) and while the key that signed it still verifies. Only a token that
    verified is put here; one that was refused is checked again every time it comes.
    """

    def __init__(self, max_entries: int = VERIFIED_TOKENS_KEPT, clock: Callable[[], float] = time.time) -> None:
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[str, Verified] = OrderedDict()

    def get(self, token: str, keys: Keys) -> Principal | None:
        entry = self._entries.get(token)
        if entry is None:
            return None
        if entry.expires_at <= self.clock() or entry.kid not in keys:
            del self._entries[token]
            return None
        self._entries.move_to_end(token)
        return entry.principal

    def put(self, token: str, principal: Principal, *, kid: str, expires_at: float) -> None:
        self._entries[token] = Verified(principal, kid, expires_at)
        self._entries.move_to_end(token)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class TokenVerifier:
    def __init__(self, settings: ServiceSettings) -> None:
        self._settings = settings
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()
        self.verified = VerifiedTokens()
        if settings.jwt_public_key:
            public = jwt.public_jwk(settings.jwt_public_key)
            self._keys[public["kid"]] = public

    async def principal(self, token: str) -> Principal:
        """The caller the token names, or InvalidToken."""
        known = self.verified.get(token, self._known_keys())
        if known is not None:
            return known
        kid = jwt.unverified_kid(token)
        keys = await self._keys_for(kid)
        claims = jwt.verify(token, keys, issuer=self._settings.jwt_issuer,
                            audience=self._settings.jwt_audience, algorithms=self._settings.jwt_algorithms)
        principal = principal_from_claims(claims)
        if kid is not None:  # verify has refused a token without one
            self.verified.put(token, principal, kid=kid, expires_at=float(claims["exp"]))
        return principal

    def _known_keys(self) -> Keys:
        """The keys that verify now, without fetching."""
        return self._keys

    async def _keys_for(self, kid: str | None) -> Keys:
        """The keys to verify a token signed with `kid`: refetched first when the kid is unknown."""
        if kid not in self._keys and not self._settings.jwt_public_key:
            await self._refresh_keys()
        return self._keys

    async def _refresh_keys(self) -> None:
        async with self._lock:
            if time.monotonic() - self._fetched_at < JWKS_REFRESH_SECONDS and self._keys:
                return
            try:
                async with httpx.AsyncClient(timeout=3.0) as client:
                    response = await client.get(self._settings.jwks_url)
                    response.raise_for_status()
                self._keys = jwt.parse_jwks(response.content)
            except (httpx.HTTPError, ValueError) as exc:
                log.warning("could not fetch JWKS from %s: %s", self._settings.jwks_url, exc)
            self._fetched_at = time.monotonic()


def principal_from_claims(claims: dict[str, Any]) -> Principal:
    try:
        role = Role(claims["role"])
        bank = claims.get("bank_id")
        return Principal(
            subject=str(claims["sub"]),
            role=role,
            county_code=claims.get("county"),
            bank_id=uuid.UUID(bank) if bank else None,
            scopes=frozenset(str(claims.get("scope", "")).split()),
            token_id=claims.get("jti"),
            session_id=claims.get("sid"),
            client_id=claims.get("client_id"),
            name=claims.get("name"),
        )
    except (KeyError, ValueError) as exc:
        raise jwt.InvalidToken(f"claims do not describe a caller: {exc}") from exc
