"""What volunteers routes inject besides the chassis' session and caller: one named policy per set of roles."""

from typing import Annotated

from fastapi import Depends, Request

from chassis.auth.deps import require_roles
from chassis.auth.principal import STAFF_ROLES, Principal, Role
from chassis.crypto import FieldCipher
from chassis.idempotency import Idempotency, idempotent
from volunteers.config import Settings
from volunteers.idempotency import IdempotencyRecord


def _cipher(request: Request) -> FieldCipher:
    cipher: FieldCipher = request.app.state.field_cipher
    return cipher


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


CipherDep = Annotated[FieldCipher, Depends(_cipher)]
SettingsDep = Annotated[Settings, Depends(_settings)]
IdempotencyDep = Annotated[Idempotency, idempotent(IdempotencyRecord)]

# A university student on the phone: their own profile, applications, team, hours.
Volunteer = Annotated[Principal, Depends(require_roles(Role.volunteer))]
# Staff (their county's, or the city's) or a student for what is theirs (row-level rules in the queries).
StaffOrVolunteer = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.volunteer))]
