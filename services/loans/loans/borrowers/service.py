from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.crypto import FieldCipher
from chassis.identity_numbers import age_on, birth_date_of, gender_of, mask_id_card, mask_mobile
from chassis.problems import Conflict, NotFound
from chassis.timezone import business_today
from loans.borrowers.models import Borrower
from loans.borrowers.schemas import BorrowerProfile, BorrowerRead


async def own_borrower(*, session: AsyncSession, principal: Principal) -> Borrower:
    borrower = await session.scalar(select(Borrower).where(Borrower.user_id == principal.subject))
    if borrower is None:
        raise NotFound("Fill in your borrower profile first.")
    return borrower


async def save_profile(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                       data: BorrowerProfile) -> Borrower:
    id_card_hash = cipher.lookup_hash(data.id_card)
    holder = await session.scalar(select(Borrower.user_id).where(Borrower.id_card_hash == id_card_hash))
    if holder is not None and holder != principal.subject:
        raise Conflict("This ID-card number belongs to another borrower's profile.")
    borrower = await session.scalar(select(Borrower).where(Borrower.user_id == principal.subject))
    if borrower is None:
        borrower = Borrower(user_id=principal.subject)
        session.add(borrower)
    borrower.name = data.name
    borrower.id_card_encrypted = cipher.encrypt(data.id_card)
    borrower.id_card_hash = id_card_hash
    borrower.id_card_masked = mask_id_card(data.id_card)
    borrower.mobile_encrypted = cipher.encrypt(data.mobile)
    borrower.mobile_masked = mask_mobile(data.mobile)
    borrower.birth_date = birth_date_of(data.id_card)
    borrower.gender = gender_of(data.id_card)
    borrower.county_code = data.county_code
    borrower.town, borrower.village = data.town, data.village
    borrower.poor_household = data.poor_household
    borrower.education = data.education
    await session.flush()
    return borrower


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
    )
