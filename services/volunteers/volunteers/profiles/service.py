import uuid

from sqlalchemy import String, cast, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.crypto import FieldCipher
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from chassis.timezone import business_today
from volunteers.profiles.models import Profile, Skill
from volunteers.profiles.schemas import ProfileCreate, ProfileRead, ProfileWrite


def read(profile: Profile, cipher: FieldCipher) -> ProfileRead:
    return ProfileRead(
        id=profile.id, user_id=profile.user_id, name=profile.name, phone=cipher.decrypt(profile.phone_encrypted),
        university=profile.university, major=profile.major, year=profile.year,
        hometown_county_code=profile.hometown_county_code, hometown=profile.hometown,
        native=profile.hometown_county_code is not None, skills=[Skill(s) for s in profile.skills],
        emergency_contact_name=profile.emergency_contact_name,
        emergency_contact_phone=cipher.decrypt(profile.emergency_contact_phone_encrypted),
        insurance_policy=profile.insurance_policy, insurance_until=profile.insurance_until,
        safeguarding_trained_on=profile.safeguarding_trained_on,
        declared_no_record_on=profile.declared_no_record_on,
        may_meet_children=profile.declared_no_record_on is not None, created_at=profile.created_at)


def _apply(profile: Profile, data: ProfileWrite, cipher: FieldCipher) -> None:
    values = data.model_dump(exclude={"phone", "emergency_contact_phone", "declaration_no_record", "user_id"})
    values["skills"] = sorted(set(values["skills"]), key=list(Skill).index)
    for name, value in values.items():
        setattr(profile, name, value)
    profile.phone_encrypted = cipher.encrypt(data.phone)
    profile.emergency_contact_phone_encrypted = cipher.encrypt(data.emergency_contact_phone)
    if not data.declaration_no_record:
        profile.declared_no_record_on = None
    elif profile.declared_no_record_on is None:
        profile.declared_no_record_on = business_today()


async def own_profile(session: AsyncSession, principal: Principal) -> Profile | None:
    return await session.scalar(select(Profile).where(Profile.user_id == principal.subject))


async def require_own_profile(session: AsyncSession, principal: Principal) -> Profile:
    profile = await own_profile(session, principal)
    if profile is None:
        raise NotFound("You have no volunteer profile yet: fill it in first.")
    return profile


async def my_profile(*, session: AsyncSession, principal: Principal, cipher: FieldCipher) -> ProfileRead:
    return read(await require_own_profile(session, principal), cipher)


async def save_my_profile(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                          data: ProfileWrite) -> ProfileRead:
    profile = await own_profile(session, principal)
    if profile is None:
        profile = Profile(id=uuid.uuid4(), user_id=principal.subject)
        session.add(profile)
    _apply(profile, data, cipher)
    await session.flush()
    return read(profile, cipher)


async def create_profile(*, session: AsyncSession, cipher: FieldCipher, data: ProfileCreate,
                         profile_id: uuid.UUID | None = None) -> ProfileRead:
    """Staff make a profile for a student (one without an account yet gets a placeholder user id)."""
    user_id = data.user_id or f"unregistered:{uuid.uuid4()}"
    if await session.scalar(select(Profile.id).where(Profile.user_id == user_id)):
        raise Conflict("That account already has a volunteer profile.", reason="profile-exists")
    profile = Profile(id=profile_id or uuid.uuid4(), user_id=user_id)
    _apply(profile, data, cipher)
    session.add(profile)
    await session.flush()
    return read(profile, cipher)


async def get_profile(*, session: AsyncSession, cipher: FieldCipher, profile_id: uuid.UUID) -> ProfileRead:
    profile = await session.get(Profile, profile_id)
    if profile is None:
        raise NotFound(f"No volunteer profile {profile_id}.")
    return read(profile, cipher)


async def list_profiles(*, session: AsyncSession, cipher: FieldCipher, page: PageParams, q: str | None,
                        skill: Skill | None, native: bool | None) -> tuple[list[ProfileRead], int]:
    statement = select(Profile).order_by(Profile.name, Profile.id)
    if q:
        pattern = f"%{q}%"
        statement = statement.where(or_(Profile.name.like(pattern), Profile.university.like(pattern)))
    if native is not None:
        statement = statement.where(Profile.hometown_county_code.is_not(None) if native
                                    else Profile.hometown_county_code.is_(None))
    if skill is not None:  # the JSON list as text, on both databases: ["art", "tutoring"]
        statement = statement.where(cast(Profile.skills, String).like(f'%"{skill.value}"%'))
    profiles, total = await fetch_page(session, statement, page)
    return [read(p, cipher) for p in profiles], total
