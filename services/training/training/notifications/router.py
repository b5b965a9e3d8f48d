from fastapi import APIRouter

from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from training.deps import Trainee
from training.notifications import service
from training.notifications.schemas import NotificationRead

router = APIRouter(prefix="/api/v1/training/notifications", tags=["notifications"])


@router.get("/me", summary="My notifications, latest first")
async def my_notifications(session: SessionDep, principal: Trainee, page: PageDep) -> Page[NotificationRead]:
    return await service.my_notifications(session=session, principal=principal, page=page)


@router.post("/me/read", summary="Mark my notifications read")
async def mark_read(session: SessionDep, principal: Trainee) -> dict[str, int]:
    return {"marked": await service.mark_read(session=session, principal=principal)}
