"""The completion rule, over every combination of marks on up to four dates."""

from itertools import product

import pytest

from training.attendance.models import AttendanceStatus
from training.completion.rule import completes

FULL, PARTIAL, NO_SHOW = AttendanceStatus.full, AttendanceStatus.partial, AttendanceStatus.no_show
MARKS = [FULL, PARTIAL, NO_SHOW, None]
BETTER = {None: 0, NO_SHOW: 0, PARTIAL: 1, FULL: 2}
ALL_MARKS = [list(marks) for n in range(1, 5) for marks in product(MARKS, repeat=n)]
RULES = [(min_dates, partial_counts) for min_dates in (None, 0, 1, 2, 3, 4, 5, 9)
         for partial_counts in (False, True)]


def test_examples() -> None:
    assert completes([FULL, FULL], None, False)
    assert not completes([FULL, PARTIAL], None, False)
    assert completes([FULL, PARTIAL], None, True)
    assert completes([FULL, NO_SHOW, None], 1, False)
    assert not completes([PARTIAL, NO_SHOW, None], 1, False)
    assert completes([PARTIAL, NO_SHOW, None], 1, True)
    assert not completes([FULL, NO_SHOW, FULL], 3, True)
    assert completes([FULL, FULL, FULL], 3, False)


@pytest.mark.parametrize(("min_dates", "partial_counts"), RULES)
def test_every_combination(min_dates: int | None, partial_counts: bool) -> None:
    for marks in ALL_MARKS:
        counted = sum(1 for m in marks if m is FULL or (partial_counts and m is PARTIAL))
        needed = len(marks) if min_dates is None or min_dates > len(marks) else min_dates
        assert completes(marks, min_dates, partial_counts) == (counted >= max(needed, 1)), (marks, min_dates)


@pytest.mark.parametrize(("min_dates", "partial_counts"), RULES)
def test_attending_more_never_undoes_a_completion(min_dates: int | None, partial_counts: bool) -> None:
    for marks in ALL_MARKS:
        if not completes(marks, min_dates, partial_counts):
            continue
        for index, mark in enumerate(marks):
            for better in MARKS:
                if BETTER[better] >= BETTER[mark]:
                    upgraded = [*marks[:index], better, *marks[index + 1:]]
                    assert completes(upgraded, min_dates, partial_counts), (marks, upgraded)


def test_a_rule_beyond_the_dates_asks_for_all_of_them() -> None:
    for marks in ALL_MARKS:
        for partial_counts in (False, True):
            assert completes(marks, len(marks) + 3, partial_counts) == completes(marks, None, partial_counts)


def test_nobody_completes_without_attending() -> None:
    for min_dates in (None, 0, 1):
        assert not completes([None, NO_SHOW], min_dates, True)
        assert not completes([], min_dates, True)


def test_partial_counts_only_when_the_programme_says_so() -> None:
    assert not completes([PARTIAL], None, False)
    assert completes([PARTIAL], None, True)
