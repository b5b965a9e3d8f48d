"""Children's records: made by staff with a guardian's consent, read by those who serve the child while the
camp's window is open, every read logged (who, when, which fields)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.auth.scoping import ensure_acts_in_county
from chassis.crypto import FieldCipher
from chassis.pagination import PageParams, count_rows
from chassis.problems import Conflict, InvalidField, NotFound
from chassis.timezone import business_today
from volunteers.children.access import age_on
from volunteers.children.models import AccessVia, Child, ChildAccess, ChildPhoto, TenOne, TenOneRecord
from volunteers.children.schemas import ChildRead, ChildSummary, ChildWrite, TenOneCreate, TenOneRead
from volunteers.children.scope import visible
from volunteers.teams.models import Camp

ANONYMIZED_NAME = "（已匿名）"
LIST_FIELDS = ["name", "age", "gender", "grade", "village", "ten_ones"]
DETAIL_FIELDS = [*LIST_FIELDS, "birth_year", "birth_month", "guardian_name", "guardian_relationship",
                 "guardian_phone", "consent"]


def completion(done: int) -> float:
    return round(done / len(TenOne), 3)


def log_access(session: AsyncSession, principal: Principal, child_ids: Sequence[uuid.UUID], via: AccessVia,
               fields: list[str]) -> None:
    session.add_all(ChildAccess(id=uuid.uuid4(), child_id=child_id, actor_subject=principal.subject,
                                actor_role=principal.role.value, actor_name=principal.name, via=via, fields=fields)
                    for child_id in child_ids)


def children_seen(principal: Principal, today: date) -> Select[Child, Camp]:
    """Each child `principal` may see on `today`, with its camp."""
    return visible(select(Child, Camp).join(Camp, Camp.id == Child.camp_id), principal, today)


def filtered(principal: Principal, *, camp_id: uuid.UUID | None, county_code: str | None,
             q: str | None) -> Select[Child, Camp]:
    statement = children_seen(principal, business_today())
    if camp_id is not None:
        statement = statement.where(Child.camp_id == camp_id)
    if county_code is not None:
        statement = statement.where(Child.county_code == county_code)
    if q:
        statement = statement.where(or_(Child.name.like(f"%{q}%"), Child.village.like(f"%{q}%")))
    return statement.order_by(Camp.starts_on.desc(), Child.name, Child.id)


async def items_done(session: AsyncSession, child_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[TenOne]]:
    done: dict[uuid.UUID, list[TenOne]] = defaultdict(list)
    if child_ids:
        for child_id, item in await session.execute(select(TenOneRecord.child_id, TenOneRecord.item)
                                                    .where(TenOneRecord.child_id.in_(child_ids))):
            done[child_id].append(item)
    order = list(TenOne)
    return {child_id: sorted(items, key=order.index) for child_id, items in done.items()}


def _summary(child: Child, camp: Camp, done: list[TenOne]) -> ChildSummary:
    return ChildSummary(id=child.id, camp_id=camp.id, camp_name=camp.name, name=child.name,
                        age=age_on(child.birth_year, child.birth_month, camp.starts_on), gender=child.gender,
                        grade=child.grade,
                        village=child.village, done=done, completion=completion(len(done)),
                        anonymized=child.anonymized_at is not None)


async def list_children(*, session: AsyncSession, principal: Principal, page: PageParams, camp_id: uuid.UUID | None,
                        county_code: str | None, q: str | None) -> tuple[list[ChildSummary], int]:
    statement = filtered(principal, camp_id=camp_id, county_code=county_code, q=q)
    total = await count_rows(session, statement)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    done = await items_done(session, [child.id for child, _ in rows])
    log_access(session, principal, [child.id for child, _ in rows], AccessVia.list, LIST_FIELDS)
    return [_summary(child, camp, done.get(child.id, [])) for child, camp in rows], total


async def _seen_child(session: AsyncSession, principal: Principal, child_id: uuid.UUID, today: date,
                     *also: ColumnElement[Any]) -> tuple[Any, ...]:
    """The child (404 unless `principal` may see it), its camp, and `also` in the same query."""
    row = (await session.execute(children_seen(principal, today).add_columns(*also)
                                 .where(Child.id == child_id))).first()
    if row is None:
        raise NotFound(f"No child {child_id}.")
    return tuple(row)


async def visible_child(session: AsyncSession, principal: Principal, child_id: uuid.UUID,
                        today: date | None = None) -> tuple[Child, Camp]:
    row = await _seen_child(session, principal, child_id, today or business_today())
    return row[0], row[1]


async def get_child(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                    child_id: uuid.UUID) -> ChildRead:
    child, camp = await visible_child(session, principal, child_id)
    log_access(session, principal, [child.id], AccessVia.detail, DETAIL_FIELDS)
    return await _read(session, cipher, child, camp)


async def _read(session: AsyncSession, cipher: FieldCipher, child: Child, camp: Camp) -> ChildRead:
    records = list(await session.scalars(select(TenOneRecord).where(TenOneRecord.child_id == child.id)))
    records.sort(key=lambda r: list(TenOne).index(r.item))
    photos = await session.scalars(select(ChildPhoto.id).where(ChildPhoto.child_id == child.id)
                                   .order_by(ChildPhoto.created_at))
    summary = _summary(child, camp, [r.item for r in records])
    return ChildRead(
        **summary.model_dump(), birth_year=child.birth_year, birth_month=child.birth_month,
        guardian_name=child.guardian_name, guardian_relationship=child.guardian_relationship,
        guardian_phone=cipher.decrypt(child.guardian_phone_encrypted) if child.guardian_phone_encrypted else None,
        consent_records=child.consent_records, consent_photos=child.consent_photos, consent_on=child.consent_on,
        consent_recorded_by=child.consent_recorded_by, ten_ones=[TenOneRead.model_validate(r) for r in records],
        photos=list(photos))


async def create_child(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, data: ChildWrite,
                       child_id: uuid.UUID | None = None) -> ChildRead:
    camp = await session.get(Camp, data.camp_id)
    if camp is None:
        raise NotFound(f"No camp {data.camp_id}.")
    ensure_acts_in_county(principal, camp.county_code)
    child = Child(
        id=child_id or uuid.uuid4(), camp_id=camp.id, county_code=camp.county_code,
        guardian_phone_encrypted=cipher.encrypt(data.guardian_phone),
        consent_recorded_by=principal.name or principal.subject, consent_recorded_by_subject=principal.subject,
        **data.model_dump(exclude={"camp_id", "guardian_phone"}))
    session.add(child)
    await session.flush()
    return await _read(session, cipher, child, camp)


async def record_ten_one(*, session: AsyncSession, principal: Principal, child_id: uuid.UUID, data: TenOneCreate,
                         today: date | None = None) -> TenOneRead:
    """`today`: the day it is recorded on (the demo's past camps, recorded by their volunteers; the API: today)."""
    today = today or business_today()
    # Whether the item is recorded, with the child and its camp: one query (the demo records 7,300 of these).
    recorded = select(TenOneRecord.id).where(TenOneRecord.child_id == Child.id, TenOneRecord.item == data.item)
    child, camp, already = await _seen_child(session, principal, child_id, today, recorded.exists())
    if not camp.starts_on <= data.on <= min(camp.ends_on, today):
        raise InvalidField("on", f"must be a day of the camp ({camp.starts_on} to {camp.ends_on}), not in the future")
    if child.anonymized_at is not None:
        raise Conflict("This record has been anonymized: it takes no more entries.", reason="anonymized")
    if already:
        raise Conflict(f"{data.item.value} is already recorded for this child.", reason="already-recorded")
    record = TenOneRecord(id=uuid.uuid4(), child_id=child.id, item=data.item, on=data.on,
                          volunteer_subject=principal.subject, volunteer_name=principal.name or principal.subject,
                          note=data.note)
    session.add(record)
    await session.flush()
    return TenOneRead.model_validate(record)


async def access_log(*, session: AsyncSession, principal: Principal, child_id: uuid.UUID,
                     page: PageParams) -> tuple[list[ChildAccess], int]:
    child, _ = await visible_child(session, principal, child_id)
    statement = select(ChildAccess).where(ChildAccess.child_id == child.id).order_by(ChildAccess.at.desc(),
                                                                                     ChildAccess.id)
    total = await count_rows(session, statement)
    return list(await session.scalars(statement.limit(page.limit).offset(page.offset))), total


async def camp_counts(session: AsyncSession, camp_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
    """Per camp: (children, ten ones done)."""
    if not camp_ids:
        return {}
    children = {camp_id: count for camp_id, count in await session.execute(
        select(Child.camp_id, func.count()).where(Child.camp_id.in_(camp_ids)).group_by(Child.camp_id))}
    done = {camp_id: count for camp_id, count in await session.execute(
        select(Child.camp_id, func.count()).join(TenOneRecord, TenOneRecord.child_id == Child.id)
        .where(Child.camp_id.in_(camp_ids)).group_by(Child.camp_id))}
    return {camp_id: (children.get(camp_id, 0), done.get(camp_id, 0)) for camp_id in camp_ids}
