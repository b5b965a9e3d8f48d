import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from chassis.auth.deps import CityStaff, require_roles
from chassis.auth.principal import Principal, Role
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep, count_rows
from loans.claims import service
from loans.claims.export import claim_sheet
from loans.claims.models import ClaimLine, ClaimStatus, LineDecision, SubsidyClaim
from loans.claims.schemas import BulkDecision, ClaimFiling, ClaimLineRead, ClaimRead, LineDecisionIn, Payment
from loans.deps import BankOfficer
from loans.partners.models import IdempotencyDep

router = APIRouter(prefix="/api/v1/loans/claims", tags=["claims"])

# City staff review and pay claims; a bank sees its own.
ClaimReader = Annotated[Principal, Depends(require_roles(Role.admin, Role.city_staff, Role.bank_officer))]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def line_read(line: ClaimLine, contract_number: str, borrower_name: str) -> ClaimLineRead:
    return ClaimLineRead(id=line.id, loan_id=line.loan_id, contract_number=contract_number,
                         borrower_name=borrower_name, interest_paid=line.interest_paid, days=line.days,
                         eligible_principal=line.eligible_principal, cap_amount=line.cap_amount,
                         subsidy=line.subsidy, contract_interest=line.contract_interest,
                         flagged_excess=line.flagged_excess, decision=line.decision, reason=line.reason)


async def _read(session: SessionDep, claim: SubsidyClaim, principal: Principal) -> ClaimRead:
    return (await service.claim_reads(session, [await service.get_claim(session=session, principal=principal,
                                                                        claim_id=claim.id)]))[0]


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="File the quarter's claim: one line per loan (idempotent)")
async def file_claim(session: SessionDep, principal: BankOfficer, idem: IdempotencyDep,
                     data: ClaimFiling) -> ClaimRead:
    claim = await service.file_claim(session=session, principal=principal, data=data)
    return await idem.respond(await _read(session, claim, principal))


@router.get("", summary="Claims, newest quarter first")
async def list_claims(
    session: SessionDep, principal: ClaimReader, page: PageDep, bank_id: uuid.UUID | None = None,
    year: Annotated[int | None, Query(ge=2020, le=2100)] = None,
    quarter: Annotated[int | None, Query(ge=1, le=4)] = None, status: ClaimStatus | None = None,
) -> Page[ClaimRead]:
    statement = service.visible_claims(principal).order_by(
        SubsidyClaim.year.desc(), SubsidyClaim.quarter.desc(), SubsidyClaim.id)
    for column, value in ((SubsidyClaim.bank_id, bank_id), (SubsidyClaim.year, year),
                          (SubsidyClaim.quarter, quarter), (SubsidyClaim.status, status)):
        if value is not None:
            statement = statement.where(column == value)
    total = await count_rows(session, statement)
    rows = [(claim, bank) for claim, bank in (await session.execute(
        statement.limit(page.limit).offset(page.offset))).all()]
    return Page(items=await service.claim_reads(session, rows), total=total, limit=page.limit, offset=page.offset)


@router.get("/{claim_id}", summary="One claim with its totals")
async def get_claim(session: SessionDep, principal: ClaimReader, claim_id: uuid.UUID) -> ClaimRead:
    claim, bank = await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    return (await service.claim_reads(session, [(claim, bank)]))[0]


@router.get("/{claim_id}/lines", summary="The claim's lines, by contract number")
async def list_lines(session: SessionDep, principal: ClaimReader, claim_id: uuid.UUID, page: PageDep,
                     decision: LineDecision | None = None, flagged: bool | None = None) -> Page[ClaimLineRead]:
    await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    statement = service.claim_lines(claim_id, decision, flagged)
    total = await count_rows(session, statement)
    rows = (await session.execute(statement.limit(page.limit).offset(page.offset))).all()
    return Page(items=[line_read(*row) for row in rows], total=total, limit=page.limit, offset=page.offset)


@router.post("/{claim_id}/lines/{line_id}/decision", summary="Approve or reject one line (a reason to reject)")
async def decide_line(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID, line_id: uuid.UUID,
                      data: LineDecisionIn) -> ClaimLineRead:
    claim, _ = await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    await service.decide_line(session=session, principal=principal, claim=claim, line_id=line_id, data=data)
    row = (await session.execute(service.claim_lines(claim_id, None, None).where(ClaimLine.id == line_id))).one()
    return line_read(*row)


@router.post("/{claim_id}/lines/approve-unflagged", summary="Approve every pending line that is not flagged")
async def approve_unflagged(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID) -> BulkDecision:
    claim, _ = await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    return BulkDecision(approved=await service.approve_unflagged(session=session, principal=principal, claim=claim))


@router.post("/{claim_id}/approve", summary="Approve the claim once every line is decided")
async def approve_claim(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID) -> ClaimRead:
    claim, bank = await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    await service.approve_claim(session=session, principal=principal, claim=claim)
    return (await service.claim_reads(session, [(claim, bank)]))[0]


@router.post("/{claim_id}/pay", summary="Record the treasury's payment: the voucher number closes the claim")
async def pay_claim(session: SessionDep, principal: CityStaff, claim_id: uuid.UUID, data: Payment) -> ClaimRead:
    claim, bank = await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    await service.pay_claim(session=session, claim=claim, voucher_number=data.voucher_number)
    return (await service.claim_reads(session, [(claim, bank)]))[0]


@router.get("/{claim_id}/export.xlsx", summary="The claim sheet as Excel", response_class=Response,
            responses={200: {"content": {XLSX: {}}, "description": "The claim sheet"}})
async def export_claim(session: SessionDep, principal: ClaimReader, claim_id: uuid.UUID) -> Response:
    claim, bank = await service.get_claim(session=session, principal=principal, claim_id=claim_id)
    read = (await service.claim_reads(session, [(claim, bank)]))[0]
    rows = (await session.execute(service.claim_lines(claim_id, None, None))).all()
    content = await run_in_threadpool(claim_sheet, read, [line_read(*row) for row in rows])
    filename = f"subsidy-claim-{claim.year}Q{claim.quarter}.xlsx"
    return Response(content, media_type=XLSX, headers={"content-disposition": f'attachment; filename="{filename}"'})
