"""Which children a caller may see: the one rule every read of a child goes through."""

from datetime import date
from typing import TypeVarTuple, Unpack

from sqlalchemy import Select

from chassis.auth.principal import Principal
from volunteers.camps.models import Camp
from volunteers.children import access
from volunteers.children.models import Child
from volunteers.teams.membership import my_team_ids


Ts = TypeVarTuple("Ts")


def visible(statement: Select[Unpack[Ts]], principal: Principal, today: date) -> Select[Unpack[Ts]]:
    """`statement` (which selects from Child joined to Camp) narrowed to the children `principal` may see:
    staff their county's (the city's: all); a volunteer those of their own team's camps inside the window."""
    if principal.sees_whole_city:
        return statement
    if principal.is_staff:
        return statement.where(Child.county_code == principal.county_code)
    latest_start, earliest_end = access.camp_bounds(today)
    return statement.where(Camp.team_id.in_(my_team_ids(principal.subject)), Camp.starts_on <= latest_start,
                           Camp.ends_on >= earliest_end)
