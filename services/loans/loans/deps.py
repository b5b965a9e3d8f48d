"""What loans routes inject besides the chassis' session and caller."""

from typing import Annotated

from fastapi import Depends, Request

from chassis.auth.deps import require_roles
from chassis.auth.principal import STAFF_ROLES, Principal, Role
from chassis.crypto import FieldCipher


def _cipher(request: Request) -> FieldCipher:
    cipher: FieldCipher = request.app.state.field_cipher
    return cipher


CipherDep = Annotated[FieldCipher, Depends(_cipher)]
Entrepreneur = Annotated[Principal, Depends(require_roles(Role.entrepreneur))]
BankOfficer = Annotated[Principal, Depends(require_roles(Role.bank_officer))]
# Everyone who takes part in an application: the applicant, staff who review it, the bank it is referred to.
Participant = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.bank_officer, Role.entrepreneur))]
StaffOrBank = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.bank_officer))]
