"""The groups a session may be aimed at, and who belongs to them (pure).

The report's targeted sessions were for registered poor households (有劳力建档立卡贫困户), homestay owners
(民宿主), e-commerce youth (农村电商青年) and rural entrepreneurs at large. `all` is a session for everyone.
"""

from collections.abc import Iterable
from enum import StrEnum


class TargetGroup(StrEnum):
    all = "all"
    poor_household = "poor_household"
    homestay_owner = "homestay_owner"
    ecommerce_youth = "ecommerce_youth"
    entrepreneur = "entrepreneur"


def groups_of(poor_household: bool, groups: Iterable[str]) -> set[str]:
    """A trainee's groups: those recorded, and `poor_household` when the household is registered poor."""
    return {*groups, TargetGroup.poor_household.value} if poor_household else set(groups)


def is_open_to_all(targets: Iterable[str]) -> bool:
    targets = set(targets)
    return not targets or TargetGroup.all.value in targets


def may_attend(targets: Iterable[str], poor_household: bool, groups: Iterable[str]) -> bool:
    """A session for all takes anyone; a targeted one takes a trainee in one of its groups."""
    targets = set(targets)
    return is_open_to_all(targets) or bool(targets & groups_of(poor_household, groups))


def priority(targets: Iterable[str], poor_household: bool, groups: Iterable[str]) -> int:
    """The waitlist's first key: 0 goes first. Registered poor households go first on a session for all; on a
    targeted session the session's own groups go first the same way."""
    targets = set(targets)
    first = {TargetGroup.poor_household.value} if is_open_to_all(targets) else targets
    return 0 if first & groups_of(poor_household, groups) else 1
