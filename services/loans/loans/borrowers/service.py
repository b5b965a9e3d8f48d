import uuid
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.crypto import FieldCipher
from chassis.identity_numbers import age_on, birth_date_of, gender_of, mask_id_card, mask_mobile
from chassis.problems import Conflict, NotFound, Unprocessable
from chassis.timezone import business_today
from loans.borrowers.models import Borrower, BorrowerCorrection
from loans.borrowers.schemas import BorrowerProfile, BorrowerRead, CorrectionRead, IdentityCorrection


async def own_borrower(*, session: AsyncSession, principal: Principal) -> Borrower:
    borrower = await session.scalar(select(Borrower).where(Borrower.user_id == principal.subject))
    if borrower is None:
        raise NotFound("Fill in your borrower profile first.")
    return borrower


class IdentityFrozen(Conflict):
    slug, title = "identity-frozen", "Identity fixed since submission"

    def __init__(self) -> None:
        super().__init__("Your name, ID-card number and county are fixed since you submitted an application; "
                         "ask your county's Youth League staff to correct them.")


async def save_profile(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                       data: BorrowerProfile) -> Borrower:
    """Fills in or updates the caller's profile.

    An ID-card number already on another borrower's profile is saved all the same, marked disputed under a
    hash of its own, and the answer is the same as for any other number: telling the caller would tell
    anyone whether a number is registered. Staff see the dispute, and an application waits for them.
    """
    borrower = await session.scalar(select(Borrower).where(Borrower.user_id == principal.subject))
    if borrower is None:
        borrower = Borrower(user_id=principal.subject)
        session.add(borrower)
    elif borrower.identity_frozen_at is not None and _identity_changes(borrower, cipher, data.name, data.id_card,
                                                                      data.county_code):
        raise IdentityFrozen()
    _set_id_card(borrower, cipher, data.id_card, await _holder(session, cipher, data.id_card))
    borrower.name = data.name
    borrower.mobile_encrypted = cipher.encrypt(data.mobile)
    borrower.mobile_masked = mask_mobile(data.mobile)
    borrower.county_code = data.county_code
    borrower.town, borrower.village = data.town, data.village
    borrower.poor_household = data.poor_household
    borrower.education = data.education
    await session.flush()
    return borrower


async def _holder(session: AsyncSession, cipher: FieldCipher, id_card: str) -> str | None:
    """The user whose profile holds this ID-card number undisputed, if any."""
    return await session.scalar(select(Borrower.user_id).where(Borrower.id_card_hash == cipher.lookup_hash(id_card)))


def _set_id_card(borrower: Borrower, cipher: FieldCipher, id_card: str, holder: str | None) -> None:
    disputed = holder is not None and holder != borrower.user_id
    borrower.id_card_hash = cipher.lookup_hash(f"disputed:{borrower.user_id}:{id_card}" if disputed else id_card)
    borrower.identity_disputed = disputed
    borrower.id_card_encrypted = cipher.encrypt(id_card)
    borrower.id_card_masked = mask_id_card(id_card)
    borrower.birth_date = birth_date_of(id_card)
    borrower.gender = gender_of(id_card)


def _identity_changes(borrower: Borrower, cipher: FieldCipher, name: str | None, id_card: str | None,
                      county_code: str | None) -> dict[str, dict[str, str]]:
    """What the given values change of the borrower's identity: {field: {from, to}}, numbers masked."""
    changes = {}
    if name is not None and name != borrower.name:
        changes["name"] = {"from": borrower.name, "to": name}
    if id_card is not None and id_card != cipher.decrypt(borrower.id_card_encrypted):
        changes["id_card"] = {"from": borrower.id_card_masked, "to": mask_id_card(id_card)}
    if county_code is not None and county_code != borrower.county_code:
        changes["county_code"] = {"from": borrower.county_code, "to": county_code}
    return changes


def freeze_identity(borrower: Borrower, now: datetime) -> None:
    """What staff and the bank review from the first submission on is what stays: called by submission."""
    if borrower.identity_frozen_at is None:
        borrower.identity_frozen_at = now


def _visible_to(principal: Principal) -> Select[Borrower]:
    statement = select(Borrower)
    if principal.role is Role.county_staff:
        statement = statement.where(Borrower.county_code == principal.county_code)
    return statement


async def correct_identity(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                           borrower_id: uuid.UUID, data: IdentityCorrection) -> BorrowerRead:
    """Staff correct a borrower's name, ID-card number or county, and the correction is kept with its reason."""
    borrower = await session.scalar(_visible_to(principal).where(Borrower.id == borrower_id))
    if borrower is None:
        raise NotFound("No such borrower.")
    changes = _identity_changes(borrower, cipher, data.name, data.id_card, data.county_code)
    if not changes:
        raise Unprocessable("The correction changes nothing.")
    if data.id_card is not None:
        holder = await _holder(session, cipher, data.id_card)
        if holder is not None and holder != borrower.user_id:
            raise Conflict("This ID-card number is on another borrower's profile: correct that one first.")
        _set_id_card(borrower, cipher, data.id_card, holder)
    borrower.name = data.name or borrower.name
    borrower.county_code = data.county_code or borrower.county_code
    session.add(BorrowerCorrection(borrower_id=borrower.id, changes=changes, reason=data.reason,
                                   actor_subject=principal.subject, actor_role=principal.role.value,
                                   actor_name=principal.name))
    await session.flush()
    return borrower_read(borrower, principal, cipher)


async def list_corrections(*, session: AsyncSession, principal: Principal,
                           borrower_id: uuid.UUID) -> list[CorrectionRead]:
    if await session.scalar(_visible_to(principal).where(Borrower.id == borrower_id)) is None:
        raise NotFound("No such borrower.")
    rows = await session.scalars(select(BorrowerCorrection).where(BorrowerCorrection.borrower_id == borrower_id)
                                 .order_by(BorrowerCorrection.at, BorrowerCorrection.id))
    return [CorrectionRead.model_validate(row) for row in rows]


def sees_personal_numbers(principal: Principal, borrower: Borrower) -> bool:
    return principal.role in (Role.admin, Role.city_staff) or principal.subject == borrower.user_id


def borrower_read(borrower: Borrower, principal: Principal, cipher: FieldCipher) -> BorrowerRead:
    whole = sees_personal_numbers(principal, borrower)
    return BorrowerRead(
        id=borrower.id,
        name=borrower.name,
        id_card=cipher.decrypt(borrower.id_card_encrypted) if whole else borrower.id_card_masked,
        mobile=cipher.decrypt(borrower.mobile_encrypted) if whole else borrower.mobile_masked,
        birth_date=borrower.birth_date,
        age=age_on(borrower.birth_date, business_today()),
        gender=borrower.gender,
        county_code=borrower.county_code,
        county_name=county_name(borrower.county_code),
        town=borrower.town,
        village=borrower.village,
        poor_household=borrower.poor_household,
        education=borrower.education,
        identity_frozen=borrower.identity_frozen_at is not None,
        identity_disputed=borrower.identity_disputed if principal.is_staff else None,
    )
