from decimal import Decimal

import pytest

from products.catalogue.units import Unit, UnitError, from_kg, to_kg, unit_of


def test_a_jin_is_half_a_kilogram() -> None:
    assert to_kg(Decimal(3), Unit.jin) == Decimal("1.50")


def test_kilograms_stay_kilograms_to_ten_grams() -> None:
    assert to_kg(Decimal("2.345"), Unit.kg) == Decimal("2.35")


def test_a_tonne_is_a_thousand_kilograms() -> None:
    assert to_kg(Decimal("1.2"), Unit.tonne) == Decimal("1200.00")


def test_a_box_weighs_what_it_says() -> None:
    assert to_kg(Decimal(2), Unit.box, box_kg=Decimal("2.5")) == Decimal("5.00")


def test_a_box_without_its_weight_is_refused() -> None:
    with pytest.raises(UnitError):
        to_kg(Decimal(2), Unit.box)


def test_kilograms_convert_back_to_jin_and_boxes() -> None:
    assert from_kg(Decimal("1.5"), Unit.jin) == Decimal("3.00")
    assert from_kg(Decimal(10), Unit.box, box_kg=Decimal(3)) == Decimal("3.33")


def test_the_catalogues_labels_name_their_units() -> None:
    assert [unit_of(label) for label in ("斤", "公斤", "吨", "盒", "KG", "袋")] == [
        Unit.jin, Unit.kg, Unit.tonne, Unit.box, Unit.kg, None]
