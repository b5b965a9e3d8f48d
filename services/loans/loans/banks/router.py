import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import CityStaff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, page_of
from loans.banks import service
from loans.banks.models import BankType
from loans.banks.schemas import PartnerBankCreate, PartnerBankRead
from loans.deps import StaffOrBank

router = APIRouter(prefix="/api/v1/loans/banks", tags=["banks"])


@router.get("", summary="List partner banks")
async def list_banks(
    session: SessionDep,
    principal: StaffOrBank,
    page: PageDep,
    bank_type: BankType | None = None,
    q: Annotated[str | None, Query(max_length=50, description="Part of the bank's name")] = None,
) -> Page[PartnerBankRead]:
    banks, total = await service.list_banks(session=session, principal=principal, page=page,
                                            bank_type=bank_type, q=q)
    return page_of(PartnerBankRead, banks, total, page)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Register a partner bank")
async def create_bank(session: SessionDep, _: CityStaff, data: PartnerBankCreate) -> PartnerBankRead:
    return PartnerBankRead.model_validate(await service.create_bank(session=session, data=data))


@router.get("/{bank_id}", summary="One partner bank")
async def get_bank(session: SessionDep, principal: StaffOrBank, bank_id: uuid.UUID) -> PartnerBankRead:
    return PartnerBankRead.model_validate(
        await service.get_bank(session=session, principal=principal, bank_id=bank_id))
