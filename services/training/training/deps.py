"""What training routes inject besides the chassis' session and caller: one named policy per set of roles."""

from typing import Annotated

from fastapi import Depends, Request

from chassis.auth.deps import require_roles
from chassis.auth.principal import STAFF_ROLES, Principal, Role
from chassis.crypto import FieldCipher
from training.config import Settings


def _cipher(request: Request) -> FieldCipher:
    cipher: FieldCipher = request.app.state.field_cipher
    return cipher


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


CipherDep = Annotated[FieldCipher, Depends(_cipher)]
SettingsDep = Annotated[Settings, Depends(_settings)]

# A trainee on the phone: a young entrepreneur's account, for their own record, enrolments and certificates.
Trainee = Annotated[Principal, Depends(require_roles(Role.entrepreneur))]
# Staff (their county's, or the city's) or the trainee for themself.
StaffOrTrainee = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.entrepreneur))]
