"""The certificate of service hours as a printable PDF (page, frame and verification block from
`chassis.certificate_pdf`, as training's completion certificates)."""

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

TITLE = "志愿服务时长证明"
NAMED_TEAMS = 3


@dataclass(frozen=True)
class Facts:
    number: str
    name: str
    university: str
    hours: float
    teams: tuple[str, ...]
    first_on: date
    last_on: date
    issued_on: date


def render(facts: Facts, verify_url: str) -> bytes:
    teams = "、".join(facts.teams[:NAMED_TEAMS]) + (f"等{len(facts.teams)}支队伍" if len(facts.teams) > NAMED_TEAMS
                                                    else "")
    body = (f"    该同学于{chinese_date(facts.first_on)}至{chinese_date(facts.last_on)}参加共青团清远市委员会组织的"
            f"大学生志愿服务（{teams}），经核定累计志愿服务时长{facts.hours:g}小时。特此证明。")
    with certificate_page(TITLE, facts.number) as (pdf, buffer):
        pdf.setFont(SONG, 20)
        pdf.drawString(LEFT, HEIGHT - 185, f"{facts.name} 同学（{facts.university}）：")
        paragraph(pdf, body, HEIGHT - 225)
        signature(pdf, facts.issued_on)
        verification(pdf, facts.number, verify_url)
    return buffer.getvalue()
