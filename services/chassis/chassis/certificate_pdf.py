"""What every printable certificate shares (training's completion certificates, volunteers' certificates of
service hours): A4 landscape in Chinese, a red double frame, the issuer, and the verification block (a QR code
of the verification link, the number, the link written out).

reportlab's CID font STSong-Light needs no font file (the PDF viewer supplies a Song face), so no service ships
one and the PDFs stay small. Drawing takes tens of milliseconds: callers run it off the event loop. Needs the
chassis' `pdf` extra (reportlab, segno).
"""

import io
from collections.abc import Iterator
from contextlib import contextmanager
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
BLACK = HexColor("#000000")
WIDTH, HEIGHT = landscape(A4)
LEFT, RIGHT = 100, WIDTH - 100
pdfmetrics.registerFont(UnicodeCIDFont(SONG))

# Punctuation that closes a phrase never starts a line (Chinese typesetting's 避头点): it stays on the line before.
CLOSING = set("，。、；：！？）》」』”’")


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@contextmanager
def certificate_page(title: str, number: str) -> Iterator[tuple[Canvas, io.BytesIO]]:
    """A framed landscape page with `title` at the top; the PDF is in the buffer once the block ends."""
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=(WIDTH, HEIGHT), pageCompression=1)
    pdf.setTitle(f"{title} {number}")
    pdf.setAuthor(ISSUER)
    pdf.setStrokeColor(RED)
    pdf.setLineWidth(4)
    pdf.rect(28, 28, WIDTH - 56, HEIGHT - 56)
    pdf.setLineWidth(1)
    pdf.rect(38, 38, WIDTH - 76, HEIGHT - 76)
    pdf.setFillColor(RED)
    pdf.setFont(SONG, 44)
    pdf.drawCentredString(WIDTH / 2, HEIGHT - 120, title)
    pdf.setFillColor(BLACK)
    yield pdf, buffer
    pdf.showPage()
    pdf.save()


def paragraph(pdf: Canvas, text: str, y: float, size: float = 20, leading: float = 32) -> float:
    """`text` wrapped between the margins from `y` down; the y below its last line."""
    pdf.setFont(SONG, size)
    for line in wrap(text, SONG, size, RIGHT - LEFT):
        pdf.drawString(LEFT, y, line)
        y -= leading
    return y


def signature(pdf: Canvas, day: date) -> None:
    pdf.setFont(SONG, 18)
    pdf.drawRightString(RIGHT, 150, ISSUER)
    pdf.drawRightString(RIGHT, 122, chinese_date(day))


def verification(pdf: Canvas, number: str, verify_url: str) -> None:
    """Bottom left: the QR code of the verification link, the number, and the link for those who type it."""
    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=4, border=1)
    qr.seek(0)
    pdf.drawImage(ImageReader(qr), LEFT, 78, width=84, height=84)
    pdf.setFont(SONG, 11)
    pdf.drawString(LEFT + 96, 138, f"证书编号：{number}")
    pdf.drawString(LEFT + 96, 118, "扫码或访问以下网址验证：")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(LEFT, 64, verify_url)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Chinese text breaks between any two characters; a line takes as many as fit, and closing punctuation
    hangs at the end of a line rather than starting the next."""
    lines, line = [], ""
    for char in text:
        if line and char not in CLOSING and pdfmetrics.stringWidth(line + char, font, size) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines
