"""What products routes inject besides the chassis' session and caller: one named policy per set of roles."""

from typing import Annotated

from fastapi import Depends, Request

from chassis.auth.deps import require_roles
from chassis.auth.principal import STAFF_ROLES, Principal, Role
from chassis.crypto import FieldCipher


def _cipher(request: Request) -> FieldCipher:
    cipher: FieldCipher = request.app.state.field_cipher
    return cipher


CipherDep = Annotated[FieldCipher, Depends(_cipher)]

# The phone's two kinds of trader: a youth entrepreneur who sells, and a buyer's account.
Entrepreneur = Annotated[Principal, Depends(require_roles(Role.entrepreneur))]
BuyerAccount = Annotated[Principal, Depends(require_roles(Role.buyer))]
# Sellers and their lots: the entrepreneur (their own) and staff (their county, or all).
StaffOrEntrepreneur = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.entrepreneur))]
# Buyers and their demands, and a demand's matches: the buyer (their own) and staff.
StaffOrBuyer = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.buyer))]
# Everyone in the market: staff, sellers (their own lots) and buyers (the lots on offer).
Market = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.entrepreneur, Role.buyer))]
# The two sides of a deal, each for itself (accepting, disputing): never staff for them.
Trader = Annotated[Principal, Depends(require_roles(Role.entrepreneur, Role.buyer))]
