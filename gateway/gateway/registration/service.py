"""Self-registration with a mobile number, confirmed by a six-digit code sent to it.

The code is kept as an HMAC (keyed with the gateway's secret and the registration's id), lives ten
minutes and allows five wrong tries. A number that already has an account gets a message saying so instead
of a code, and the answer to the caller is the same either way, so registration does not tell who has an
account. A number gets a new code at most once a minute, and one address starts only a few registrations an hour.
"""

import hashlib
import hmac
import logging
import secrets
import uuid
from datetime import datetime, timedelta
from math import ceil

from sqlalchemy import CursorResult, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from chassis.auth.principal import Role
from chassis.crypto import FieldCipher
from chassis.identity_numbers import mask_mobile
from chassis.problems import BadRequest, ServiceUnavailable
from gateway.audit.events import EventKind, record
from gateway.auth.service import log_in
from gateway.config import Settings
from gateway.db import own_transaction
from gateway.guard.addresses import client_address
from gateway.guard.buckets import retry_after
from gateway.guard.throttle import TooManyAttempts
from gateway.identity.models import User
from gateway.identity.passwords import ensure_strong, hash_password_async
from gateway.identity.schemas import TokenResponse
from gateway.registration.models import Registration
from gateway.registration.schemas import RegistrationConfirm, RegistrationStart, RegistrationStarted

log = logging.getLogger("gateway.registration")


class InvalidCode(BadRequest):
    slug, title = "invalid-code", "Code not accepted"

    def __init__(self) -> None:
        super().__init__("The code is wrong or has expired; ask for a new one if it keeps failing.")


def code_hash(settings: Settings, registration_id: uuid.UUID, code: str) -> str:
    key = hashlib.sha256(f"xiangqing-registration-code:{settings.field_encryption_key.get_secret_value()}".encode())
    return hmac.new(key.digest(), f"{registration_id}:{code}".encode(), hashlib.sha256).hexdigest()


async def start(*, session: AsyncSession, connection: HTTPConnection, data: RegistrationStart,
                now: datetime) -> RegistrationStarted:
    settings: Settings = connection.app.state.settings
    cipher: FieldCipher = connection.app.state.cipher
    capacity, rate = settings.registration_per_address
    wait = (await connection.app.state.buckets.take(f"registration:{client_address(connection)}", capacity, rate)).wait
    if wait > 0:
        raise TooManyAttempts(retry_after(wait))
    mobile_hash = cipher.lookup_hash(data.mobile)
    last = await session.scalar(select(Registration.created_at).where(Registration.mobile_hash == mobile_hash)
                                .order_by(Registration.created_at.desc()).limit(1))
    if last is not None and last > now - timedelta(seconds=settings.registration_resend_seconds):
        wait = timedelta(seconds=settings.registration_resend_seconds) - (now - last)
        raise TooManyAttempts(max(1, ceil(wait.total_seconds())))
    registration = Registration(id=uuid.uuid4(), mobile_hash=mobile_hash, mobile_encrypted=cipher.encrypt(data.mobile),
                                role=Role(data.role), display_name=data.display_name, created_at=now,
                                expires_at=now + timedelta(seconds=settings.registration_code_ttl_seconds),
                                client_address=client_address(connection), code_hash="")
    taken = await session.scalar(select(User.id).where(User.mobile_hash == mobile_hash))
    code = f"{secrets.randbelow(1_000_000):06d}"
    # For a number that has an account, the hash is of a code nobody is ever told.
    registration.code_hash = code_hash(settings, registration.id, code if taken is None else secrets.token_hex(8))
    session.add(registration)
    minutes = settings.registration_code_ttl_seconds // 60
    text = (f"【乡青】您的注册验证码是 {code}，{minutes} 分钟内有效。请勿告诉他人。" if taken is None
            else "【乡青】此手机号已注册乡青账号，请直接登录；如忘记密码，请联系团市委重置。")
    try:
        await connection.app.state.code_sender.send(data.mobile, text)
    except Exception as exc:
        log.exception("the code sender failed")
        raise ServiceUnavailable("The code could not be sent; try again later.") from exc
    record(session, EventKind.registration_started, client_address=registration.client_address,
           mobile=mask_mobile(data.mobile), role=data.role, already_registered=taken is not None)
    return RegistrationStarted(id=registration.id, expires_in=settings.registration_code_ttl_seconds)


async def confirm(*, session: AsyncSession, connection: HTTPConnection, registration_id: uuid.UUID,
                  data: RegistrationConfirm, now: datetime) -> TokenResponse:
    """The code and a strong password make the account, and the new account is logged in."""
    user = await _make_account(session=session, connection=connection, registration_id=registration_id, data=data,
                               now=now)
    return await log_in(session=session, connection=connection, user=user, now=now, method="registration")


async def _make_account(*, session: AsyncSession, connection: HTTPConnection, registration_id: uuid.UUID,
                        data: RegistrationConfirm, now: datetime) -> User:
    settings: Settings = connection.app.state.settings
    cipher: FieldCipher = connection.app.state.cipher
    # Each guess spends one of the attempts before the code is compared, in one conditional UPDATE committed
    # at once: guesses sent side by side cannot all read "4 tries used" and all be compared. A weak password
    # is answered first and spends none. (The request's own session is not touched until the code is right:
    # a request holds one connection at a time.)
    async with own_transaction(connection) as own:
        registration = await own.get(Registration, registration_id)
        if registration is None:
            raise InvalidCode()
        mobile = cipher.decrypt(registration.mobile_encrypted)
        await ensure_strong(data.password, [mobile, registration.display_name])
        spent = await own.scalar(
            update(Registration).where(Registration.id == registration_id, Registration.confirmed_at.is_(None),
                                       Registration.expires_at > now,
                                       Registration.attempts < settings.registration_code_attempts)
            .values(attempts=Registration.attempts + 1).returning(Registration.code_hash)
            .execution_options(synchronize_session=False))
    if spent is None:
        raise InvalidCode()
    if not hmac.compare_digest(code_hash(settings, registration_id, data.code), spent):
        async with own_transaction(connection) as own:
            record(own, EventKind.registration_code_failed, client_address=client_address(connection),
                   registration_id=str(registration_id))
        raise InvalidCode()
    # The right code, sent twice at once, makes one account: the first to mark the registration confirmed.
    confirmed: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(Registration).where(Registration.id == registration_id, Registration.confirmed_at.is_(None))
        .values(confirmed_at=now).execution_options(synchronize_session=False))
    registration = await session.get(Registration, registration_id) if confirmed.rowcount == 1 else None
    if registration is None:
        raise InvalidCode()
    user = User(id=uuid.uuid4(), username=f"{registration.role.value}-{secrets.token_hex(4)}",
                display_name=registration.display_name, role=registration.role,
                password_hash=await hash_password_async(data.password), mobile_encrypted=registration.mobile_encrypted,
                mobile_hash=registration.mobile_hash, mobile_masked=mask_mobile(mobile), password_changed_at=now)
    session.add(user)
    await session.flush()
    record(session, EventKind.registration_completed, actor=str(user.id), client_address=client_address(connection),
           user_id=user.id, role=user.role.value)
    return user
