from enum import StrEnum


class LprTenor(StrEnum):
    """Which LPR the policy adds its spread to: the 1-year rate for these loans."""

    one_year = "1y"
    five_years = "5y"
