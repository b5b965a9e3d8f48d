"""HTTP for certificates: the list and its export, the public check by number, the printable PDF."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from chassis.auth.deps import Public, Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from training.certificates import queries
from training.certificates.schemas import CertificateRead, PublicCertificate
from training.deps import SettingsDep, StaffOrTrainee

router = APIRouter(prefix="/api/v1/training", tags=["certificates"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
Number = Annotated[str, Path(min_length=1, max_length=40, description="As printed; any case")]
Search = Annotated[str | None, Query(max_length=50, description="Part of the number or of the trainee's name")]


@router.get("/certificates", summary="Certificates (county staff: their county's sessions; a trainee: their own)")
async def list_certificates(session: SessionDep, principal: StaffOrTrainee, page: PageDep,
                            session_id: uuid.UUID | None = None, q: Search = None) -> Page[CertificateRead]:
    return await queries.list_certificates(session=session, principal=principal, page=page, session_id=session_id,
                                           q=q)


@router.get("/certificates/export", summary="The certificates as Excel, with the list's filters",
            response_class=Response, responses={200: {"content": {XLSX: {}}, "description": "The workbook"}})
async def export_certificates(session: SessionDep, principal: Staff, session_id: uuid.UUID | None = None,
                              q: Search = None) -> Response:
    content = await queries.export(session=session, principal=principal, session_id=session_id, q=q)
    return Response(content, media_type=XLSX,
                    headers={"content-disposition": 'attachment; filename="certificates.xlsx"'})


@router.get("/certificates/{number}", summary="Check a certificate by its number (no login; the name masked)")
async def verify_certificate(session: SessionDep, _: Public, response: Response,
                             number: Number) -> PublicCertificate:
    response.headers["Cache-Control"] = "public, max-age=300"  # a certificate changes only if revoked
    return await queries.read_public(session=session, number=number)


@router.get("/certificates/{number}/pdf", summary="The printable certificate (staff in scope, or its owner)",
            response_class=Response, responses={200: {"content": {PDF: {}}, "description": "The certificate"}})
async def certificate_pdf(session: SessionDep, principal: StaffOrTrainee, settings: SettingsDep,
                          number: Number) -> Response:
    number, content = await queries.certificate_pdf(session=session, principal=principal, settings=settings,
                                                    number=number)
    return Response(content, media_type=PDF,
                    headers={"content-disposition": f'attachment; filename="certificate-{number}.pdf"'})
