"""Writing hours: the leader's code, check-in and check-out, approvals, staff adjustments and reversals.

Every change of an entry's status is a conditional UPDATE (`chassis.transitions.move`), so two approvals pressed
at once approve it once and the other is told it is no longer pending. An open check-in is unique per student
and team, and a live reversal per entry, in the database too (partial unique indexes), so a race that passes the
reads still writes one row.
"""

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import checkin, qr
from chassis.auth.principal import Principal
from chassis.problems import Conflict, Forbidden, InvalidField, NotFound
from chassis.timezone import business_today
from chassis.transitions import move
from volunteers.config import Settings
from volunteers.hours import queries, rules
from volunteers.hours.models import HoursEntry, HoursKind, HoursStatus
from volunteers.hours.schemas import AdjustmentCreate, CheckIn, HoursEntryRead, TeamCode
from volunteers.profiles.models import Profile
from volunteers.profiles.service import own_profile
from volunteers.teams.membership import actor_name, leads, membership, staff_team, was_member
from volunteers.teams.models import Team

# --- the leader's code, the members' check-in and check-out --------------------------------------------------


async def team_code(*, session: AsyncSession, principal: Principal, settings: Settings, team_id: uuid.UUID,
                    now: datetime) -> TeamCode:
    """The code the leader shows now (staff may show it too); only on the days of the team's service."""
    if principal.is_staff:
        team = await staff_team(session, principal, team_id)
    elif await leads(session, team_id, principal.subject):
        team = await _team(session, team_id)
    else:
        raise NotFound(f"No team {team_id} that you lead.")
    if not rules.in_service(team.starts_on, team.ends_on, business_today(now)):
        raise Conflict(f"The team serves from {team.starts_on} to {team.ends_on}: no code today.",
                       reason="not-in-service", starts_on=team.starts_on.isoformat(), ends_on=team.ends_on.isoformat())
    window = checkin.window_of(now)
    code = checkin.code_for(settings.checkin_secret.get_secret_value(), team.id, window)
    url = f"{settings.public_url}/volunteers/my/check-in?team={team.id}&code={code}"
    return TeamCode(code=code, valid_until=checkin.window_ends_at(window), check_in_url=url,
                    svg=qr.svg(url))


async def check_in(*, session: AsyncSession, principal: Principal, settings: Settings, data: CheckIn,
                   now: datetime) -> HoursEntryRead:
    team, profile = await _member_with_code(session, principal, settings, data, now)
    if await _open_entry(session, profile.id, team.id) is not None:
        raise Conflict("You are checked in already: check out first.", reason="already-checked-in")
    entry = HoursEntry(profile_id=profile.id, team_id=team.id, kind=HoursKind.attendance, status=HoursStatus.open,
                       check_in_at=now, minutes=0, requested_by=principal.subject, requested_by_name=profile.name)
    try:
        async with session.begin_nested():
            session.add(entry)
    except IntegrityError as exc:  # the same student's second phone, at the same moment
        raise Conflict("You are checked in already: check out first.", reason="already-checked-in") from exc
    return await queries.read_entry(session, principal, entry.id)


async def check_out(*, session: AsyncSession, principal: Principal, settings: Settings, data: CheckIn,
                    now: datetime) -> HoursEntryRead:
    """Closes the open check-in: its minutes then wait for the leader's approval."""
    team, profile = await _member_with_code(session, principal, settings, data, now)
    entry = await _open_entry(session, profile.id, team.id)
    if entry is None or entry.check_in_at is None or not await move(
            session, entry, HoursStatus.pending, check_out_at=now,
            minutes=rules.attended_minutes(entry.check_in_at, now)):
        raise Conflict("You have not checked in to this team.", reason="not-checked-in")
    return await queries.read_entry(session, principal, entry.id)


# --- approvals ---------------------------------------------------------------------------------------------------


async def decide(*, session: AsyncSession, principal: Principal, entry_id: uuid.UUID, approve: bool,
                 reason: str | None, now: datetime) -> HoursEntryRead:
    """Approves or rejects a pending entry: an attendance by its team's leader (not their own) or staff; an
    adjustment or reversal by a staff member other than the one who asked for it (who may still reject it)."""
    entry = await _visible_entry(session, principal, entry_id)
    if entry.kind in rules.STAFF_KINDS:
        if not principal.is_staff:
            raise Forbidden("Staff approve adjustments and reversals.")
        if approve and entry.requested_by == principal.subject:
            raise Conflict("A second staff member approves what you asked for.", reason="same-approver")
    elif not principal.is_staff:
        if not await leads(session, entry.team_id, principal.subject):
            raise Forbidden("The team's leader approves its members' hours.")
        if entry.requested_by == principal.subject:
            raise Conflict("Your own hours are approved by staff.", reason="own-entry")
    target = HoursStatus.approved if approve else HoursStatus.rejected
    if not rules.decidable(entry.status) or not await move(
            session, entry, target, decided_by=principal.subject, decided_by_name=await _name(session, principal),
            decided_at=now, decision_reason=reason):
        raise Conflict(f"The entry is {entry.status.value}: only a pending entry is decided.",
                       reason="transition-not-allowed", status_now=entry.status.value)
    return await queries.read_entry(session, principal, entry.id)


# --- staff: adjustments and reversals ---------------------------------------------------------------------------


async def adjust(*, session: AsyncSession, principal: Principal, data: AdjustmentCreate) -> HoursEntryRead:
    team = await staff_team(session, principal, data.team_id)
    if data.minutes == 0:
        raise InvalidField("minutes", "an adjustment adds or takes away at least one minute")
    if not await was_member(session, team.id, data.profile_id):
        raise InvalidField("profile_id", "this student is not and was not on the team")
    entry = HoursEntry(profile_id=data.profile_id, team_id=team.id, kind=HoursKind.adjustment,
                       status=HoursStatus.pending, minutes=data.minutes, reason=data.reason,
                       requested_by=principal.subject, requested_by_name=actor_name(principal))
    session.add(entry)
    await session.flush()
    return await queries.read_entry(session, principal, entry.id)


async def reverse(*, session: AsyncSession, principal: Principal, entry_id: uuid.UUID,
                  reason: str) -> HoursEntryRead:
    """A new entry of the opposite minutes, pending until a second staff member approves it; the entry it
    reverses stays as it was."""
    entry = await _visible_entry(session, principal, entry_id)
    if not rules.reversible(entry.kind, entry.status):
        raise Conflict(f"An {entry.status.value} {entry.kind.value} entry cannot be reversed: only an approved "
                       "attendance or adjustment.", reason="not-reversible")
    reversal = HoursEntry(profile_id=entry.profile_id, team_id=entry.team_id, kind=HoursKind.reversal,
                          status=HoursStatus.pending, minutes=-entry.minutes, reason=reason, reverses_id=entry.id,
                          requested_by=principal.subject, requested_by_name=actor_name(principal))
    try:
        async with session.begin_nested():
            session.add(reversal)
    except IntegrityError as exc:
        raise Conflict("This entry is reversed already (or a reversal waits for approval).",
                       reason="already-reversed") from exc
    return await queries.read_entry(session, principal, reversal.id)


# --- helpers ------------------------------------------------------------------------------------------------------


async def _team(session: AsyncSession, team_id: uuid.UUID) -> Team:
    team = await session.get(Team, team_id)
    if team is None:
        raise NotFound(f"No team {team_id}.")
    return team


async def _member_with_code(session: AsyncSession, principal: Principal, settings: Settings, data: CheckIn,
                            now: datetime) -> tuple[Team, Profile]:
    """The caller's team (they must be on it now), their profile, and a good code on a day of service."""
    member = await membership(session, data.team_id, principal.subject)
    profile = await own_profile(session, principal)
    if member is None or profile is None:
        raise NotFound(f"You are not on team {data.team_id}.")
    team = await _team(session, data.team_id)
    if not rules.in_service(team.starts_on, team.ends_on, business_today(now)):
        raise InvalidField("code", f"the team serves from {team.starts_on} to {team.ends_on}: no code is good today")
    if not checkin.verify(settings.checkin_secret.get_secret_value(), team.id, data.code, now):
        raise InvalidField("code", "the code has expired or is wrong: scan the leader's code again")
    return team, profile


async def _open_entry(session: AsyncSession, profile_id: uuid.UUID, team_id: uuid.UUID) -> HoursEntry | None:
    return await session.scalar(select(HoursEntry).where(
        HoursEntry.profile_id == profile_id, HoursEntry.team_id == team_id, HoursEntry.status == HoursStatus.open))


async def _visible_entry(session: AsyncSession, principal: Principal, entry_id: uuid.UUID) -> HoursEntry:
    entry = await session.scalar(
        select(HoursEntry).join(Profile, Profile.id == HoursEntry.profile_id).join(Team, Team.id == HoursEntry.team_id)
        .where(HoursEntry.id == entry_id, queries.visible_to(principal)))
    if entry is None:
        raise NotFound(f"No hours entry {entry_id}.")
    return entry


async def _name(session: AsyncSession, principal: Principal) -> str | None:
    """A leader is named by their profile; staff by their token."""
    if principal.is_staff:
        return actor_name(principal)
    profile = await own_profile(session, principal)
    return profile.name if profile is not None else actor_name(principal)
