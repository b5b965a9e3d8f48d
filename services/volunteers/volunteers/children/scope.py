"""Which children a caller may see: the one rule every read of a child goes through."""

from datetime import date
from typing import TypeVarTuple

from sqlalchemy import Select

from chassis.auth.principal import Principal
from volunteers.children import access
from volunteers.children.models import Child
from volunteers.teams.membership import member_team_ids
from volunteers.teams.models import Camp

Ts = TypeVarTuple("Ts")


def visible(statement: Select[*Ts], principal: Principal, today: date) -> Select[*Ts]:
    """`statement` (which selects from Child joined to Camp) narrowed to the children `principal` may see:
    staff their county's (the city's: all); a volunteer those of their own team's camps inside the window."""
    if principal.sees_whole_city:
        return statement
    if principal.is_staff:
        return statement.where(Child.county_code == principal.county_code)
    latest_start, earliest_end = access.camp_bounds(today)
    return statement.where(Camp.team_id.in_(member_team_ids(principal.subject)), Camp.starts_on <= latest_start,
                           Camp.ends_on >= earliest_end)
