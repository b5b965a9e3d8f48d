"""HTTP for certificates of service hours: the student's PDF, the public check by number."""

from typing import Annotated

from fastapi import APIRouter, Path, Response

from chassis.auth.deps import Public
from chassis.db import SessionDep, utcnow
from volunteers.certificates import service
from volunteers.certificates.schemas import PublicHoursCertificate
from volunteers.deps import SettingsDep, Volunteer

router = APIRouter(prefix="/api/v1/volunteers", tags=["certificates"])
PDF = "application/pdf"
Number = Annotated[str, Path(min_length=1, max_length=40, description="As printed; any case")]


@router.get("/hours/me/certificate.pdf", summary="My certificate of approved service hours, as a PDF",
            response_class=Response, responses={200: {"content": {PDF: {}}, "description": "The certificate"}})
async def my_hours_certificate(session: SessionDep, principal: Volunteer, settings: SettingsDep) -> Response:
    number, content = await service.my_certificate_pdf(session=session, principal=principal, settings=settings,
                                                       now=utcnow())
    return Response(content, media_type=PDF,
                    headers={"content-disposition": f'attachment; filename="hours-{number}.pdf"'})


@router.get("/certificates/{number}", summary="Check a certificate of service hours by its number (no login)")
async def verify_hours_certificate(session: SessionDep, _: Public, response: Response,
                                   number: Number) -> PublicHoursCertificate:
    response.headers["Cache-Control"] = "no-store"  # it turns invalid as soon as hours are reversed
    return await service.read_public(session=session, number=number)
