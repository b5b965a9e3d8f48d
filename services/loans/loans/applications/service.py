import uuid

from sqlalchemy import ColumnElement, Select, extract, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from chassis.auth.principal import Principal, Role
from chassis.db import utcnow
from chassis.identity_numbers import age_on
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, Forbidden, NotFound, Unprocessable
from chassis.timezone import business_today
from loans.applications.eligibility import EligibilityFacts, EligibilityTerms, failed_rules
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.applications.models import ApplicationTransition, LoanApplication, LoanUse
from loans.applications.schemas import ApplicationCreate, ApplicationUpdate
from loans.applications.transitions import apply_action
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.borrowers.service import own_borrower
from loans.partners.events import ApplicationReferred, notify_bank
from loans.policies.service import policy_in_force


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


async def list_applications(*, session: AsyncSession, principal: Principal, page: PageParams,
                            status: ApplicationStatus | None, county_code: str | None,
                            bank_id: uuid.UUID | None, use: LoanUse | None, year: int | None,
                            q: str | None = None) -> tuple[list[LoanApplication], int]:
    statement = visible_applications(principal).order_by(LoanApplication.created_at.desc(), LoanApplication.id)
    if q:
        statement = statement.join(Borrower, LoanApplication.borrower_id == Borrower.id).where(or_(
            LoanApplication.project_name.contains(q, autoescape=True), Borrower.name.contains(q, autoescape=True)))
    if status is not None:
        statement = statement.where(LoanApplication.status == status)
    if county_code is not None:
        statement = statement.where(LoanApplication.county_code == county_code)
    if bank_id is not None:
        statement = statement.where(LoanApplication.bank_id == bank_id)
    if use is not None:
        statement = statement.where(LoanApplication.project_use == use)
    if year is not None:
        statement = statement.where(extract("year", LoanApplication.created_at) == year)
    return await fetch_page(session, statement, page)


async def get_application(*, session: AsyncSession, principal: Principal,
                          application_id: uuid.UUID) -> LoanApplication:
    application = await session.scalar(visible_applications(principal).where(LoanApplication.id == application_id))
    if application is None:
        raise NotFound(f"No loan application {application_id}.")
    return application


async def bank_names(*, session: AsyncSession, applications: list[LoanApplication]) -> dict[uuid.UUID, str]:
    ids = {a.bank_id for a in applications if a.bank_id is not None}
    if not ids:
        return {}
    return {bank.id: bank.name for bank in await session.scalars(select(PartnerBank).where(PartnerBank.id.in_(ids)))}


async def transitions_of(*, session: AsyncSession, application_id: uuid.UUID) -> list[ApplicationTransition]:
    rows = await session.scalars(select(ApplicationTransition)
                                 .where(ApplicationTransition.application_id == application_id)
                                 .order_by(ApplicationTransition.at, ApplicationTransition.id))
    return list(rows)


async def create_application(*, session: AsyncSession, principal: Principal,
                             data: ApplicationCreate) -> LoanApplication:
    borrower = await own_borrower(session=session, principal=principal)
    application = LoanApplication(borrower=borrower, applicant_user_id=principal.subject,
                                  county_code=borrower.county_code, status=ApplicationStatus.draft,
                                  **data.model_dump())
    session.add(application)
    await session.flush()
    return application


async def update_draft(*, session: AsyncSession, principal: Principal, application: LoanApplication,
                       data: ApplicationUpdate) -> LoanApplication:
    if principal.subject != application.applicant_user_id:
        raise Forbidden("Only the applicant edits the application.")
    if application.status is not ApplicationStatus.draft:
        raise Conflict("Only a draft can be edited.", allowed_next_states=[])
    for field, value in data.model_dump(exclude_unset=True).items():
        if value is None and field != "households_village":
            raise Unprocessable(f"{field} cannot be emptied.")
        setattr(application, field, value)
    await session.flush()
    return application


async def submit(*, session: AsyncSession, principal: Principal, application: LoanApplication) -> LoanApplication:
    """Submission checks eligibility against the policy in force today; every failed rule is named."""
    today = business_today()
    policy = await policy_in_force(session=session, on=today)
    facts = EligibilityFacts(age=age_on(application.borrower.birth_date, today), use=application.project_use.value,
                             amount_requested=application.amount_requested, county_code=application.county_code)
    terms = EligibilityTerms(age_min=policy.age_min, age_max=policy.age_max,
                             eligible_uses=frozenset(policy.eligible_uses), principal_cap=policy.principal_cap)
    failed = failed_rules(facts, terms)
    if failed:
        raise Unprocessable("The application does not meet the policy in force.", policy=policy.name,
                            failed_rules=[{"rule": f.rule, "detail": f.detail} for f in failed])
    await apply_action(session=session, application=application, action=Action.submit, principal=principal)
    application.submitted_at = utcnow()
    await session.flush()
    return application


async def recommend(*, session: AsyncSession, principal: Principal, application: LoanApplication,
                    reason: str | None) -> LoanApplication:
    await apply_action(session=session, application=application, action=Action.recommend, principal=principal,
                       reason=reason)
    application.recommended_by = principal.subject
    await session.flush()
    return application


async def refer(*, session: AsyncSession, principal: Principal, application: LoanApplication,
                bank_id: uuid.UUID, reason: str | None) -> LoanApplication:
    """Maker-checker: whoever recommended the application may not also refer it."""
    if application.recommended_by == principal.subject:
        raise Forbidden("The person who recommended an application may not refer it too.")
    if await session.get(PartnerBank, bank_id) is None:
        raise Unprocessable(f"No partner bank {bank_id}.")
    await apply_action(session=session, application=application, action=Action.refer, principal=principal,
                       reason=reason)
    application.bank_id = bank_id
    await session.flush()
    await notify_bank(session, bank_id, "application.referred", ApplicationReferred(
        application_id=application.id, project_name=application.project_name,
        county_code=application.county_code, amount_requested=application.amount_requested,
        referred_at=utcnow()))
    return application
