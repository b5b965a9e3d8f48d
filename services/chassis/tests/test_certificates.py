import re

from chassis.certificate_pdf import CLOSING, SONG, wrap
from chassis.certificates import ALPHABET, mask_name, new_number, normalize


def test_a_number_reads_prefix_year_and_eight_crockford_characters() -> None:
    number = new_number("QY", 2020)
    assert re.fullmatch(r"QY2020-[0-9A-HJKMNP-TV-Z]{8}", number)
    assert len(number) <= 20
    assert not set(number[7:]) & set("ILOU")
    assert len(ALPHABET) == 32
    assert new_number("QV", 2026).startswith("QV2026-")


def test_numbers_do_not_repeat() -> None:
    assert len({new_number("QY", 2021) for _ in range(5000)}) == 5000


def test_a_number_is_read_as_typed() -> None:
    assert normalize(" qy2020-7k3m9qxa ") == "QY2020-7K3M9QXA"
    assert normalize("QY2020-OIL3M9QX") == "QY2020-0113M9QX"
    assert normalize("QY2020") == "QY2020"


def test_names_are_masked_but_the_ends() -> None:
    assert mask_name("张三明") == "张*明"
    assert mask_name("欧阳小明") == "欧**明"
    assert mask_name("张三") == "张*"
    assert mask_name("张") == "张"
    assert mask_name("") == ""


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "于2020年11月16日参加培训，完成规定课程，成绩合格，准予结业。特发此证。" * 3
    for width in range(120, 400, 7):
        lines = wrap(text, SONG, 20, width)
        assert "".join(lines) == text
        assert all(line[0] not in CLOSING for line in lines[1:]), (width, lines)


def test_a_qr_code_is_an_svg_that_stands_alone_as_an_image() -> None:
    from chassis import qr

    drawn = qr.svg("http://127.0.0.1:8000/volunteers/my/check-in?team=1&code=ABC")
    assert drawn.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in drawn
