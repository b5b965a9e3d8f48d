"""Excel workbooks: every export goes through here, so nothing a user typed opens as a formula.

A spreadsheet takes a cell whose text starts with = + - @ (or a tab or carriage return before one) for a
formula: a borrower named "=HYPERLINK(...)" would run in the reviewer's Excel (CSV/formula injection,
OWASP). Each text cell is written as text, and text that starts with one of those characters gets a
leading apostrophe, as OWASP advises, so it reads as what was typed. Numbers, dates and Decimals stay
values. The rest of openpyxl stays behind this module: `tests/security/test_exports.py` fails on an export
that imports openpyxl itself.
"""

import io
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from starlette.responses import Response

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOLD = Font(bold=True)


def as_text(value: str) -> str:
    """Text that a spreadsheet would not take for a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class Sheet:
    """One worksheet, written row by row (write-only: a claim may have tens of thousands of lines)."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self._sheet = sheet

    def append(self, values: Iterable[Any], *, bold: bool = False) -> None:
        self._sheet.append([self._cell(value, bold) for value in values])

    def widths(self, widths: Sequence[float]) -> None:
        """Column widths in characters, from column A on (before the first row)."""
        for index, width in enumerate(widths):
            self._sheet.column_dimensions[chr(ord("A") + index)].width = width  # type: ignore[attr-defined]

    def freeze_header(self) -> None:
        """Keep the first row in view (before the first row)."""
        self._sheet.freeze_panes = "A2"

    def _cell(self, value: Any, bold: bool) -> Cell:
        # Amounts stay Decimal: openpyxl writes them as exact numbers (its stubs only list float).
        cell: Cell = WriteOnlyCell(self._sheet, value=as_text(value) if isinstance(value, str) else value)
        if isinstance(value, str):
            cell.data_type = "s"
        if bold:
            cell.font = BOLD
        return cell


class Book:
    """A workbook of one or more sheets, saved to bytes."""

    def __init__(self) -> None:
        self._book = Workbook(write_only=True)

    def sheet(self, title: str) -> Sheet:
        return Sheet(self._book.create_sheet(as_text(title)[:31]))

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self._book.save(buffer)
        return buffer.getvalue()


XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What a route that answers with a workbook declares (`responses=XLSX_RESPONSE`, `response_class=Response`).
XLSX_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "An Excel workbook"}}


def workbook_response(content: bytes, filename: str) -> Response:
    """A workbook as a download. `filename` is ours (ASCII, no quotes), never what a user typed."""
    return Response(content, media_type=XLSX_MEDIA_TYPE,
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


class UnreadableWorkbook(ValueError):
    """The bytes are not a workbook this module can read (not .xlsx, damaged, or too many rows)."""


def read_rows(content: bytes, *, max_rows: int) -> list[tuple[Any, ...]]:
    """The first sheet's rows as values (formulas read as their cached values, never evaluated), header
    included; trailing empty rows dropped. More than `max_rows` rows is refused rather than half read."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UnreadableWorkbook("the file is not an Excel workbook (.xlsx)") from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise UnreadableWorkbook("the workbook has no sheet")
        rows: list[tuple[Any, ...]] = []
        for row in sheet.iter_rows(values_only=True):
            if len(rows) > max_rows:
                raise UnreadableWorkbook(f"the sheet has more than {max_rows} rows")
            rows.append(tuple(row))
    finally:
        book.close()
    while rows and all(value is None or str(value).strip() == "" for value in rows[-1]):
        rows.pop()
    return rows
