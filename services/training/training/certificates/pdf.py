"""The completion certificate as a printable PDF: A4 landscape, in Chinese, with a QR code of its verification
link (the page, frame and verification block are `chassis.certificate_pdf`'s, shared with volunteers' hours
certificates)."""

from dataclasses import dataclass
from datetime import date

from chassis.certificate_pdf import (
    HEIGHT,
    LEFT,
    SONG,
    certificate_page,
    chinese_date,
    paragraph,
    signature,
    verification,
)

TITLE = "结业证书"


@dataclass(frozen=True)
class Facts:
    number: str
    name: str
    programme: str
    session: str
    completed_on: date


def render(facts: Facts, verify_url: str) -> bytes:
    with certificate_page(TITLE, facts.number) as (pdf, buffer):
        pdf.setFont(SONG, 20)
        pdf.drawString(LEFT, HEIGHT - 185, f"{facts.name} 同志：")
        body = (f"    于{chinese_date(facts.completed_on)}参加{facts.programme}《{facts.session}》培训，"
                f"完成规定课程，成绩合格，准予结业。特发此证。")
        paragraph(pdf, body, HEIGHT - 225)
        signature(pdf, facts.completed_on)
        verification(pdf, facts.number, verify_url)
    return buffer.getvalue()
