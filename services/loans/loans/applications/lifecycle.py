"""The application's life as an explicit transition table: (state, action) -> next state, and who acts.

Pure: no I/O. The service checks the actor and the row-level rule; this table decides what may follow what.
"""

from enum import StrEnum


class ApplicationStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    recommended = "recommended"
    rejected = "rejected"
    referred = "referred"
    approved = "approved"
    declined = "declined"
    disbursed = "disbursed"
    repaying = "repaying"
    overdue = "overdue"
    settled = "settled"
    written_off = "written_off"
    withdrawn = "withdrawn"


class Action(StrEnum):
    submit = "submit"
    withdraw = "withdraw"
    recommend = "recommend"
    return_ = "return"
    reject = "reject"
    refer = "refer"
    approve = "approve"
    decline = "decline"
    disburse = "disburse"
    record_repayment = "record_repayment"
    mark_overdue = "mark_overdue"
    cure = "cure"
    settle = "settle"
    write_off = "write_off"


class Actor(StrEnum):
    applicant = "applicant"
    county_staff = "county_staff"
    city_staff = "city_staff"
    bank = "bank"
    system = "system"


S, A = ApplicationStatus, Action

TRANSITIONS: dict[tuple[ApplicationStatus, Action], ApplicationStatus] = {
    (S.draft, A.submit): S.submitted,
    (S.submitted, A.recommend): S.recommended,
    (S.submitted, A.return_): S.draft,
    (S.submitted, A.reject): S.rejected,
    (S.recommended, A.refer): S.referred,
    (S.referred, A.approve): S.approved,
    (S.referred, A.decline): S.declined,
    (S.approved, A.disburse): S.disbursed,
    (S.disbursed, A.record_repayment): S.repaying,
    (S.repaying, A.record_repayment): S.repaying,
    (S.overdue, A.record_repayment): S.overdue,
    (S.disbursed, A.mark_overdue): S.overdue,
    (S.repaying, A.mark_overdue): S.overdue,
    (S.overdue, A.cure): S.repaying,
    (S.disbursed, A.settle): S.settled,
    (S.repaying, A.settle): S.settled,
    (S.overdue, A.settle): S.settled,
    (S.overdue, A.write_off): S.written_off,
    **{(state, A.withdraw): S.withdrawn
       for state in (S.draft, S.submitted, S.recommended, S.referred, S.approved)},
}

ACTORS: dict[Action, Actor] = {
    A.submit: Actor.applicant,
    A.withdraw: Actor.applicant,
    A.recommend: Actor.county_staff,
    A.return_: Actor.county_staff,
    A.reject: Actor.county_staff,
    A.refer: Actor.city_staff,
    A.approve: Actor.bank,
    A.decline: Actor.bank,
    A.disburse: Actor.bank,
    A.record_repayment: Actor.bank,
    A.mark_overdue: Actor.system,
    A.cure: Actor.system,
    A.settle: Actor.system,
    A.write_off: Actor.city_staff,
}

# Actions that must say why: the applicant reads the reason on their phone, the audit keeps it.
REASON_REQUIRED = frozenset({A.return_, A.reject, A.decline, A.write_off})

# The states in which the loan exists (a contract has been signed and money lent).
LENT = frozenset({S.disbursed, S.repaying, S.overdue, S.settled, S.written_off})


class IllegalTransition(Exception):
    def __init__(self, state: ApplicationStatus, action: Action) -> None:
        super().__init__(f"{action.value} is not possible from {state.value}")
        self.state = state
        self.action = action


def next_state(state: ApplicationStatus, action: Action) -> ApplicationStatus:
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise IllegalTransition(state, action) from None


def allowed_actions(state: ApplicationStatus) -> list[Action]:
    return [action for (origin, action) in TRANSITIONS if origin == state]


def allowed_next_states(state: ApplicationStatus) -> list[ApplicationStatus]:
    return sorted({target for (origin, _), target in TRANSITIONS.items() if origin == state})
