"""Text people type: what every service accepts in a name or a free-text field, and the one character no
request may carry anywhere.

A name is one line of visible text: a control character (U+0000-U+001F, U+007F-U+009F) or a bidirectional
control (the right-to-left override U+202E and its kin) in it is refused, since it would show one name in the
console and another in a spreadsheet or a log ("Trojan Source"). Free text may also hold tabs and line breaks.
U+0000 is refused in every query, path and body, whatever the field's type: PostgreSQL cannot store it, so it
would otherwise surface as a 500 from the database.
"""

import re
from typing import Annotated

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator, StringConstraints

# Embeddings, overrides and isolates, and the marks that steer them (Unicode's Bidi_Control property).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\t\n\r")
# U+0000 written as a JSON escape, not preceded by an escaping backslash ("\\u0000" is six characters of text).
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


def _is_control(char: str) -> bool:
    return char <= "\x1f" or "\x7f" <= char <= "\x9f" or char in BIDI_CONTROLS


def _line(value: str) -> str:
    if any(_is_control(char) for char in value):
        raise ValueError("must not contain control characters or bidirectional overrides")
    return value


def _text(value: str) -> str:
    if any(_is_control(char) and char not in LINE_BREAKS for char in value):
        raise ValueError("must not contain control characters or bidirectional overrides (line breaks are fine)")
    return value


PlainLine = AfterValidator(_line)
PlainText = AfterValidator(_text)


# The common shapes; a field with other bounds writes Annotated[str, StringConstraints(...), PlainLine].
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100), PlainLine]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), PlainText]


async def refuse_nul(request: Request) -> None:
    """An app-wide dependency: 422 for U+0000 in the path, the query, a JSON body or a form."""
    where: list[tuple[str, ...]] = [("path", name) for name, value in request.path_params.items()
                                    if "\x00" in str(value)]
    where += [("query", name) for name, value in request.query_params.multi_items()
              if "\x00" in name or "\x00" in value]
    content_type = request.headers.get("content-type", "")
    if "json" in content_type and _JSON_NUL.search(await request.body()):
        where.append(("body",))
    elif content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        where += [("body", name) for name, value in form.multi_items()
                  if "\x00" in name or (isinstance(value, str) and "\x00" in value)]
    if where:
        raise RequestValidationError([{"loc": loc, "msg": "must not contain the NUL character (U+0000)",
                                       "type": "string_nul"} for loc in where])
