"""Units of weight people sell in, and kilograms, the one unit the API speaks. Pure: no I/O.

A farmer counts in 斤 (half a kilogram), a wholesaler in tonnes, a shop in boxes of so many kilograms; the
phone page converts what they type to kilograms before it is sent, and back to show it.
"""

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

TEN_GRAMS = Decimal("0.01")


class Unit(StrEnum):
    jin = "jin"  # 斤
    kg = "kg"
    tonne = "tonne"
    box = "box"  # a box (盒, 箱) of a stated number of kilograms


KG_PER_UNIT = {Unit.jin: Decimal("0.5"), Unit.kg: Decimal(1), Unit.tonne: Decimal(1000)}

# What people write for each unit (the catalogue's `unit` is such a label).
LABELS = {"斤": Unit.jin, "市斤": Unit.jin, "kg": Unit.kg, "公斤": Unit.kg, "千克": Unit.kg, "t": Unit.tonne,
          "吨": Unit.tonne, "盒": Unit.box, "箱": Unit.box, "box": Unit.box}


class UnitError(ValueError):
    pass


def unit_of(label: str) -> Unit | None:
    """The unit a label names ("斤", "吨", "盒"), or None for a label that is not a weight (袋, 份)."""
    return LABELS.get(label.strip().lower())


def kg_per(unit: Unit, box_kg: Decimal | None = None) -> Decimal:
    if unit is Unit.box:
        if box_kg is None or box_kg <= 0:
            raise UnitError("a box needs its weight in kilograms")
        return box_kg
    return KG_PER_UNIT[unit]


def to_kg(quantity: Decimal, unit: Unit, box_kg: Decimal | None = None) -> Decimal:
    """`quantity` of `unit` in kilograms, to 10 g, rounded half-up: 3 斤 is 1.50 kg, 2 boxes of 2.5 kg are 5.00."""
    return (quantity * kg_per(unit, box_kg)).quantize(TEN_GRAMS, rounding=ROUND_HALF_UP)


def from_kg(kg: Decimal, unit: Unit, box_kg: Decimal | None = None) -> Decimal:
    """Kilograms in `unit`, to two decimals, rounded half-up: 1.5 kg is 3.00 斤."""
    return (kg / kg_per(unit, box_kg)).quantize(TEN_GRAMS, rounding=ROUND_HALF_UP)
