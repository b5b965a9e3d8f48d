"""What people do to an application: start it, edit the draft, and carry out an action on it.

`perform` is the one way an action by a person is carried out: the action's own rule (eligibility on
submission, maker-checker on referral), then the transition (`transitions.apply_action`: who may, from which
state, the conditional UPDATE and the audit row), then what the action records. The API's functions return
the application as the caller sees it (`queries.application_detail`); the demo calls the same commands.
"""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.identity_numbers import age_on
from chassis.problems import Conflict, Forbidden, Unprocessable
from chassis.timezone import business_today
from loans.applications.eligibility import EligibilityFacts, EligibilityTerms, failed_rules
from loans.applications.lifecycle import Action, ApplicationStatus
from loans.applications.models import LoanApplication
from loans.applications.queries import application_detail, get_application
from loans.applications.schemas import ActionBody, ApplicationCreate, ApplicationDetail, ApplicationUpdate, Referral
from loans.applications.transitions import apply_action
from loans.banks.models import PartnerBank
from loans.borrowers.service import freeze_identity, own_borrower
from loans.partners.events import ApplicationReferred, EventType, notify_bank
from loans.policies.service import policy_in_force

# --- the API: each returns the application as the caller now sees it -----------------------------------


async def create(*, session: AsyncSession, principal: Principal, cipher: FieldCipher,
                 data: ApplicationCreate) -> ApplicationDetail:
    application = await create_application(session=session, principal=principal, data=data)
    return await application_detail(session=session, principal=principal, cipher=cipher, application=application)


async def update(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, application_id: uuid.UUID,
                 data: ApplicationUpdate) -> ApplicationDetail:
    application = await get_application(session=session, principal=principal, application_id=application_id)
    await update_draft(session=session, principal=principal, application=application, data=data)
    return await application_detail(session=session, principal=principal, cipher=cipher, application=application)


async def act(*, session: AsyncSession, principal: Principal, cipher: FieldCipher, application_id: uuid.UUID,
              action: Action, body: ActionBody | None = None) -> ApplicationDetail:
    application = await get_application(session=session, principal=principal, application_id=application_id)
    await perform(session=session, principal=principal, application=application, action=action,
                  reason=body.reason if body else None,
                  bank_id=body.bank_id if isinstance(body, Referral) else None)
    return await application_detail(session=session, principal=principal, cipher=cipher, application=application)


# --- the commands ------------------------------------------------------------------------------------------


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


async def perform(*, session: AsyncSession, principal: Principal, application: LoanApplication, action: Action,
                  reason: str | None = None, bank_id: uuid.UUID | None = None) -> LoanApplication:
    """Carries out a person's action on the application (see the module's note)."""
    match action:
        case Action.submit:
            await _check_eligibility(session, application)
        case Action.recommend if application.borrower.identity_disputed:
            raise Conflict("The borrower's ID-card number is also on another borrower's profile: verify who they "
                           "are, and correct the profile, before recommending.", allowed_next_states=[])
        case Action.refer:
            await _check_referral(session, principal, application, bank_id)
    await apply_action(session=session, application=application, action=action, principal=principal,
                       reason=reason)
    match action:
        case Action.submit:
            application.submitted_at = utcnow()
            freeze_identity(application.borrower, application.submitted_at)
        case Action.recommend:
            application.recommended_by = principal.subject
        case Action.refer if bank_id is not None:
            application.bank_id = bank_id
            await notify_bank(session, bank_id, EventType.application_referred, ApplicationReferred(
                application_id=application.id, project_name=application.project_name,
                county_code=application.county_code, amount_requested=application.amount_requested,
                referred_at=utcnow()))
    await session.flush()
    return application


async def _check_eligibility(session: AsyncSession, application: LoanApplication) -> None:
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


async def _check_referral(session: AsyncSession, principal: Principal, application: LoanApplication,
                          bank_id: uuid.UUID | None) -> None:
    """Maker-checker: whoever recommended the application may not also refer it; the bank must exist."""
    if application.recommended_by == principal.subject:
        raise Forbidden("The person who recommended an application may not refer it too.")
    if bank_id is None or await session.get(PartnerBank, bank_id) is None:
        raise Unprocessable(f"No partner bank {bank_id}.")
