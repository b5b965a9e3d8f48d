"""Reading applications: the row-level scope, the list, and the detail the staff and phone pages show."""

import uuid

from sqlalchemy import ColumnElement, Select, extract, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name
from chassis.crypto import FieldCipher
from chassis.pagination import Page, PageParams, fetch_page
from chassis.problems import NotFound
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.models import ApplicationTransition, LoanApplication
from loans.applications.schemas import ApplicationDetail, ApplicationRead, TransitionRead
from loans.applications.transitions import actions_for
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.borrowers.service import borrower_read
from loans.policies.uses import LoanUse


def visible_to(principal: Principal) -> ColumnElement[bool]:
    """Row-level scope of applications, and of the loans made from them: city staff see all; county staff
    their county; a bank what was referred to it; an entrepreneur their own."""
    match principal.role:
        case Role.admin | Role.city_staff:
            return true()
        case Role.county_staff:
            return LoanApplication.county_code == principal.county_code
        case Role.bank_officer:
            return LoanApplication.bank_id == principal.bank_id
        case Role.entrepreneur:
            return LoanApplication.applicant_user_id == principal.subject
        case _:
            return false()


def visible_applications(principal: Principal) -> Select[LoanApplication]:
    return select(LoanApplication).options(selectinload(LoanApplication.borrower)).where(visible_to(principal))


async def get_application(*, session: AsyncSession, principal: Principal,
                          application_id: uuid.UUID) -> LoanApplication:
    """The application if the caller may see it; 404 otherwise (whether it exists is not told)."""
    application = await session.scalar(visible_applications(principal).where(LoanApplication.id == application_id))
    if application is None:
        raise NotFound(f"No loan application {application_id}.")
    return application


async def list_applications(*, session: AsyncSession, principal: Principal, page: PageParams,
                            status: ApplicationStatus | None, county_code: str | None,
                            bank_id: uuid.UUID | None, use: LoanUse | None, year: int | None,
                            q: str | None = None) -> Page[ApplicationRead]:
    statement = visible_applications(principal).order_by(LoanApplication.created_at.desc(), LoanApplication.id)
    if q:
        statement = statement.join(Borrower, LoanApplication.borrower_id == Borrower.id).where(or_(
            LoanApplication.project_name.contains(q, autoescape=True), Borrower.name.contains(q, autoescape=True)))
    for column, value in ((LoanApplication.status, status), (LoanApplication.county_code, county_code),
                          (LoanApplication.bank_id, bank_id), (LoanApplication.project_use, use)):
        if value is not None:
            statement = statement.where(column == value)
    if year is not None:
        statement = statement.where(extract("year", LoanApplication.created_at) == year)
    rows, total = await fetch_page(session, statement, page)
    banks = await _bank_names(session, rows)
    return Page(items=[_read(a, banks) for a in rows], total=total, limit=page.limit, offset=page.offset)


async def read_application(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                           application_id: uuid.UUID) -> ApplicationDetail:
    application = await get_application(session=session, principal=principal, application_id=application_id)
    return await application_detail(session=session, principal=principal, cipher=cipher, application=application)


async def application_detail(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                             application: LoanApplication) -> ApplicationDetail:
    """The application with its borrower (numbers masked unless the caller needs them whole), its timeline,
    the loan lent on it, and what the caller may do now."""
    transitions = await session.scalars(select(ApplicationTransition)
                                        .where(ApplicationTransition.application_id == application.id)
                                        .order_by(ApplicationTransition.at, ApplicationTransition.id))
    banks = await _bank_names(session, [application])
    return ApplicationDetail(
        **_read(application, banks).model_dump(),
        borrower=borrower_read(application.borrower, principal, cipher),
        transitions=[_transition_read(t, principal, application, banks) for t in transitions],
        allowed_actions=actions_for(principal, application),
        loan_id=application.loan_id,
    )


def _transition_read(transition: ApplicationTransition, principal: Principal, application: LoanApplication,
                     banks: dict[uuid.UUID, str]) -> TransitionRead:
    """Who acted, as the caller may know it. Staff, the application's bank and the actor see ids and names;
    the borrower sees a bank's step as the bank's name, never an officer's or an API client's id or name."""
    read = TransitionRead.model_validate(transition)
    own_bank = principal.bank_id is not None and principal.bank_id == application.bank_id
    if principal.is_staff or own_bank or transition.actor_subject == principal.subject:
        return read
    if transition.actor_role == Role.bank_officer:
        bank_name = banks.get(application.bank_id) if application.bank_id else None
        return read.model_copy(update={"actor_subject": None, "actor_name": bank_name})
    return read.model_copy(update={"actor_subject": None})


def _read(application: LoanApplication, banks: dict[uuid.UUID, str]) -> ApplicationRead:
    return ApplicationRead.model_validate({
        **{c: getattr(application, c) for c in ApplicationRead.model_fields if hasattr(application, c)},
        "borrower_name": application.borrower.name,
        "bank_name": banks.get(application.bank_id) if application.bank_id else None,
        "county_name": county_name(application.county_code),
    })


async def _bank_names(session: AsyncSession, applications: list[LoanApplication]) -> dict[uuid.UUID, str]:
    ids = {a.bank_id for a in applications if a.bank_id is not None}
    if not ids:
        return {}
    return {bank.id: bank.name for bank in await session.scalars(select(PartnerBank).where(PartnerBank.id.in_(ids)))}
