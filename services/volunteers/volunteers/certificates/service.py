"""Certificates of service hours: issued to a student when they download one, checked by anyone by number.

A download issues a new certificate only when the approved minutes changed since the student's last one, so
printing it twice gives the same number. The public check says whether the holder's approved hours still reach
what it certifies: a reversal since (hours found not served) makes an earlier certificate read invalid.
"""

from datetime import datetime

import anyio.to_thread
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.certificates import mask_name, new_number, normalize
from chassis.problems import Conflict, NotFound
from chassis.timezone import business_today
from volunteers.certificates import pdf
from volunteers.certificates.models import HoursCertificate
from volunteers.certificates.schemas import PublicHoursCertificate
from volunteers.config import Settings
from volunteers.hours import rules
from volunteers.hours.models import HoursEntry, HoursStatus
from volunteers.hours.queries import approved_minutes
from volunteers.profiles.models import Profile
from volunteers.profiles.service import own_profile
from volunteers.teams.models import Team

PREFIX = "QV"  # volunteers' hours (training's completion certificates are QY)


async def my_certificate_pdf(*, session: AsyncSession, principal: Principal, settings: Settings,
                             now: datetime) -> tuple[str, bytes]:
    """The student's certificate of their approved hours now (409 `no-approved-hours` without any)."""
    profile = await own_profile(session, principal)
    minutes = await approved_minutes(session, profile.id) if profile is not None else 0
    if profile is None or minutes <= 0:
        raise Conflict("You have no approved service hours to certify yet.", reason="no-approved-hours")
    certificate = await _current(session, profile, minutes, now)
    teams = (await session.execute(
        select(Team.name, func.min(Team.starts_on), func.max(Team.ends_on))
        .join(HoursEntry, HoursEntry.team_id == Team.id)
        .where(HoursEntry.profile_id == profile.id, HoursEntry.status == HoursStatus.approved)
        .group_by(Team.id, Team.name).order_by(func.min(Team.starts_on), Team.name))).all()
    facts = pdf.Facts(number=certificate.number, name=certificate.holder_name, university=profile.university,
                      hours=rules.hours_of(certificate.minutes), teams=tuple(name for name, _, _ in teams),
                      first_on=min(t[1] for t in teams), last_on=max(t[2] for t in teams),
                      issued_on=certificate.issued_on)
    content = await anyio.to_thread.run_sync(pdf.render, facts, verify_url(settings, certificate.number))
    return certificate.number, content


async def read_public(*, session: AsyncSession, number: str) -> PublicHoursCertificate:
    certificate = await session.scalar(select(HoursCertificate).where(HoursCertificate.number == normalize(number)))
    if certificate is None:
        raise NotFound(f"No certificate {number}.")
    return PublicHoursCertificate(
        number=certificate.number, holder=mask_name(certificate.holder_name), minutes=certificate.minutes,
        hours=rules.hours_of(certificate.minutes), issued_on=certificate.issued_on,
        valid=await approved_minutes(session, certificate.profile_id) >= certificate.minutes)


def verify_url(settings: Settings, number: str) -> str:
    return f"{settings.public_url}/verify-hours/{number}"


async def _current(session: AsyncSession, profile: Profile, minutes: int, now: datetime) -> HoursCertificate:
    """The student's latest certificate if it certifies these minutes, else a new one."""
    latest = await session.scalar(select(HoursCertificate).where(HoursCertificate.profile_id == profile.id)
                                  .order_by(HoursCertificate.issued_at.desc()).limit(1))
    if latest is not None and latest.minutes == minutes:
        return latest
    number = new_number(PREFIX, business_today(now).year)
    while await session.scalar(select(HoursCertificate.id).where(HoursCertificate.number == number)):
        number = new_number(PREFIX, business_today(now).year)  # 40 random bits: a clash is rare, not impossible
    certificate = HoursCertificate(number=number, profile_id=profile.id, holder_name=profile.name, minutes=minutes,
                                   issued_on=business_today(now), issued_at=now)
    session.add(certificate)
    await session.flush()
    return certificate
