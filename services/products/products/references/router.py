"""A seller as another service names it (the volunteers' site visits): its id, name and county, nothing more
(no contact, no status). For services' own clients and staff (county staff: their county)."""

import uuid

from fastapi import APIRouter

from chassis.auth.deps import StaffOrService
from chassis.db import SessionDep
from products.references.queries import read_seller_reference
from products.references.schemas import SellerReference

router = APIRouter(prefix="/api/v1/products/references", tags=["references"])


@router.get("/sellers/{seller_id}", summary="A seller's name and county, for another service to show")
async def seller_reference(session: SessionDep, principal: StaffOrService, seller_id: uuid.UUID) -> SellerReference:
    return await read_seller_reference(session=session, principal=principal, seller_id=seller_id)
