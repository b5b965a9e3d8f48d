from fastapi import APIRouter

from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from training.deps import Trainee
from training.mine import queries
from training.mine.schemas import MyEnrolment

router = APIRouter(prefix="/api/v1/training", tags=["mine"])


@router.get("/enrolments/me", summary="My enrolments: status, place on the waitlist, certificate")
async def my_enrolments(session: SessionDep, principal: Trainee, page: PageDep) -> Page[MyEnrolment]:
    return await queries.my_enrolments(session=session, principal=principal, page=page)
