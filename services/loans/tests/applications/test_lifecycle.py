"""The transition table, every (state, action) pair: allowed pairs go where the table says, others refuse."""

import itertools

import pytest

from loans.applications.lifecycle import (
    ACTORS,
    LENT,
    Action,
    ApplicationStatus,
    IllegalTransition,
    allowed_actions,
    allowed_next_states,
    next_state,
)

S, A = ApplicationStatus, Action

EXPECTED = {
    (S.draft, A.submit): S.submitted,
    (S.draft, A.withdraw): S.withdrawn,
    (S.submitted, A.recommend): S.recommended,
    (S.submitted, A.return_): S.draft,
    (S.submitted, A.reject): S.rejected,
    (S.submitted, A.withdraw): S.withdrawn,
    (S.recommended, A.refer): S.referred,
    (S.recommended, A.withdraw): S.withdrawn,
    (S.referred, A.approve): S.approved,
    (S.referred, A.decline): S.declined,
    (S.referred, A.withdraw): S.withdrawn,
    (S.approved, A.disburse): S.disbursed,
    (S.approved, A.withdraw): S.withdrawn,
    (S.disbursed, A.record_repayment): S.repaying,
    (S.disbursed, A.mark_overdue): S.overdue,
    (S.disbursed, A.settle): S.settled,
    (S.repaying, A.record_repayment): S.repaying,
    (S.repaying, A.mark_overdue): S.overdue,
    (S.repaying, A.settle): S.settled,
    (S.overdue, A.record_repayment): S.overdue,
    (S.overdue, A.cure): S.repaying,
    (S.overdue, A.settle): S.settled,
    (S.overdue, A.write_off): S.written_off,
}


@pytest.mark.parametrize(("state", "action"), list(itertools.product(S, A)))
def test_every_pair_of_state_and_action(state: ApplicationStatus, action: Action) -> None:
    if (state, action) in EXPECTED:
        assert next_state(state, action) is EXPECTED[(state, action)]
    else:
        with pytest.raises(IllegalTransition):
            next_state(state, action)


def test_final_states_allow_nothing() -> None:
    for state in (S.rejected, S.declined, S.settled, S.written_off, S.withdrawn):
        assert allowed_actions(state) == []
        assert allowed_next_states(state) == []


def test_the_applicant_cannot_withdraw_once_money_is_lent() -> None:
    for state in LENT:
        assert A.withdraw not in allowed_actions(state)


def test_every_action_names_who_takes_it() -> None:
    assert set(ACTORS) == set(A)


def test_allowed_next_states_of_a_submitted_application() -> None:
    assert allowed_next_states(S.submitted) == sorted([S.recommended, S.draft, S.rejected, S.withdrawn])
