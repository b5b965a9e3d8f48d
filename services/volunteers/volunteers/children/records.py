"""What leaves the service about children: the masked Excel export, photos, and the retention job that
anonymizes records once their programme is long over."""

import uuid
from datetime import date, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.certificates import mask_name
from chassis.db import utcnow
from chassis.excel import Book
from chassis.problems import Conflict, NotFound, Unprocessable
from volunteers.children.access import age_on
from volunteers.children.models import AccessVia, Child, ChildPhoto, RetentionRun, TenOne
from volunteers.children.schemas import PhotoRead
from volunteers.children.service import ANONYMIZED_NAME, filtered, items_done, log_access, visible_child
from volunteers.teams.models import Camp

EXPORT_LIMIT = 20_000
EXPORT_FIELDS = ["name_masked", "age", "gender", "grade", "village", "guardian_relationship", "ten_ones"]
HEADERS = ["夏令营", "儿童（姓名已遮蔽）", "年龄", "性别", "年级", "村", "监护人关系", "同意拍照", *[
    item.value for item in TenOne], "完成度"]
GENDER = {"female": "女", "male": "男"}
PHOTO_TYPES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
MAX_PHOTO_BYTES = 2 * 1024 * 1024


async def export_children(*, session: AsyncSession, principal: Principal, camp_id: uuid.UUID | None,
                          county_code: str | None, q: str | None) -> bytes:
    """The list's children as a workbook: names masked (张*明), no guardian's name or phone; logged."""
    rows = (await session.execute(filtered(principal, camp_id=camp_id, county_code=county_code, q=q)
                                  .limit(EXPORT_LIMIT))).all()
    done = await items_done(session, [child.id for child, _ in rows])
    book = Book()
    sheet = book.sheet("儿童服务记录")
    sheet.widths([36, 14, 6, 6, 10, 12, 10, 8, *[6] * len(TenOne), 8])
    sheet.freeze_header()
    sheet.append(HEADERS, bold=True)
    for child, camp in rows:
        items = set(done.get(child.id, []))
        sheet.append([camp.name, mask_name(child.name), age_on(child.birth_year, child.birth_month, camp.starts_on),
                      GENDER[child.gender.value], child.grade or "", child.village, child.guardian_relationship or "",
                      "是" if child.consent_photos else "否", *["✓" if item in items else "" for item in TenOne],
                      round(len(items) / len(TenOne), 3)])
    log_access(session, principal, [child.id for child, _ in rows], AccessVia.export, EXPORT_FIELDS)
    return book.to_bytes()


async def add_photo(*, session: AsyncSession, principal: Principal, child_id: uuid.UUID, content: bytes,
                    caption: str) -> PhotoRead:
    child, _ = await visible_child(session, principal, child_id)
    if not child.consent_photos:
        raise Conflict("The guardian has not consented to photos of this child.", reason="no-photo-consent")
    if child.anonymized_at is not None:
        raise Conflict("This record has been anonymized.", reason="anonymized")
    if len(content) > MAX_PHOTO_BYTES:
        raise Unprocessable(f"A photo may be at most {MAX_PHOTO_BYTES // 1024 // 1024} MB.")
    media_type = next((kind for magic, kind in PHOTO_TYPES.items() if content.startswith(magic)), None)
    if media_type is None:
        raise Unprocessable("A photo must be a JPEG or PNG image.")
    photo = ChildPhoto(id=uuid.uuid4(), child_id=child.id, media_type=media_type, content=content, caption=caption,
                       uploaded_by=principal.name or principal.subject)
    session.add(photo)
    await session.flush()
    return PhotoRead(id=photo.id, caption=photo.caption, uploaded_by=photo.uploaded_by, created_at=photo.created_at)


async def read_photo(*, session: AsyncSession, principal: Principal, child_id: uuid.UUID,
                     photo_id: uuid.UUID) -> ChildPhoto:
    child, _ = await visible_child(session, principal, child_id)
    photo = await session.get(ChildPhoto, photo_id)
    if photo is None or photo.child_id != child.id:
        raise NotFound(f"No photo {photo_id}.")
    log_access(session, principal, [child.id], AccessVia.photo, ["photo"])
    return photo


async def run_retention(*, session: AsyncSession, principal: Principal, on_date: date,
                        keep_days: int) -> RetentionRun:
    """Anonymizes every child whose camp ended more than `keep_days` before `on_date`: the name, birth month,
    grade and guardian go, and the photos; birth year, gender, village and the ten ones stay for the figures."""
    ended_before = on_date - timedelta(days=keep_days)
    due = select(Child.id).join(Camp, Camp.id == Child.camp_id).where(Camp.ends_on < ended_before,
                                                                      Child.anonymized_at.is_(None))
    ids = list(await session.scalars(due))
    if ids:
        await session.execute(
            update(Child).where(Child.id.in_(ids)).values(
                name=ANONYMIZED_NAME, birth_month=None, grade=None, guardian_name=None, guardian_relationship=None,
                guardian_phone_encrypted=None, consent_photos=False, anonymized_at=utcnow())
            .execution_options(synchronize_session=False))
        await session.execute(delete(ChildPhoto).where(ChildPhoto.child_id.in_(ids)))
    run = RetentionRun(id=uuid.uuid4(), on=on_date, keep_days=keep_days, anonymized=len(ids),
                       actor_subject=principal.subject, actor_name=principal.name)
    session.add(run)
    await session.flush()
    return run


async def list_runs(*, session: AsyncSession) -> list[RetentionRun]:
    return list(await session.scalars(select(RetentionRun).order_by(RetentionRun.run_at.desc()).limit(100)))
