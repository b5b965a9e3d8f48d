"""Whether an application may be submitted under the policy in force. Pure: the caller gathers the facts."""

from dataclasses import dataclass
from decimal import Decimal

from chassis.counties import is_county


@dataclass(frozen=True, slots=True)
class FailedRule:
    rule: str
    detail: str


@dataclass(frozen=True, slots=True)
class EligibilityFacts:
    age: int
    use: str
    amount_requested: Decimal
    county_code: str


@dataclass(frozen=True, slots=True)
class EligibilityTerms:
    age_min: int
    age_max: int
    eligible_uses: frozenset[str]
    principal_cap: Decimal


def failed_rules(facts: EligibilityFacts, terms: EligibilityTerms) -> list[FailedRule]:
    """Every rule the application fails, so the applicant can fix them all at once."""
    failed = []
    if not terms.age_min <= facts.age <= terms.age_max:
        failed.append(FailedRule("age", f"The borrower is {facts.age}; the policy covers ages "
                                        f"{terms.age_min} to {terms.age_max}."))
    if facts.use not in terms.eligible_uses:
        failed.append(FailedRule("use", f"The use {facts.use} is not eligible under the policy."))
    if facts.amount_requested > terms.principal_cap:
        failed.append(FailedRule("amount", f"{facts.amount_requested:.2f} is above the policy's cap of "
                                           f"{terms.principal_cap:.2f}."))
    if not is_county(facts.county_code):
        failed.append(FailedRule("county", f"{facts.county_code} is not a county of the programme."))
    return failed
