"""QR codes as standalone SVG (segno, in the chassis' `pdf` extra): with its namespace, so a page can show it as
an image (`<img src="data:image/svg+xml,...">`, nothing of it running or styling the page) and not only inline."""

import io

import segno


def svg(text: str, *, scale: int = 6) -> str:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", xmldecl=False, svgns=True, nl=False, scale=scale)
    return buffer.getvalue().decode()
