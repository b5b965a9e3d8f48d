"""Money, rates and quantities: Decimal end to end, written in JSON as strings with two decimals. Never a float."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated

from pydantic import AfterValidator, PlainSerializer, WithJsonSchema

CENT = Decimal("0.01")
# NUMERIC(14, 2) holds twelve digits before the point; anything at or above this is no real amount, and
# quantizing "1e30" would raise decimal's InvalidOperation (not a ValueError: a 500 instead of a 422).
TOO_LARGE = Decimal("1000000000000")


def round_fen(amount: Decimal) -> Decimal:
    """Half-up to the fen (0.01 CNY), as Chinese banks round."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _two_places(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite number")
    if abs(value) >= TOO_LARGE:
        raise ValueError(f"must be less than {TOO_LARGE:,}")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise ValueError("must have at most two decimal places")
    try:
        return value.quantize(CENT)
    except InvalidOperation as exc:  # pragma: no cover - the bound above leaves no such value
        raise ValueError("must be an amount") from exc


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise ValueError("must not be negative")
    return value


_as_string = PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json")
_schema = WithJsonSchema({"type": "string", "pattern": r"^-?\d+\.\d{2}$", "examples": ["28000000.00"]})

# An amount in CNY (or a rate in percent): at most two decimals, "1234.50" in JSON.
Money = Annotated[Decimal, AfterValidator(_two_places), AfterValidator(_non_negative), _as_string, _schema]
Percent = Annotated[Decimal, AfterValidator(_two_places), AfterValidator(_non_negative), _as_string,
                    WithJsonSchema({"type": "string", "pattern": r"^\d+\.\d{2}$", "examples": ["3.85"]})]
# A quantity in kilograms (the API's one unit of weight): at most two decimals (10 g), "1250.50" in JSON.
Kilograms = Annotated[Decimal, AfterValidator(_two_places), AfterValidator(_non_negative), _as_string,
                      WithJsonSchema({"type": "string", "pattern": r"^\d+\.\d{2}$", "examples": ["1250.50"]})]
