import re

from training.certificates.numbers import ALPHABET, mask_name, new_number, normalize


def test_a_number_reads_qy_year_and_eight_crockford_characters() -> None:
    number = new_number(2020)
    assert re.fullmatch(r"QY2020-[0-9A-HJKMNP-TV-Z]{8}", number)
    assert len(number) <= 20
    assert not set(number[7:]) & set("ILOU")
    assert len(ALPHABET) == 32


def test_numbers_do_not_repeat() -> None:
    assert len({new_number(2021) for _ in range(5000)}) == 5000


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
