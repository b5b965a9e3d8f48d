"""A visit's report from draft to reviewed, and what a visit must name (pure).

    draft ──submit (a member)──> submitted ──review (staff)──> reviewed
      returned ──submit──┘          └──return (staff, a note)──> returned
"""

import uuid

from volunteers.visits.models import VisitAction, VisitKind, VisitStatus

S, A = VisitStatus, VisitAction
TRANSITIONS: dict[tuple[VisitStatus, VisitAction], VisitStatus] = {
    (S.draft, A.submit): S.submitted,
    (S.returned, A.submit): S.submitted,
    (S.submitted, A.review): S.reviewed,
    (S.submitted, A.return_): S.returned,
}
STAFF_ACTIONS = frozenset({A.review, A.return_})


def next_status(status: VisitStatus, action: VisitAction) -> VisitStatus | None:
    return TRANSITIONS.get((status, action))


def allowed_actions(status: VisitStatus) -> list[str]:
    return [action.value for (origin, action) in TRANSITIONS if origin is status]


def reference_problem(kind: VisitKind, loan_id: uuid.UUID | None,
                      seller_id: uuid.UUID | None) -> tuple[str, str] | None:
    """(field, message) when the references do not fit the kind: a loan project names its loan, a seller visit
    its seller; a visit names one of them at most, and a loan only on a loan project's visit."""
    if loan_id is not None and seller_id is not None:
        return "seller_id", "a visit names a loan or a seller, not both"
    if kind is VisitKind.loan_project and loan_id is None:
        return "loan_id", "a loan project's visit names its loan"
    if kind is VisitKind.seller and seller_id is None:
        return "seller_id", "a seller's visit names the seller"
    if loan_id is not None and kind is not VisitKind.loan_project:
        return "loan_id", "only a loan project's visit names a loan"
    return None
