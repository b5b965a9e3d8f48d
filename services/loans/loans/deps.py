"""What loans routes inject besides the chassis' session and caller: one named policy per set of roles."""

from typing import Annotated

from fastapi import Depends, Request

from chassis.auth.deps import require_roles
from chassis.auth.principal import STAFF_ROLES, Principal, Role
from chassis.crypto import FieldCipher
from chassis.idempotency import Idempotency, idempotent
from loans.idempotency import IdempotencyRecord


def _cipher(request: Request) -> FieldCipher:
    cipher: FieldCipher = request.app.state.field_cipher
    return cipher


CipherDep = Annotated[FieldCipher, Depends(_cipher)]
# Writes from banks' systems take an Idempotency-Key, scoped to the bank: a retried call is applied once.
IdempotencyDep = Annotated[Idempotency, idempotent(IdempotencyRecord)]

Entrepreneur = Annotated[Principal, Depends(require_roles(Role.entrepreneur))]
BankOfficer = Annotated[Principal, Depends(require_roles(Role.bank_officer))]
# Everyone who takes part in an application: the applicant, staff who review it, the bank it is referred to.
Participant = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.bank_officer, Role.entrepreneur))]
# Staff at every level and partner banks: banks, the subsidy quote (a bank sees its own bank only).
StaffOrBank = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.bank_officer))]
# City staff, who pay subsidies and watch every bank, and banks, each their own: claims, webhook deliveries.
CityStaffOrBank = Annotated[Principal, Depends(require_roles(Role.admin, Role.city_staff, Role.bank_officer))]
