"""The gateway's ES256 signing keys: a ring kept in the gateway's database (`signing_key`, each private key
encrypted with the field key), so every gateway replica signs with and publishes the same keys.

Each process holds the ring in memory and reads the table again every `REFRESH_SECONDS` (`keystore.refresh`).
Rotation writes a new key and publishes it in the JWKS at once, but it signs only a minute later: by then every
gateway replica has read it (10 s) and every service has refetched the JWKS (at most every 30 s), so a token with
the new kid is known wherever it goes. The previous key stays in the JWKS (and keeps verifying) until every token
it signed has expired: its retirement plus the access-token lifetime plus a minute of clock leeway. A rotation
also deletes keys past that point.

This module is the ring's rule, pure; `keystore.py` is the table.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chassis.auth import jwt

LEEWAY_SECONDS = 60
# Longer than chassis.auth.verifier.JWKS_REFRESH_SECONDS and keystore.REFRESH_SECONDS: a new key is known
# everywhere before it signs.
ACTIVATION_DELAY_SECONDS = 60


@dataclass(frozen=True, slots=True)
class SigningKey:
    private_key_pem: str
    public_key_pem: str
    kid: str
    created_ns: int
    jwk: dict[str, Any]

    @classmethod
    def of(cls, private_key_pem: str, created_ns: int) -> "SigningKey":
        public = jwt.public_key_pem(private_key_pem)
        return cls(private_key_pem, public, jwt.key_id(public), created_ns, jwt.public_jwk(public))

    @property
    def created_at(self) -> float:
        return self.created_ns / 1e9


class KeyRing:
    def __init__(self, *, token_ttl_seconds: int, clock: Callable[[], float] = time.time,
                 activation_delay_seconds: float = ACTIVATION_DELAY_SECONDS) -> None:
        self.overlap_seconds = token_ttl_seconds + LEEWAY_SECONDS
        self.activation_delay_seconds = activation_delay_seconds
        self.clock = clock
        self._keys: list[SigningKey] = []

    def replace(self, keys: Sequence[SigningKey]) -> None:
        """The keys as the store holds them now (oldest first after sorting)."""
        self._keys = sorted(keys, key=lambda k: (k.created_ns, k.kid))

    @property
    def keys(self) -> list[SigningKey]:
        if not self._keys:
            raise RuntimeError("the signing key ring is empty: the gateway reads it from its database at start-up")
        return self._keys

    def _activated_at(self, key: SigningKey) -> float:
        return key.created_at + self.activation_delay_seconds

    def _signing_index(self, keys: list[SigningKey], now: float) -> int:
        """The newest key that has been published long enough; the first key signs from the start."""
        return next((i for i in range(len(keys) - 1, 0, -1) if self._activated_at(keys[i]) <= now), 0)

    def _live(self) -> list[tuple[SigningKey, bool]]:
        """Each key with whether it verifies: the signing key and any newer one (published ahead), and an
        older one until the tokens it signed have expired (it stopped signing when its successor started)."""
        keys = self.keys
        now = self.clock()
        signing = self._signing_index(keys, now)
        return [(key, i >= signing or self._activated_at(keys[i + 1]) + self.overlap_seconds > now)
                for i, key in enumerate(keys)]

    @property
    def current(self) -> SigningKey:
        keys = self.keys
        return keys[self._signing_index(keys, self.clock())]

    def verification_keys(self) -> dict[str, dict[str, Any]]:
        return {key.kid: key.jwk for key, live in self._live() if live}

    def jwks(self) -> dict[str, list[dict[str, Any]]]:
        return {"keys": list(reversed(self.verification_keys().values()))}

    def verify(self, token: str, *, issuer: str, audience: str) -> dict[str, Any]:
        return jwt.verify(token, self.verification_keys(), issuer=issuer, audience=audience)

    def retired(self) -> list[str]:
        """The kids whose tokens have all expired: a rotation deletes them."""
        return [key.kid for key, live in self._live() if not live]

    def next_created_ns(self) -> int:
        """A new key's creation time: now, and after the newest key even if the clock stepped back."""
        return max(int(self.clock() * 1e9), self.keys[-1].created_ns + 1 if self._keys else 0)
