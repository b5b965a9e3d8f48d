"""Reading certificates: the row-level scope, the list and its export, the public check, the PDF.

City staff see every certificate; county staff those of their county's sessions; a trainee their own. Whoever may
not see a certificate is told it does not exist. The public check needs only the number.
"""

import uuid
from collections.abc import Sequence
from datetime import date, datetime

import anyio.to_thread
from sqlalchemy import ColumnElement, Row, Select, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.certificates import mask_name, normalize
from chassis.excel import Book
from chassis.pagination import Page, PageParams, count_rows
from chassis.problems import NotFound, Unprocessable
from chassis.timezone import BUSINESS_TZ
from training.certificates import pdf
from training.certificates.models import Certificate
from training.certificates.schemas import CertificateRead, PublicCertificate
from training.config import Settings
from training.sessions.models import TrainingSession
from training.trainees.models import Trainee

HEADERS = ["证书编号 Number", "姓名 Name", "项目 Programme", "场次 Session", "结业日期 Completed on",
           "发证时间 Issued at", "有效 Valid"]
MAX_EXPORT = 10_000


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """The certificates the caller may see (over certificates joined to their sessions and trainees)."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return TrainingSession.county_code == principal.county_code
        case Role.entrepreneur:
            return Trainee.user_id == principal.subject
        case _:
            return false()


def certificates_for(principal: Principal, session_id: uuid.UUID | None = None,
                     q: str | None = None) -> Select[Certificate]:
    """Newest first; `q` is part of a number or of a name."""
    statement = (select(Certificate).join(TrainingSession, TrainingSession.id == Certificate.session_id)
                 .join(Trainee, Trainee.id == Certificate.trainee_id).where(visible_to(principal))
                 .order_by(Certificate.issued_at.desc(), Certificate.number))
    if session_id is not None:
        statement = statement.where(Certificate.session_id == session_id)
    if q:
        statement = statement.where(or_(Certificate.number.contains(normalize(q), autoescape=True),
                                        Certificate.trainee_name.contains(q.strip(), autoescape=True)))
    return statement


async def list_certificates(*, session: AsyncSession, principal: Principal, page: PageParams,
                            session_id: uuid.UUID | None, q: str | None) -> Page[CertificateRead]:
    statement = certificates_for(principal, session_id, q)
    rows = await session.scalars(statement.limit(page.limit).offset(page.offset))
    return Page(items=[certificate_read(c) for c in rows], total=await count_rows(session, statement),
                limit=page.limit, offset=page.offset)


async def export(*, session: AsyncSession, principal: Principal, session_id: uuid.UUID | None,
                 q: str | None) -> bytes:
    """The list as a workbook, at most `MAX_EXPORT` rows (else 422: narrow it by session or search). Writing a
    workbook costs about 0.2 ms a row of CPU, so it is built off the event loop, and bounded so that one export
    cannot hold a worker for a minute."""
    statement = certificates_for(principal, session_id, q)
    if (total := await count_rows(session, statement)) > MAX_EXPORT:
        raise Unprocessable(f"{total} certificates match: export at most {MAX_EXPORT} at a time "
                            "(choose a session, or search by number or name).")
    rows = (await session.execute(statement.with_only_columns(
        Certificate.number, Certificate.trainee_name, Certificate.programme_name, Certificate.session_title,
        Certificate.completed_on, Certificate.issued_at, Certificate.revoked_at))).all()
    return await anyio.to_thread.run_sync(_workbook, rows)


def _workbook(rows: Sequence[Row[str, str, str, str, date, datetime, datetime | None]]) -> bytes:
    """Names come from people, so `chassis.excel` writes them as inert text."""
    book = Book()
    sheet = book.sheet("结业证书")
    sheet.widths([18, 12, 24, 40, 14, 20, 8])
    sheet.freeze_header()
    sheet.append(HEADERS, bold=True)
    for number, name, programme, title, completed_on, issued_at, revoked_at in rows:
        sheet.append([number, name, programme, title, completed_on,
                      issued_at.astimezone(BUSINESS_TZ).replace(tzinfo=None), "否" if revoked_at else "是"])
    return book.to_bytes()


async def read_public(*, session: AsyncSession, number: str) -> PublicCertificate:
    certificate = await session.scalar(select(Certificate).where(Certificate.number == normalize(number)))
    if certificate is None:
        raise NotFound(f"No certificate {number}.")
    return PublicCertificate(number=certificate.number, name=mask_name(certificate.trainee_name),
                             programme=certificate.programme_name, session=certificate.session_title,
                             completed_on=certificate.completed_on, valid=certificate.revoked_at is None)


async def certificate_pdf(*, session: AsyncSession, principal: Principal, settings: Settings,
                          number: str) -> tuple[str, bytes]:
    """The number and the printable certificate, for staff in scope and its owner."""
    certificate = await session.scalar(certificates_for(principal).where(Certificate.number == normalize(number)))
    if certificate is None:
        raise NotFound(f"No certificate {number}.")
    facts = pdf.Facts(number=certificate.number, name=certificate.trainee_name,
                      programme=certificate.programme_name, session=certificate.session_title,
                      completed_on=certificate.completed_on)
    content = await anyio.to_thread.run_sync(pdf.render, facts, verify_url(settings, certificate.number))
    return certificate.number, content


def verify_url(settings: Settings, number: str) -> str:
    return f"{settings.public_url}/verify/{number}"


def certificate_read(certificate: Certificate) -> CertificateRead:
    return CertificateRead(
        number=certificate.number, trainee_id=certificate.trainee_id, trainee_name=certificate.trainee_name,
        programme_name=certificate.programme_name, session_id=certificate.session_id,
        session_title=certificate.session_title, completed_on=certificate.completed_on,
        issued_at=certificate.issued_at, valid=certificate.revoked_at is None)
