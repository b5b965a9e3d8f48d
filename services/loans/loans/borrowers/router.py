from fastapi import APIRouter

from chassis.db import SessionDep
from loans.borrowers import service
from loans.borrowers.schemas import BorrowerProfile, BorrowerRead
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
