"""Reads of trainees: the row-level scope and the lists staff see."""

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from chassis.excel import Book
from chassis.pagination import Page, PageParams, fetch_page
from training.trainees.models import Trainee
from training.trainees.schemas import TraineeRead


def sees_numbers(principal: Principal, trainee: Trainee) -> bool:
    return principal.sees_whole_city or (trainee.user_id is not None and trainee.user_id == principal.subject)


def trainee_read(trainee: Trainee, principal: Principal, cipher: FieldCipher) -> TraineeRead:
    whole = sees_numbers(principal, trainee)
    id_card = None
    if trainee.id_card_encrypted is not None:
        id_card = cipher.decrypt(trainee.id_card_encrypted) if whole else trainee.id_card_masked
    return TraineeRead(
        id=trainee.id, name=trainee.name, mobile=cipher.decrypt(trainee.mobile_encrypted) if whole
        else trainee.mobile_masked, id_card=id_card, county_code=trainee.county_code, town=trainee.town,
        poor_household=trainee.poor_household, groups=trainee.groups, has_account=trainee.user_id is not None,
        created_at=trainee.created_at)


def visible_to(principal: Principal) -> Select[Trainee]:
    """City staff see every trainee; county staff their county's; a trainee themself."""
    statement = select(Trainee)
    if principal.sees_whole_city:
        return statement
    if principal.role is Role.county_staff:
        return statement.where(Trainee.county_code == principal.county_code)
    return statement.where(Trainee.user_id == principal.subject)


def _filtered(principal: Principal, cipher: FieldCipher, q: str | None, county_code: str | None,
              poor_household: bool | None) -> Select[Trainee]:
    statement = visible_to(principal).order_by(Trainee.created_at.desc(), Trainee.id)
    if q:
        # A whole mobile number is found by its keyed hash; otherwise the name.
        statement = statement.where(or_(Trainee.name.contains(q), Trainee.mobile_hash == cipher.lookup_hash(q)))
    if county_code is not None:
        statement = statement.where(Trainee.county_code == county_code)
    if poor_household is not None:
        statement = statement.where(Trainee.poor_household == poor_household)
    return statement


async def list_trainees(*, session: AsyncSession, cipher: FieldCipher, principal: Principal, page: PageParams,
                        q: str | None, county_code: str | None, poor_household: bool | None) -> Page[TraineeRead]:
    rows, total = await fetch_page(session, _filtered(principal, cipher, q, county_code, poor_household), page)
    return Page(items=[trainee_read(t, principal, cipher) for t in rows], total=total, limit=page.limit,
                offset=page.offset)


async def export_trainees(*, session: AsyncSession, cipher: FieldCipher, principal: Principal, q: str | None,
                          county_code: str | None, poor_household: bool | None) -> bytes:
    book = Book()
    sheet = book.sheet("学员")
    sheet.widths([12, 16, 12, 14, 10, 30, 22])
    sheet.freeze_header()
    sheet.append(["姓名", "手机号码", "县（市、区）", "镇（街道）", "建档立卡贫困户", "群体", "身份证号码"], bold=True)
    rows = await session.stream_scalars(_filtered(principal, cipher, q, county_code, poor_household))
    async for trainee in rows:
        read = trainee_read(trainee, principal, cipher)
        sheet.append([read.name, read.mobile, read.county_name, read.town or "", "是" if read.poor_household else "否",
                      "、".join(read.groups), read.id_card or ""])
    return book.to_bytes()
