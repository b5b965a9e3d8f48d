"""HTTP for site visits by industry service teams and their survey reports."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from volunteers.deps import StaffOrVolunteer, Volunteer
from volunteers.references.client import References, references
from volunteers.visits import queries, service
from volunteers.visits.models import VisitAction
from volunteers.visits.schemas import ReviewIn, VisitCreate, VisitRead

router = APIRouter(prefix="/api/v1/volunteers/visits", tags=["visits"])
ReferencesDep = Annotated[References, Depends(references)]


@router.get("", summary="Site visits (staff: their county's teams'; a student: their teams')")
async def list_visits(session: SessionDep, principal: StaffOrVolunteer, names: ReferencesDep, page: PageDep,
                      team_id: uuid.UUID | None = None) -> Page[VisitRead]:
    return await queries.list_visits(session=session, principal=principal, references=names, page=page,
                                     team_id=team_id)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Record a site visit and its survey report (a draft)")
async def create_visit(session: SessionDep, principal: StaffOrVolunteer, names: ReferencesDep,
                       data: VisitCreate) -> VisitRead:
    return await service.create_visit(session=session, principal=principal, references=names, data=data)


@router.get("/{visit_id}", summary="One site visit")
async def get_visit(session: SessionDep, principal: StaffOrVolunteer, names: ReferencesDep,
                    visit_id: uuid.UUID) -> VisitRead:
    return await queries.read_visit(session=session, principal=principal, references=names, visit_id=visit_id)


@router.post("/{visit_id}/submit", summary="A member submits the report for review")
async def submit_visit(session: SessionDep, principal: Volunteer, names: ReferencesDep,
                       visit_id: uuid.UUID) -> VisitRead:
    return await service.perform(session=session, principal=principal, references=names, visit_id=visit_id,
                                 action=VisitAction.submit, note=None)


@router.post("/{visit_id}/review", summary="Staff accept the report as reviewed, with a note")
async def review_visit(session: SessionDep, principal: Staff, names: ReferencesDep, visit_id: uuid.UUID,
                       data: ReviewIn) -> VisitRead:
    return await service.perform(session=session, principal=principal, references=names, visit_id=visit_id,
                                 action=VisitAction.review, note=data.note)


@router.post("/{visit_id}/return", summary="Staff return the report to the team, saying what to change")
async def return_visit(session: SessionDep, principal: Staff, names: ReferencesDep, visit_id: uuid.UUID,
                       data: ReviewIn) -> VisitRead:
    return await service.perform(session=session, principal=principal, references=names, visit_id=visit_id,
                                 action=VisitAction.return_, note=data.note)
