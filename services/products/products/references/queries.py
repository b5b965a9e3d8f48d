"""The seller another service names, in the caller's scope (county staff: their county; a service's client: any)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.problems import NotFound
from products.parties.models import Seller
from products.references.schemas import SellerReference


async def read_seller_reference(*, session: AsyncSession, principal: Principal,
                                seller_id: uuid.UUID) -> SellerReference:
    statement = select(Seller.id, Seller.name, Seller.county_code).where(Seller.id == seller_id)
    if principal.role is Role.county_staff:
        statement = statement.where(Seller.county_code == principal.county_code)
    row = (await session.execute(statement)).first()
    if row is None:
        raise NotFound(f"No seller {seller_id}.")
    return SellerReference(id=row[0], name=row[1], county_code=row[2])
