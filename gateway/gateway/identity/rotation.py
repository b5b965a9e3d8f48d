"""`python -m gateway rotate-key`: a new signing key, in the JWKS at once and signing a minute later; the
previous one verifies until the tokens it signed have expired (the JWKS lists both meanwhile), then a later
rotation deletes it.

Rotate on a schedule (say monthly) and at once if a key may have leaked; in the second case also restart
the gateways, since tokens signed by the leaked key stay valid until they expire (15 minutes at most).
"""

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.crypto import FieldCipher
from gateway.audit.events import SYSTEM, EventKind, record
from gateway.config import Settings
from gateway.identity import keystore
from gateway.identity.keys import KeyRing


async def rotate_signing_key(session: AsyncSession, settings: Settings, ring: KeyRing | None = None) -> str:
    """Every gateway replica reads the new key within keystore.REFRESH_SECONDS, well before it signs."""
    ring = ring or KeyRing(token_ttl_seconds=settings.access_token_ttl_seconds)
    cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    ring.replace(await keystore.ensure(session, cipher, ring, folder=settings.resolved_signing_keys_dir,
                                       legacy_file=settings.legacy_signing_key_file))
    previous = ring.current.kid
    key, dropped = await keystore.rotate(session, cipher, ring)
    record(session, EventKind.signing_key_rotated, actor=SYSTEM, kid=key.kid, previous_kid=previous, dropped=dropped)
    return (f"gateway: signing key {key.kid} is published and signs in {ring.activation_delay_seconds:.0f} s; "
            f"{previous} verifies {ring.overlap_seconds} s longer; dropped: {', '.join(dropped) or 'none'}")
