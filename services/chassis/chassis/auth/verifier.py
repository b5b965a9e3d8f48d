"""Turns a bearer token into a Principal, with the gateway's public keys fetched from its JWKS."""

import asyncio
import logging
import time
import uuid
from typing import Any

import httpx

from chassis.auth import jwt
from chassis.auth.principal import Principal, Role
from chassis.settings import ServiceSettings

log = logging.getLogger("chassis.auth")
# A token with an unknown kid makes us refetch the JWKS, but not more often than this.
JWKS_REFRESH_SECONDS = 30.0


class TokenVerifier:
    def __init__(self, settings: ServiceSettings) -> None:
        self._settings = settings
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()
        if settings.jwt_public_key:
            public = jwt.public_jwk(settings.jwt_public_key)
            self._keys[public["kid"]] = public

    async def principal(self, token: str) -> Principal:
        kid = jwt.unverified_kid(token)
        if kid not in self._keys and not self._settings.jwt_public_key:
            await self._refresh_keys()
        claims = jwt.verify(token, self._keys, issuer=self._settings.jwt_issuer,
                            audience=self._settings.jwt_audience, algorithms=self._settings.jwt_algorithms)
        return principal_from_claims(claims)

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
