import uuid

from fastapi import APIRouter

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from loans.borrowers import service
from loans.borrowers.schemas import BorrowerProfile, BorrowerRead, CorrectionRead, IdentityCorrection
from loans.deps import CipherDep, Entrepreneur

router = APIRouter(prefix="/api/v1/loans/borrowers", tags=["borrowers"])


@router.get("/me", summary="My borrower profile")
async def my_profile(session: SessionDep, principal: Entrepreneur, cipher: CipherDep) -> BorrowerRead:
    borrower = await service.own_borrower(session=session, principal=principal)
    return service.borrower_read(borrower, principal, cipher)


@router.put("/me", summary="Fill in or update my borrower profile")
async def save_my_profile(session: SessionDep, principal: Entrepreneur, cipher: CipherDep,
                          data: BorrowerProfile) -> BorrowerRead:
    borrower = await service.save_profile(session=session, cipher=cipher, principal=principal, data=data)
    return service.borrower_read(borrower, principal, cipher)


@router.post("/{borrower_id}/corrections",
             summary="Correct a borrower's name, ID-card number or county (kept with its reason)")
async def correct_identity(session: SessionDep, staff: Staff, cipher: CipherDep, borrower_id: uuid.UUID,
                           data: IdentityCorrection) -> BorrowerRead:
    return await service.correct_identity(session=session, cipher=cipher, principal=staff, borrower_id=borrower_id,
                                          data=data)


@router.get("/{borrower_id}/corrections", summary="The corrections made to a borrower's identity, oldest first")
async def list_corrections(session: SessionDep, staff: Staff, borrower_id: uuid.UUID) -> list[CorrectionRead]:
    return await service.list_corrections(session=session, principal=staff, borrower_id=borrower_id)
