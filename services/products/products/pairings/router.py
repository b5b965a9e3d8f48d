import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from products.pairings import service
from products.pairings.schemas import PairingCreate, PairingRead, PairingUpdate

router = APIRouter(prefix="/api/v1/products/pairings", tags=["pairings"])


@router.get("", summary="万企帮万村 pairings (county staff: their county's)")
async def list_pairings(session: SessionDep, principal: Staff, page: PageDep, county_code: CountyCode | None = None,
                        year: Annotated[int | None, Query(ge=2000, le=2100, description="Paired in this year")]
                        = None) -> Page[PairingRead]:
    rows, total = await service.list_pairings(session=session, principal=principal, page=page,
                                              county_code=county_code, year=year)
    return page_of(PairingRead, rows, total, page)


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Pair an enterprise with a poor village (county staff: in their own county)")
async def create_pairing(session: SessionDep, principal: Staff, data: PairingCreate) -> PairingRead:
    return PairingRead.model_validate(await service.create_pairing(session=session, principal=principal, data=data))


@router.get("/{pairing_id}", summary="One pairing")
async def get_pairing(session: SessionDep, principal: Staff, pairing_id: uuid.UUID) -> PairingRead:
    return PairingRead.model_validate(
        await service.get_pairing(session=session, principal=principal, pairing_id=pairing_id))


@router.patch("/{pairing_id}", summary="Record the funds received so far")
async def update_pairing(session: SessionDep, principal: Staff, pairing_id: uuid.UUID,
                         data: PairingUpdate) -> PairingRead:
    return PairingRead.model_validate(
        await service.update_pairing(session=session, principal=principal, pairing_id=pairing_id, data=data))
