"""The signing key ring's table: read by every gateway replica, written at first start and by rotation.

The first start makes the first key (or adopts the PEM files kept in `data/signing-keys/` before the ring moved
into the database, and the single key kept before that), under a lock so two replicas starting at once make one.
"""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import BigInteger, String, Text, delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from chassis.auth import jwt
from chassis.crypto import FieldCipher
from chassis.db import TimestampMixin
from chassis.locks import advisory_xact_lock
from gateway.db import Base
from gateway.identity.keys import KeyRing, SigningKey

log = logging.getLogger("gateway.identity.keystore")
REFRESH_SECONDS = 10.0


class StoredSigningKey(TimestampMixin, Base):
    __tablename__ = "signing_key"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_ns: Mapped[int] = mapped_column(BigInteger)
    private_key_encrypted: Mapped[str] = mapped_column(Text)


async def load(session: AsyncSession, cipher: FieldCipher) -> list[SigningKey]:
    rows = (await session.execute(select(StoredSigningKey.private_key_encrypted, StoredSigningKey.created_ns))).all()
    return [SigningKey.of(cipher.decrypt(encrypted), created_ns) for encrypted, created_ns in rows]


def _add(session: AsyncSession, cipher: FieldCipher, key: SigningKey) -> None:
    session.add(StoredSigningKey(kid=key.kid, created_ns=key.created_ns,
                                 private_key_encrypted=cipher.encrypt(key.private_key_pem)))


def _kept_on_disk(folder: Path, legacy_file: Path | None) -> list[SigningKey]:
    """Keys from before the database kept them: `<created_ns>-<kid>.pem` files, or the one older key file."""
    found = [SigningKey.of(path.read_text(), int(path.name.split("-", 1)[0]))
             for path in sorted(folder.glob("*.pem"))] if folder.is_dir() else []
    if not found and legacy_file is not None and legacy_file.is_file():
        found = [SigningKey.of(legacy_file.read_text(), legacy_file.stat().st_mtime_ns)]
    return found


async def ensure(session: AsyncSession, cipher: FieldCipher, ring: KeyRing, *, folder: Path,
                 legacy_file: Path | None = None) -> list[SigningKey]:
    """The ring's keys, the first one made (or adopted from disk) if there are none yet."""
    await advisory_xact_lock(session, "gateway:signing-keys")
    keys = await load(session, cipher)
    if not keys:
        keys = _kept_on_disk(folder, legacy_file) or [
            SigningKey.of(jwt.generate_private_key_pem(), int(ring.clock() * 1e9))]
        for key in keys:
            _add(session, cipher, key)
        await session.flush()
        log.info("signing keys: %s", ", ".join(f"{key.kid} (new)" for key in keys))
    return keys


async def rotate(session: AsyncSession, cipher: FieldCipher, ring: KeyRing) -> tuple[SigningKey, list[str]]:
    """A new key (published now, signing after the activation delay); keys whose tokens have all expired are
    deleted. Returns the new key and the dropped kids; the ring holds the keys as they now stand."""
    await advisory_xact_lock(session, "gateway:signing-keys")
    ring.replace(await load(session, cipher))
    key = SigningKey.of(jwt.generate_private_key_pem(), ring.next_created_ns())
    _add(session, cipher, key)
    await session.flush()
    ring.replace([*ring.keys, key])
    dropped = ring.retired()
    if dropped:
        await session.execute(delete(StoredSigningKey).where(StoredSigningKey.kid.in_(dropped)))
        ring.replace([k for k in ring.keys if k.kid not in dropped])
    return key, dropped


@asynccontextmanager
async def kept_fresh(sessions: async_sessionmaker[AsyncSession], cipher: FieldCipher, ring: KeyRing, *,
                     folder: Path, legacy_file: Path | None) -> AsyncIterator[None]:
    """Fills the ring at start-up and reads the table again every REFRESH_SECONDS while the app runs, so a
    rotation made anywhere (another replica, the rotate-key Job) is signed with here when its minute is up."""
    async with sessions() as session, session.begin():
        ring.replace(await ensure(session, cipher, ring, folder=folder, legacy_file=legacy_file))

    async def refresh() -> None:
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            try:
                async with sessions() as session:
                    ring.replace(await load(session, cipher))
            except Exception:  # the database is away for a moment: keep signing with the keys we have
                log.exception("reading the signing keys failed")

    task = asyncio.create_task(refresh())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
