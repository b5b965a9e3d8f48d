"""HTTP for clearing runs: each route declares who may call it and calls one function of the folder."""

import uuid

from fastapi import APIRouter, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from chassis.timezone import business_today
from products.clearing import queries, service
from products.clearing.schemas import ClearingRunRead, ClearingRunSummary, ClearingScope

router = APIRouter(prefix="/api/v1/products/clearing-runs", tags=["clearing"])


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Clear the lots on offer against the demands still wanted: the most kilograms, then the least "
                     "cost; each allocation a proposed deal (county staff: their county's lots)")
async def create_clearing_run(session: SessionDep, principal: Staff, scope: ClearingScope) -> ClearingRunRead:
    return await service.run(session=session, principal=principal, scope=scope, today=business_today())


@router.get("", summary="Clearing runs, newest first (county staff: their county's)")
async def list_clearing_runs(session: SessionDep, principal: Staff, page: PageDep) -> Page[ClearingRunSummary]:
    return await queries.list_runs(session=session, principal=principal, page=page)


@router.get("/{run_id}", summary="One clearing run with its allocations and their deals")
async def get_clearing_run(session: SessionDep, principal: Staff, run_id: uuid.UUID) -> ClearingRunRead:
    return await queries.read_run(session=session, principal=principal, run_id=run_id)
