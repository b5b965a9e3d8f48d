"""HTTP for quarterly subsidy claims: banks file, city staff review, approve and pay."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status
from fastapi.responses import Response

from chassis.auth.deps import CityStaff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from loans.claims import queries, service
from loans.claims.models import ClaimStatus, LineDecision
from loans.claims.schemas import BulkDecision, ClaimFiling, ClaimLineRead, ClaimRead, LineDecisionIn, Payment
from loans.deps import BankOfficer, CityStaffOrBank, IdempotencyDep

router = APIRouter(prefix="/api/v1/loans/claims", tags=["claims"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="File the quarter's claim: one line per loan (idempotent)")
async def file_claim(session: SessionDep, principal: BankOfficer, idem: IdempotencyDep,
                     data: ClaimFiling) -> ClaimRead:
    return await idem.respond(await service.file(session=session, principal=principal, data=data))


@router.get("", summary="Claims, newest quarter first")
async def list_claims(
    session: SessionDep, principal: CityStaffOrBank, page: PageDep, bank_id: uuid.UUID | None = None,
    year: Annotated[int | None, Query(ge=2020, le=2100)] = None,
    quarter: Annotated[int | None, Query(ge=1, le=4)] = None, status: ClaimStatus | None = None,
) -> Page[ClaimRead]:
    return await queries.list_claims(session=session, principal=principal, page=page, bank_id=bank_id, year=year,
                                     quarter=quarter, status=status)


@router.get("/{claim_id}", summary="One claim with its totals")
async def get_claim(session: SessionDep, principal: CityStaffOrBank, claim_id: uuid.UUID) -> ClaimRead:
    return await queries.claim_read(session=session, principal=principal, claim_id=claim_id)


@router.get("/{claim_id}/lines", summary="The claim's lines, by contract number")
async def list_lines(session: SessionDep, principal: CityStaffOrBank, claim_id: uuid.UUID, page: PageDep,
                     decision: LineDecision | None = None, flagged: bool | None = None) -> Page[ClaimLineRead]:
    return await queries.list_lines(session=session, principal=principal, claim_id=claim_id, page=page,
                                    decision=decision, flagged=flagged)


@router.post("/{claim_id}/lines/{line_id}/decision", summary="Approve or reject one line (a reason to reject)")
async def decide_line(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID, line_id: uuid.UUID,
                      data: LineDecisionIn) -> ClaimLineRead:
    return await service.decide(session=session, principal=principal, claim_id=claim_id, line_id=line_id, data=data)


@router.post("/{claim_id}/lines/approve-unflagged", summary="Approve every pending line that is not flagged")
async def approve_unflagged(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID) -> BulkDecision:
    return await service.approve_unflagged_lines(session=session, principal=principal, claim_id=claim_id)


@router.post("/{claim_id}/approve", summary="Approve the claim once every line is decided")
async def approve_claim(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID) -> ClaimRead:
    return await service.approve(session=session, principal=principal, claim_id=claim_id)


@router.post("/{claim_id}/pay", summary="Record the treasury's payment: the voucher number closes the claim")
async def pay_claim(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID, data: Payment) -> ClaimRead:
    return await service.pay(session=session, principal=principal, claim_id=claim_id,
                             voucher_number=data.voucher_number)


@router.get("/{claim_id}/export.xlsx", summary="The claim sheet as Excel", response_class=Response,
            responses={200: {"content": {XLSX: {}}, "description": "The claim sheet"}})
async def export_claim(session: SessionDep, principal: CityStaffOrBank, claim_id: uuid.UUID) -> Response:
    claim, content = await queries.claim_workbook(session=session, principal=principal, claim_id=claim_id)
    filename = f"subsidy-claim-{claim.year}Q{claim.quarter}.xlsx"
    return Response(content, media_type=XLSX, headers={"content-disposition": f'attachment; filename="{filename}"'})
