"""Row-level rules every service applies in its service layer: who may act for which county."""

from chassis.auth.principal import Principal, Role
from chassis.problems import Forbidden


def ensure_acts_in_county(principal: Principal, county_code: str | None) -> None:
    """City staff and admins act anywhere; county staff only for their own county.

    `county_code=None` means the whole city (a city-level session, say): city staff only.
    """
    if principal.sees_whole_city:
        return
    if principal.role is Role.county_staff and county_code is not None and principal.county_code == county_code:
        return
    if county_code is None:
        raise Forbidden("Only city staff act for the whole city.")
    raise Forbidden(f"You may not act for county {county_code}.")
