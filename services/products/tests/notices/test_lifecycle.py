import pytest

from products.notices.lifecycle import (
    IllegalTransition,
    NoticeAction,
    NoticeStatus,
    allowed_actions,
    next_state,
    takes_inquiries,
)

S, A = NoticeStatus, NoticeAction
EXPECTED = {(S.draft, A.publish): S.published, (S.draft, A.close): S.closed, (S.published, A.close): S.closed}


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("action", list(A))
def test_every_pair_is_allowed_or_refused(status: NoticeStatus, action: NoticeAction) -> None:
    if (status, action) in EXPECTED:
        assert next_state(status, action) is EXPECTED[(status, action)]
    else:
        with pytest.raises(IllegalTransition):
            next_state(status, action)


def test_a_closed_notice_is_final_and_only_a_published_one_takes_inquiries() -> None:
    assert allowed_actions(S.closed) == []
    assert [s for s in S if takes_inquiries(s)] == [S.published]
