import io
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from chassis.excel import Book, as_text


def test_text_that_would_be_a_formula_gets_a_leading_apostrophe() -> None:
    for typed in ("=1+2", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x","y")'):
        assert as_text(typed) == "'" + typed
    for typed in ("黄小龙", "QY20200001", "1-2", "a=b", ""):
        assert as_text(typed) == typed


def test_a_sheet_writes_text_as_text_and_values_as_values() -> None:
    book = Book()
    sheet = book.sheet("=2020Q3")
    sheet.widths([20, 10])
    sheet.freeze_header()
    sheet.append(["=1+2", "@SUM(A1)", Decimal("12.50"), 3, date(2020, 7, 1)], bold=True)
    sheet.append(["-3", "plain"])
    opened = load_workbook(io.BytesIO(book.to_bytes()))
    worksheet = opened.active
    assert worksheet is not None and worksheet.title == "'=2020Q3"
    first, second = list(worksheet.iter_rows(values_only=False))[:2]
    assert [c.data_type for c in first[:3]] == ["s", "s", "n"]
    assert [c.value for c in first[:4]] == ["'=1+2", "'@SUM(A1)", 12.5, 3]
    assert first[0].font.bold
    assert [c.value for c in second[:2]] == ["'-3", "plain"]
