import httpx
import pytest
from pydantic import TypeAdapter, ValidationError

from chassis.testing import auth_header
from chassis.text import Description, Name

CITY = auth_header("city_staff")
NAME = TypeAdapter(Name)
DESCRIPTION = TypeAdapter(Description)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\t", "\n", "\x7f", "\x85", "\u202e", "\u2067", "\u200f",
                                  "\u061c"])
def test_a_name_refuses_control_characters_and_bidirectional_overrides(char: str) -> None:
    with pytest.raises(ValidationError):
        NAME.validate_python(f"黄{char}小龙")


def test_a_name_keeps_any_visible_text_as_typed() -> None:
    for name in ("黄小龙", "'; DROP TABLE loan; --", "=HYPERLINK(\"x\")", "Zoë O'Brien-Łukasz", "ئۇيغۇر"):
        assert NAME.validate_python(f"  {name} ") == name


def test_free_text_may_break_lines_but_holds_no_other_control() -> None:
    assert DESCRIPTION.validate_python("第一行\n第二行\r\n\t缩进") == "第一行\n第二行\r\n\t缩进"
    for char in ("\x00", "\x07", "\u202e"):
        with pytest.raises(ValidationError):
            DESCRIPTION.validate_python(f"第一行{char}")


@pytest.mark.parametrize(("query", "body"), [({"limit": "1\x00"}, None), ({"x\x00": "1"}, None),
                                             ({}, '{"name": "茶\\u0000"}'), ({}, '{"name": "\\\\\\u0000"}')])
async def test_nul_is_refused_in_any_query_or_body(client: httpx.AsyncClient, query: dict[str, str],
                                                  body: str | None) -> None:
    response = await client.request("POST" if body else "GET", "/api/v1/demo/crops", params=query, content=body,
                                    headers={**CITY, "Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"


async def test_an_escaped_backslash_before_u0000_is_text_not_nul(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/demo/price", content='{"name": "\\\\u0000"}',
                                 headers={**CITY, "Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "\\u0000"
