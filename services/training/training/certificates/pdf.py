"""The certificate as a printable PDF: A4 landscape, in Chinese, with a QR code of its verification link.

reportlab's CID font STSong-Light needs no font file (the PDF viewer supplies a Song face), so the service
ships none and the PDF stays small. Drawing takes tens of milliseconds: callers run it off the event loop.
"""

import io
from dataclasses import dataclass
from datetime import date

import segno
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

SONG = "STSong-Light"
ISSUER = "共青团清远市委员会"
RED = HexColor("#b3261e")
pdfmetrics.registerFont(UnicodeCIDFont(SONG))


@dataclass(frozen=True)
class Facts:
    number: str
    name: str
    programme: str
    session: str
    completed_on: date


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def render(facts: Facts, verify_url: str) -> bytes:
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    pdf.setTitle(f"结业证书 {facts.number}")
    pdf.setAuthor(ISSUER)

    pdf.setStrokeColor(RED)
    pdf.setLineWidth(4)
    pdf.rect(28, 28, width - 56, height - 56)
    pdf.setLineWidth(1)
    pdf.rect(38, 38, width - 76, height - 76)

    pdf.setFillColor(RED)
    pdf.setFont(SONG, 44)
    pdf.drawCentredString(width / 2, height - 120, "结业证书")

    pdf.setFillColor(HexColor("#000000"))
    pdf.setFont(SONG, 20)
    left, right = 100, width - 100
    pdf.drawString(left, height - 185, f"{facts.name} 同志：")
    body = (f"    于{chinese_date(facts.completed_on)}参加{facts.programme}《{facts.session}》培训，"
            f"完成规定课程，成绩合格，准予结业。特发此证。")
    y = height - 225
    for line in _wrap(body, SONG, 20, right - left):
        pdf.drawString(left, y, line)
        y -= 32

    pdf.setFont(SONG, 18)
    pdf.drawRightString(right, 150, ISSUER)
    pdf.drawRightString(right, 122, chinese_date(facts.completed_on))

    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=4, border=1)
    qr.seek(0)
    pdf.drawImage(ImageReader(qr), left, 78, width=84, height=84)
    pdf.setFont(SONG, 11)
    pdf.drawString(left + 96, 138, f"证书编号：{facts.number}")
    pdf.drawString(left + 96, 118, "扫码或访问以下网址验证：")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(left, 64, verify_url)

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# Punctuation that closes a phrase never starts a line (Chinese typesetting's 避头点): it stays on the line before.
CLOSING = set("，。、；：！？）》」』”’")


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Chinese text breaks between any two characters; a line takes as many as fit, and closing punctuation
    hangs at the end of a line rather than starting the next."""
    lines, line = [], ""
    for char in text:
        if line and char not in CLOSING and pdfmetrics.stringWidth(line + char, font, size) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines
