import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

from chassis.auth.principal import Role
from chassis.counties import CountyCode
from gateway.identity.schemas import DisplayName, UserRead

Username = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True,
                                           pattern=r"^[a-z0-9][a-z0-9_.-]{2,63}$")]
# Roles staff give to people. `service` belongs to API clients, never to a person.
AccountRole = Literal["admin", "city_staff", "county_staff", "bank_officer", "entrepreneur", "buyer", "volunteer"]


def check_assignment(role: str, county_code: str | None, bank_id: uuid.UUID | None) -> None:
    """County staff belong to one county and bank officers to one bank; nobody else to either."""
    if (role == Role.county_staff) != (county_code is not None):
        raise ValueError("county_code is given for county staff, and only for them")
    if (role == Role.bank_officer) != (bank_id is not None):
        raise ValueError("bank_id is given for bank officers, and only for them")


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    display_name: DisplayName
    role: AccountRole
    county_code: CountyCode | None = None
    bank_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _assignment(self) -> "AccountCreate":
        check_assignment(self.role, self.county_code, self.bank_id)
        return self


class AccountUpdate(BaseModel):
    """Staff change a person's name, role, county or bank. Changing the role means giving the county or
    bank that goes with it (or null); the result is checked as a whole."""

    model_config = ConfigDict(extra="forbid")

    display_name: DisplayName | None = None
    role: AccountRole | None = None
    county_code: CountyCode | None = None
    bank_id: uuid.UUID | None = None


class AccountRead(UserRead):
    is_active: bool
    must_change_password: bool
    created_at: datetime


class AccountWithPassword(BaseModel):
    """A new account or a reset: the temporary password is shown this once and must be changed at login."""

    account: AccountRead
    temporary_password: str
