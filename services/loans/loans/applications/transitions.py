"""Carrying out one action on an application: who may, whether the state allows it, and the audit row.

The state change is a conditional UPDATE (`WHERE status = <the state we read>`), so two people acting at
once cannot both move the application: the second gets 409 with what is allowed now.
"""

from sqlalchemy.ext.asyncio import AsyncSession

from chassis import transitions
from chassis.auth.principal import Principal, Role
from chassis.problems import Conflict, Forbidden, Unprocessable
from loans.applications.lifecycle import (
    ACTORS,
    REASON_REQUIRED,
    Action,
    Actor,
    IllegalTransition,
    allowed_actions,
    allowed_next_states,
    next_state,
)
from loans.applications.models import ApplicationTransition, LoanApplication

SYSTEM = Principal(subject="system", role=Role.service)


def may_act(principal: Principal, actor: Actor, application: LoanApplication) -> bool:
    """The row-level half of the policy: the actor kind the action needs, for this application."""
    match actor:
        case Actor.applicant:
            return principal.role is Role.entrepreneur and principal.subject == application.applicant_user_id
        case Actor.county_staff:
            return principal.role is Role.admin or (
                principal.role is Role.county_staff and principal.county_code == application.county_code)
        case Actor.city_staff:
            return principal.role in (Role.admin, Role.city_staff)
        case Actor.bank:
            return principal.role is Role.bank_officer and principal.bank_id == application.bank_id
        case Actor.system:
            return principal is SYSTEM


def actions_for(principal: Principal, application: LoanApplication) -> list[Action]:
    return [action for action in allowed_actions(application.status)
            if ACTORS[action] is not Actor.system and may_act(principal, ACTORS[action], application)]


def _illegal(application: LoanApplication, action: Action) -> Conflict:
    return Conflict(
        f"The application is {application.status.value}; {action.value} is not possible now.",
        status_now=application.status.value,
        allowed_next_states=[s.value for s in allowed_next_states(application.status)],
        allowed_actions=[a.value for a in allowed_actions(application.status) if ACTORS[a] is not Actor.system],
    )


async def apply_action(*, session: AsyncSession, application: LoanApplication, action: Action,
                       principal: Principal, reason: str | None = None) -> LoanApplication:
    if not may_act(principal, ACTORS[action], application):
        raise Forbidden(f"You may not {action.value} this application.")
    if action in REASON_REQUIRED and not reason:
        raise Unprocessable(f"{action.value} needs a reason.")
    try:
        target = next_state(application.status, action)
    except IllegalTransition:
        raise _illegal(application, action) from None
    origin = application.status
    if not await transitions.move(session, application, target):
        raise _illegal(application, action)
    session.add(ApplicationTransition(
        application_id=application.id, action=action, from_status=origin, to_status=target,
        actor_subject=principal.subject, actor_role=principal.role.value, actor_name=principal.name, reason=reason,
    ))
    await session.flush()
    return application
