"""Trainees: registered by staff one at a time or from a sheet, or by a young entrepreneur for themself."""

import logging
import uuid
from collections.abc import Sequence

from fastapi import BackgroundTasks
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis.auth.principal import Principal, Role
from chassis.auth.scoping import ensure_acts_in_county
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.excel import Book, UnreadableWorkbook, read_rows
from chassis.identity_numbers import mask_id_card, mask_mobile
from chassis.problems import Conflict, InvalidField, NotFound, Unprocessable
from training.trainees import sheet
from training.trainees.models import ImportStatus, Trainee, TraineeImport
from training.trainees.queries import trainee_read, visible_to
from training.trainees.schemas import ImportPreview, RowProblem, TraineeCreate, TraineeRead

log = logging.getLogger("training.trainees")
IMPORT_CHUNK = 250


def row_values(data: TraineeCreate, cipher: FieldCipher) -> dict[str, object]:
    """The columns of a trainee: numbers encrypted, hashed and masked."""
    return {
        "name": data.name, "county_code": data.county_code, "town": data.town,
        "poor_household": data.poor_household, "groups": [g.value for g in data.groups],
        "mobile_encrypted": cipher.encrypt(data.mobile), "mobile_hash": cipher.lookup_hash(data.mobile),
        "mobile_masked": mask_mobile(data.mobile),
        "id_card_encrypted": cipher.encrypt(data.id_card) if data.id_card else None,
        "id_card_hash": cipher.lookup_hash(data.id_card) if data.id_card else None,
        "id_card_masked": mask_id_card(data.id_card) if data.id_card else None,
    }


async def _holders(session: AsyncSession, cipher: FieldCipher, data: TraineeCreate,
                   other_than: uuid.UUID | None = None) -> list[tuple[str, uuid.UUID]]:
    """Which trainees already hold the mobile or ID-card number given: [(field, trainee id)]."""
    found = []
    for name, number, column in (("mobile", data.mobile, Trainee.mobile_hash),
                                 ("id_card", data.id_card, Trainee.id_card_hash)):
        if number is None:
            continue
        holder = await session.scalar(select(Trainee.id).where(column == cipher.lookup_hash(number)))
        if holder is not None and holder != other_than:
            found.append((name, holder))
    return found


async def create_trainee(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                         data: TraineeCreate) -> TraineeRead:
    ensure_acts_in_county(principal, data.county_code)
    if holders := await _holders(session, cipher, data):
        field, holder = holders[0]
        raise Conflict(f"A trainee with this {field.replace('_', ' ')} number is already registered.",
                       existing_trainee_id=str(holder), field=field, reason=f"duplicate_{field}")
    trainee = Trainee(id=uuid.uuid4(), **row_values(data, cipher))
    session.add(trainee)
    await session.flush()
    return trainee_read(trainee, principal, cipher)


async def own_trainee(*, session: AsyncSession, principal: Principal) -> Trainee:
    trainee = await session.scalar(select(Trainee).where(Trainee.user_id == principal.subject))
    if trainee is None:
        raise NotFound("You have no trainee record yet: fill in your details first.")
    return trainee


async def get_own(*, session: AsyncSession, cipher: FieldCipher, principal: Principal) -> TraineeRead:
    return trainee_read(await own_trainee(session=session, principal=principal), principal, cipher)


async def save_own(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                   data: TraineeCreate) -> TraineeRead:
    """A young entrepreneur's own record, made or corrected. A number already on another trainee (registered
    by staff, say) is refused: staff link the two, so nobody takes over a record by typing its number."""
    trainee = await session.scalar(select(Trainee).where(Trainee.user_id == principal.subject))
    if await _holders(session, cipher, data, other_than=trainee.id if trainee else None):
        raise Conflict("This number is already on a trainee record; ask your county's Youth League to link it to "
                       "your account.", reason="number_on_another_record")
    if trainee is None:
        trainee = Trainee(id=uuid.uuid4(), user_id=principal.subject, **row_values(data, cipher))
        session.add(trainee)
    else:
        keep_id_card = data.id_card is None  # the phone shows it masked and sends it only when retyped
        for name, value in row_values(data, cipher).items():
            if not (keep_id_card and name.startswith("id_card")):
                setattr(trainee, name, value)
    await session.flush()
    return trainee_read(trainee, principal, cipher)


async def get_trainee(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                      trainee_id: uuid.UUID) -> TraineeRead:
    trainee = await session.scalar(visible_to(principal).where(Trainee.id == trainee_id))
    if trainee is None:
        raise NotFound(f"No trainee {trainee_id}.")
    return trainee_read(trainee, principal, cipher)


# Import from a sheet ------------------------------------------------------------------------------------------

def _read_sheet(content: bytes) -> list[sheet.ReadRow]:
    try:
        rows = read_rows(content, max_rows=sheet.MAX_ROWS + 1)
    except UnreadableWorkbook as exc:
        raise InvalidField("file", str(exc)) from exc
    return sheet.read(rows)


async def _checked(session: AsyncSession, cipher: FieldCipher, principal: Principal,
                   content: bytes) -> list[sheet.ReadRow]:
    """The sheet's rows, each with every problem: its own, a number twice in the sheet, a number already
    registered, a county the caller does not act for."""
    rows = _read_sheet(content)
    sheet.check_duplicates(rows)
    valid = [r for r in rows if r.trainee is not None]
    hashes = {cipher.lookup_hash(r.trainee.mobile): r for r in valid if r.trainee}
    taken = set(await session.scalars(select(Trainee.mobile_hash).where(Trainee.mobile_hash.in_(list(hashes)))))
    id_hashes = {cipher.lookup_hash(r.trainee.id_card): r for r in valid if r.trainee and r.trainee.id_card}
    taken_ids = set(await session.scalars(
        select(Trainee.id_card_hash).where(Trainee.id_card_hash.in_(list(id_hashes))))) if id_hashes else set()
    for row in valid:
        assert row.trainee is not None
        if cipher.lookup_hash(row.trainee.mobile) in taken:
            row.problems.append(RowProblem(field="mobile", message="already registered as a trainee"))
        if row.trainee.id_card and cipher.lookup_hash(row.trainee.id_card) in taken_ids:
            row.problems.append(RowProblem(field="id_card", message="already registered as a trainee"))
        if not principal.sees_whole_city and row.trainee.county_code != principal.county_code:
            row.problems.append(RowProblem(field="county_code", message="not your county"))
        if row.problems:
            row.trainee = None
    return rows


async def preview_import(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                         content: bytes) -> ImportPreview:
    rows = await _checked(session, cipher, principal, content)
    invalid = sum(1 for r in rows if r.problems)
    return ImportPreview(total=len(rows), valid=len(rows) - invalid, invalid=invalid,
                         rows=[sheet.preview_row(r) for r in rows])


async def start_import(*, session: AsyncSession, cipher: FieldCipher, principal: Principal, content: bytes,
                       filename: str, sessionmaker: async_sessionmaker[AsyncSession],
                       background: BackgroundTasks) -> TraineeImport:
    """Checks the whole sheet (a row with a problem refuses all of it: 422 naming each row and field), then
    records the import and writes the trainees after the response, in one transaction, reporting progress."""
    rows = await _checked(session, cipher, principal, content)
    if bad := [r for r in rows if r.problems]:
        raise Unprocessable(
            f"{len(bad)} of {len(rows)} rows cannot be imported; nothing was written.",
            errors=[{"loc": ["body", "rows", r.number, p.field], "msg": p.message, "type": "value_error"}
                    for r in bad[:200] for p in r.problems])
    if not rows:
        raise InvalidField("file", "the sheet has no rows to import")
    job = TraineeImport(id=uuid.uuid4(), filename=filename[:200], status=ImportStatus.running, total=len(rows),
                        done=0, actor_subject=principal.subject, county_code=principal.county_code)
    session.add(job)
    await session.flush()
    trainees = [r.trainee for r in rows if r.trainee is not None]
    background.add_task(run_import, sessionmaker, cipher, job.id, trainees)
    return job


async def import_trainees(session: AsyncSession, cipher: FieldCipher, trainees: Sequence[TraineeCreate]) -> int:
    """Writes checked trainees set-based, one INSERT a chunk (the demo loads its thousands this way too)."""
    for start in range(0, len(trainees), IMPORT_CHUNK):
        await session.execute(insert(Trainee), [{"id": uuid.uuid4(), **row_values(t, cipher)}
                                                for t in trainees[start:start + IMPORT_CHUNK]])
    return len(trainees)


async def run_import(sessionmaker: async_sessionmaker[AsyncSession], cipher: FieldCipher, job_id: uuid.UUID,
                     trainees: Sequence[TraineeCreate]) -> None:
    """After the response: a transaction per chunk writes its trainees and the progress together, so whoever
    polls the import sees it advance (SQLite has one writer, so progress cannot be written beside one long
    transaction). Every row was checked first; should a chunk still fail (a number registered meanwhile), the
    chunks before it stay, and the import says how many rows were written."""
    done = 0
    try:
        for start in range(0, len(trainees), IMPORT_CHUNK):
            chunk = trainees[start:start + IMPORT_CHUNK]
            async with sessionmaker() as session, session.begin():
                await import_trainees(session, cipher, chunk)
                done += len(chunk)
                await session.execute(update(TraineeImport).where(TraineeImport.id == job_id).values(done=done))
    except Exception as exc:  # whatever it was, the import must end in a state people can see
        log.warning("trainee import %s failed after %d rows: %s", job_id, done, type(exc).__name__)
        status, error = ImportStatus.failed, (f"Stopped after {done} rows: a number in the sheet was registered "
                                              "meanwhile, or the database refused a row. Preview the sheet again.")
    else:
        status, error = ImportStatus.done, ""
    async with sessionmaker() as session, session.begin():
        await session.execute(update(TraineeImport).where(TraineeImport.id == job_id).values(
            status=status, error=error or None, finished_at=utcnow(), result={"created": done}))


async def get_import(*, session: AsyncSession, principal: Principal, import_id: uuid.UUID) -> TraineeImport:
    job = await session.get(TraineeImport, import_id)
    if job is None or not (principal.sees_whole_city or job.actor_subject == principal.subject
                           or (principal.role is Role.county_staff and job.county_code == principal.county_code)):
        raise NotFound(f"No import {import_id}.")
    return job


def import_template() -> bytes:
    book = Book()
    sheet_ = book.sheet("学员导入")
    sheet_.widths([12, 16, 14, 14, 16, 24, 22])
    sheet_.freeze_header()
    sheet_.append(sheet.COLUMNS, bold=True)
    sheet_.append(sheet.EXAMPLE)
    return book.to_bytes()
