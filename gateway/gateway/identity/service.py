import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth import jwt
from chassis.problems import NotFound, Unauthorized
from gateway.config import Settings
from gateway.identity.keys import SigningKeys
from gateway.identity.models import User
from gateway.identity.passwords import verify_password


async def authenticate(*, session: AsyncSession, username: str, password: str) -> User:
    user = await session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    matched = await verify_password(password, user.password_hash if user else None)
    if user is None or not matched or not user.is_active:
        raise Unauthorized("The username or password is wrong, or the account is disabled.")
    return user


def issue_access_token(*, user: User, keys: SigningKeys, settings: Settings) -> str:
    claims: dict[str, object] = {"sub": str(user.id), "role": user.role.value, "scope": ""}
    if user.county_code:
        claims["county"] = user.county_code
    if user.bank_id:
        claims["bank_id"] = str(user.bank_id)
    return jwt.sign(claims, keys.private_key_pem, ttl_seconds=settings.access_token_ttl_seconds,
                    issuer=settings.jwt_issuer, audience=settings.jwt_audience)


async def get_active_user(*, session: AsyncSession, user_id: str) -> User:
    try:
        key = uuid.UUID(user_id)
    except ValueError as exc:
        raise Unauthorized("The token names no user.") from exc
    user = await session.get(User, key)
    if user is None or not user.is_active:
        raise NotFound("No such active user.")
    return user
