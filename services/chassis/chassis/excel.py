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
