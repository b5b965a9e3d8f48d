"""A notice of unsold produce: drafted by staff, published (the public page shows it), closed (it no longer does).

The transition table is the whole rule: (state, action) -> state. Pure: no I/O.
"""

from enum import StrEnum


class NoticeStatus(StrEnum):
    draft = "draft"
    published = "published"
    closed = "closed"


class NoticeAction(StrEnum):
    publish = "publish"
    close = "close"


S, A = NoticeStatus, NoticeAction
TRANSITIONS: dict[tuple[NoticeStatus, NoticeAction], NoticeStatus] = {
    (S.draft, A.publish): S.published,
    (S.draft, A.close): S.closed,
    (S.published, A.close): S.closed,
}


class IllegalTransition(Exception):
    pass


def next_state(status: NoticeStatus, action: NoticeAction) -> NoticeStatus:
    try:
        return TRANSITIONS[(status, action)]
    except KeyError:
        raise IllegalTransition(f"{action.value} is not possible from {status.value}") from None


def allowed_actions(status: NoticeStatus) -> list[NoticeAction]:
    return [action for (state, action) in TRANSITIONS if state is status]


def allowed_next_states(status: NoticeStatus) -> list[NoticeStatus]:
    return [target for (state, _), target in TRANSITIONS.items() if state is status]


def takes_inquiries(status: NoticeStatus) -> bool:
    """Only a published notice takes inquiries: a closed one is a 409, a draft is not public at all."""
    return status is S.published
