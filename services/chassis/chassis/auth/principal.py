"""Who is calling: the typed result of a verified access token."""

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    admin = "admin"
    city_staff = "city_staff"
    county_staff = "county_staff"
    bank_officer = "bank_officer"
    entrepreneur = "entrepreneur"
    buyer = "buyer"
    volunteer = "volunteer"
    service = "service"


STAFF_ROLES = frozenset({Role.admin, Role.city_staff, Role.county_staff})
ALL_ROLES = frozenset(Role)


@dataclass(frozen=True, slots=True)
class Principal:
    subject: str
    role: Role
    county_code: str | None = None
    bank_id: uuid.UUID | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    token_id: str | None = None
    # The gateway's login session (refresh-token family) a user's token belongs to; None for clients.
    session_id: str | None = None
    # Set when the caller is a system with client credentials rather than a person.
    client_id: str | None = None
    # Who the caller is to people reading an audit trail: a user's display name, a client's name.
    name: str | None = None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def sees_whole_city(self) -> bool:
        return self.role in (Role.admin, Role.city_staff)
