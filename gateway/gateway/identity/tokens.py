"""Access tokens the gateway signs: ES256 with the ring's newest key, `kid` in the header, 15 minutes.

Claims: sub, role, county (county staff), bank_id (bank officers and bank clients), scope, iss, aud,
exp, iat, nbf, jti; `sid` names a user's login session; `client_id` (RFC 9068) marks a client's token.
"""

import secrets
import uuid
from typing import Any

from chassis.auth import jwt
from chassis.auth.verifier import Keys, TokenVerifier
from gateway.config import Settings
from gateway.identity.keys import KeyRing
from gateway.identity.models import User


def sign(claims: dict[str, Any], ring: KeyRing, settings: Settings) -> str:
    return jwt.sign(claims, ring.current.private_key_pem, ttl_seconds=settings.access_token_ttl_seconds,
                    issuer=settings.jwt_issuer, audience=settings.jwt_audience)


def user_access_token(*, user: User, session_id: uuid.UUID, ring: KeyRing, settings: Settings) -> str:
    claims: dict[str, Any] = {"sub": str(user.id), "role": user.role.value, "scope": "", "sid": str(session_id),
                              "name": user.display_name}
    if user.county_code:
        claims["county"] = user.county_code
    if user.bank_id:
        claims["bank_id"] = str(user.bank_id)
    return sign(claims, ring, settings)


def opaque_token() -> str:
    """A refresh token or a client secret: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


class GatewayVerifier(TokenVerifier):
    """The gateway checks tokens against its own ring (every live key), never over HTTP. The guard and the routes
    share one: a token is verified once in this process, then found among the verified until it expires."""

    def __init__(self, settings: Settings, ring: KeyRing) -> None:
        super().__init__(settings)
        self._ring = ring

    def _known_keys(self) -> Keys:
        return self._ring.verification_keys()

    async def _keys_for(self, kid: str | None) -> Keys:
        return self._ring.verification_keys()
