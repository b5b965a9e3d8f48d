"""The states of an application and who moves it where (pure).

    applied ──shortlist──> shortlisted ──accept──> accepted ──withdraw──> withdrawn
       │  └───────accept / waitlist / reject──────┘   ^             (the place is freed)
       │                      waitlisted ──accept─────┘
       └── withdraw (the applicant, any time before a final state) ──> withdrawn

Accepting takes one of the activity's places in the same transaction (a conditional UPDATE on the activity's
`accepted` count); withdrawing an accepted application gives it back.
"""

from enum import StrEnum


class ApplicationStatus(StrEnum):
    applied = "applied"
    shortlisted = "shortlisted"
    accepted = "accepted"
    waitlisted = "waitlisted"
    rejected = "rejected"
    withdrawn = "withdrawn"


class ApplicationAction(StrEnum):
    apply = "apply"
    shortlist = "shortlist"
    accept = "accept"
    waitlist = "waitlist"
    reject = "reject"
    withdraw = "withdraw"


S, A = ApplicationStatus, ApplicationAction
TRANSITIONS: dict[tuple[ApplicationStatus, ApplicationAction], ApplicationStatus] = {
    (S.applied, A.shortlist): S.shortlisted,
    (S.applied, A.accept): S.accepted,
    (S.applied, A.waitlist): S.waitlisted,
    (S.applied, A.reject): S.rejected,
    (S.shortlisted, A.accept): S.accepted,
    (S.shortlisted, A.waitlist): S.waitlisted,
    (S.shortlisted, A.reject): S.rejected,
    (S.waitlisted, A.accept): S.accepted,
    (S.waitlisted, A.reject): S.rejected,
    (S.applied, A.withdraw): S.withdrawn,
    (S.shortlisted, A.withdraw): S.withdrawn,
    (S.waitlisted, A.withdraw): S.withdrawn,
    (S.accepted, A.withdraw): S.withdrawn,
}
STAFF_ACTIONS = frozenset({A.shortlist, A.accept, A.waitlist, A.reject, A.withdraw})
APPLICANT_ACTIONS = frozenset({A.withdraw})
# The decisions the applicant is told about.
NOTIFIED = frozenset({S.accepted, S.waitlisted, S.rejected})


def next_status(status: ApplicationStatus, action: ApplicationAction) -> ApplicationStatus | None:
    return TRANSITIONS.get((status, action))


def available_actions(status: ApplicationStatus, *, staff: bool) -> list[ApplicationAction]:
    allowed = STAFF_ACTIONS if staff else APPLICANT_ACTIONS
    return [action for (origin, action) in TRANSITIONS if origin is status and action in allowed]
