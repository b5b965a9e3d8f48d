"""The gateway's ES256 signing keys: a folder of PEM files (mode 600, never committed), newest signs.

Rotation writes a new key and publishes it in the JWKS at once, but it signs only a minute later: services
refetch the JWKS at most every 30 s, so by the time a token with the new kid reaches them they can know
it. The previous key stays in the JWKS (and keeps verifying) until every token it signed has expired: its
retirement plus the access-token lifetime plus a minute of clock leeway. A rotation also deletes keys past
that point.
Several gateway processes share the folder: each notices a rotation by the folder's listing changing.
"""

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chassis.auth import jwt

LEEWAY_SECONDS = 60
# Longer than chassis.auth.verifier.JWKS_REFRESH_SECONDS: a new key is in the JWKS before it signs.
ACTIVATION_DELAY_SECONDS = 60


@dataclass(frozen=True, slots=True)
class SigningKey:
    private_key_pem: str
    public_key_pem: str
    kid: str
    created_ns: int
    jwk: dict[str, Any]

    @property
    def created_at(self) -> float:
        return self.created_ns / 1e9


def _read(path: Path) -> SigningKey:
    private = path.read_text()
    public = jwt.public_key_pem(private)
    created_ns = int(path.name.split("-", 1)[0])
    return SigningKey(private, public, jwt.key_id(public), created_ns, jwt.public_jwk(public))


def _write(folder: Path, private_pem: str, created_ns: int) -> Path:
    kid = jwt.key_id(jwt.public_key_pem(private_pem))
    path = folder / f"{created_ns:020d}-{kid}.pem"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(private_pem)
    return path


class KeyRing:
    def __init__(self, folder: Path, *, token_ttl_seconds: int, clock: Callable[[], float] = time.time,
                 activation_delay_seconds: float = ACTIVATION_DELAY_SECONDS) -> None:
        self.folder = folder
        self.overlap_seconds = token_ttl_seconds + LEEWAY_SECONDS
        self.activation_delay_seconds = activation_delay_seconds
        self.clock = clock
        self._seen: list[str] | None = None
        self._keys: list[SigningKey] = []

    @classmethod
    def open(cls, folder: Path, *, token_ttl_seconds: int, legacy_file: Path | None = None,
             clock: Callable[[], float] = time.time) -> "KeyRing":
        """The ring in `folder`; made with a first key (or the single key kept before rotation) if empty."""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        ring = cls(folder, token_ttl_seconds=token_ttl_seconds, clock=clock)
        if not any(folder.glob("*.pem")):
            if legacy_file is not None and legacy_file.is_file():
                _write(folder, legacy_file.read_text(), int(legacy_file.stat().st_mtime_ns))
            else:
                _write(folder, jwt.generate_private_key_pem(), int(clock() * 1e9))
        return ring

    def _load(self) -> list[SigningKey]:
        names = sorted(name for name in os.listdir(self.folder) if name.endswith(".pem"))
        if names != self._seen:
            self._keys = sorted((_read(self.folder / name) for name in names), key=lambda k: (k.created_ns, k.kid))
            self._seen = names
        if not self._keys:
            raise RuntimeError(f"no signing key in {self.folder}")
        return self._keys

    def _activated_at(self, key: SigningKey) -> float:
        return key.created_at + self.activation_delay_seconds

    def _signing_index(self, keys: list[SigningKey], now: float) -> int:
        """The newest key that has been published long enough; the first key signs from the start."""
        return next((i for i in range(len(keys) - 1, 0, -1) if self._activated_at(keys[i]) <= now), 0)

    def _live(self) -> list[tuple[SigningKey, bool]]:
        """Each key with whether it verifies: the signing key and any newer one (published ahead), and an
        older one until the tokens it signed have expired (it stopped signing when its successor started)."""
        keys = self._load()
        now = self.clock()
        signing = self._signing_index(keys, now)
        return [(key, i >= signing or self._activated_at(keys[i + 1]) + self.overlap_seconds > now)
                for i, key in enumerate(keys)]

    @property
    def current(self) -> SigningKey:
        keys = self._load()
        return keys[self._signing_index(keys, self.clock())]

    def verification_keys(self) -> dict[str, dict[str, Any]]:
        return {key.kid: key.jwk for key, live in self._live() if live}

    def jwks(self) -> dict[str, list[dict[str, Any]]]:
        return {"keys": list(reversed(self.verification_keys().values()))}

    def verify(self, token: str, *, issuer: str, audience: str) -> dict[str, Any]:
        return jwt.verify(token, self.verification_keys(), issuer=issuer, audience=audience)

    def rotate(self) -> tuple[SigningKey, list[str]]:
        """A new key (published now, signing after the activation delay); keys whose tokens have all expired
        are deleted. Returns the new key and the dropped kids."""
        created_ns = max(int(self.clock() * 1e9), self._load()[-1].created_ns + 1)
        path = _write(self.folder, jwt.generate_private_key_pem(), created_ns)
        dropped = []
        for key, live in self._live():
            if not live:
                for expired in self.folder.glob(f"*-{key.kid}.pem"):
                    expired.unlink()
                dropped.append(key.kid)
        return _read(path), dropped
