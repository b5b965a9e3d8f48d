"""The rules of service hours (pure): when a team's code is good, how long a check-in counts, who approves what.

    attendance:  open ──check-out──> pending ──approve (the team's leader, or staff)──> approved
                                        └────reject──> rejected
    adjustment, reversal:  pending ──approve (a second staff member)──> approved / ──reject──> rejected

An approved entry is never changed again: a reversal (a new entry of the opposite minutes, approved like an
adjustment) cancels it. Entries are never deleted.
"""

from datetime import date, datetime

from volunteers.hours.models import HoursKind, HoursStatus

# A forgotten check-out must not turn into a day and a night of service: one attendance counts at most this long.
MAX_ATTENDANCE_MINUTES = 12 * 60
# Kinds that staff make and a second staff member approves.
STAFF_KINDS = frozenset({HoursKind.adjustment, HoursKind.reversal})


def in_service(starts_on: date, ends_on: date, today: date) -> bool:
    """A team's code is good on the days of its service period, both ends counted (business dates)."""
    return starts_on <= today <= ends_on


def attended_minutes(check_in_at: datetime, check_out_at: datetime) -> int:
    """Whole minutes between check-in and check-out, at most `MAX_ATTENDANCE_MINUTES`."""
    seconds = max(0.0, (check_out_at - check_in_at).total_seconds())
    return min(int(seconds // 60), MAX_ATTENDANCE_MINUTES)


def decidable(status: HoursStatus) -> bool:
    """Only a pending entry is approved or rejected."""
    return status is HoursStatus.pending


def reversible(kind: HoursKind, status: HoursStatus) -> bool:
    """An approved attendance or adjustment may be reversed; a reversal is not reversed (enter an adjustment)."""
    return status is HoursStatus.approved and kind is not HoursKind.reversal


def hours_of(minutes: int) -> float:
    """Minutes as hours, to a tenth (what a certificate prints)."""
    return round(minutes / 60, 1)
