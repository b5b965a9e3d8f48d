"""`python -m gateway migrate | downgrade | revision -m MSG | demo | rotate-key | purge`."""

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.cli import main
from chassis.db import utcnow
from gateway.config import Settings
from gateway.demo import load_demo
from gateway.identity.rotation import rotate_signing_key
from gateway.maintenance import purge

SETTINGS = Settings()


async def rotate_key(session: AsyncSession) -> str:
    return await rotate_signing_key(session, SETTINGS)


async def purge_job(session: AsyncSession) -> str:
    counts = await purge(session, SETTINGS, utcnow())
    return "gateway: purged " + ", ".join(f"{count} {what}" for what, count in counts.items())


main(SETTINGS, Path(__file__).resolve().parents[1] / "migrations", load_demo, jobs={
    "rotate-key": ("make a new signing key (the previous one verifies until its tokens expire)", rotate_key),
    "purge": ("delete spent refresh tokens, ended sessions, old registrations, throttles and security events "
              "past their retention (run daily)", purge_job),
})
