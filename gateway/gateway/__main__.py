"""`python -m gateway migrate | downgrade | revision -m MSG | demo | create-admin | rotate-key | purge`."""

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.cli import main
from chassis.db import utcnow
from chassis.problems import Conflict
from gateway.accounts.service import create_first_admin
from gateway.config import Settings
from gateway.demo import load_demo
from gateway.identity.rotation import rotate_signing_key
from gateway.maintenance import purge

SETTINGS = Settings()


async def rotate_key(session: AsyncSession) -> str:
    return await rotate_signing_key(session, SETTINGS)


async def create_admin(session: AsyncSession, username: str, name: str) -> str:
    try:
        password = await create_first_admin(session=session, username=username, display_name=name)
    except Conflict as refused:
        raise SystemExit(f"gateway: {refused.detail}") from refused
    return (f"gateway: administrator {username} created. Temporary password, shown this once and to be changed at "
            f"the first login: {password}")


async def purge_job(session: AsyncSession) -> str:
    counts = await purge(session, SETTINGS, utcnow())
    return "gateway: purged " + ", ".join(f"{count} {what}" for what, count in counts.items())


main(SETTINGS, Path(__file__).resolve().parents[1] / "migrations", load_demo, jobs={
    "create-admin": ("make the first administrator of a new installation (refused once one exists)", create_admin,
                     {"username": "the administrator's login name", "name": "the name shown (e.g. 系统管理员)"}),
    "rotate-key": ("make a new signing key (the previous one verifies until its tokens expire)", rotate_key),
    "purge": ("delete spent refresh tokens, ended sessions, old registrations, throttles and security events "
              "past their retention (run daily)", purge_job),
})
