from pydantic import BaseModel

from chassis.money import Money
from chassis.stats import ServiceStats
from loans.applications.lifecycle import ApplicationStatus


class StatusCount(BaseModel):
    status: ApplicationStatus
    applications: int


class Breakdown(BaseModel):
    """One year, county, use or bank: what was lent and what it did."""

    key: str
    label: str
    loans: int
    amount_disbursed: Money
    projects: int
    poor_households_driven: int
    subsidy_paid: Money
    overdue_loans: int
    overdue_amount: Money


class LoanStats(ServiceStats):
    year: int | None
    applications_by_status: list[StatusCount]
    by_year: list[Breakdown]
    by_county_detail: list[Breakdown]
    by_use: list[Breakdown]
    by_bank: list[Breakdown]
