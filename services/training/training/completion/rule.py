"""Whether a trainee completed a session, from their marks on its dates (pure).

The programme says how many dates make a completion (`completion_min_dates`; None: every date) and whether a
partial attendance (came late, left early) counts as one. A rule asking for more dates than the session has asks
for all of them: a short session is not impossible to complete. Nobody completes without attending at least one
date, whatever the rule says.
"""

from collections.abc import Sequence

from training.attendance.models import AttendanceStatus


def completes(marks: Sequence[AttendanceStatus | None], min_dates: int | None, partial_counts: bool) -> bool:
    """`marks` has one entry per date of the session, None where the trainee was not marked."""
    counted = {AttendanceStatus.full, AttendanceStatus.partial} if partial_counts else {AttendanceStatus.full}
    attended = sum(1 for mark in marks if mark in counted)
    needed = len(marks) if min_dates is None else min(min_dates, len(marks))
    return attended >= max(needed, 1)
