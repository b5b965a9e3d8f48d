"""Chinese resident ID numbers (GB 11643-1999) and mobile numbers: validation, derived facts, masking."""

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator

_ID_PATTERN = re.compile(r"^\d{17}[\dX]$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_MOBILE_PATTERN = re.compile(r"^1[3-9]\d{9}$")


def id_card_check_char(first17: str) -> str:
    return _CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def birth_date_of(id_card: str) -> date:
    return date(int(id_card[6:10]), int(id_card[10:12]), int(id_card[12:14]))


def gender_of(id_card: str) -> str:
    """The 17th digit: odd for men, even for women."""
    return "male" if int(id_card[16]) % 2 else "female"


def validate_id_card(value: str) -> str:
    id_card = value.strip().upper()
    if not _ID_PATTERN.match(id_card):
        raise ValueError("an ID-card number has 17 digits and a check digit or X")
    try:
        birth = birth_date_of(id_card)
    except ValueError as exc:
        raise ValueError("the ID-card number holds no real birth date") from exc
    if birth.year < 1900:
        raise ValueError("the ID-card number holds no real birth date")
    if id_card_check_char(id_card[:17]) != id_card[17]:
        raise ValueError("the ID-card number's check digit is wrong (GB 11643)")
    return id_card


def validate_mobile(value: str) -> str:
    mobile = value.strip().replace(" ", "").replace("-", "")
    if not _MOBILE_PATTERN.match(mobile):
        raise ValueError("a mobile number has 11 digits and starts with 13 to 19")
    return mobile


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def mask_id_card(id_card: str) -> str:
    """`4418**********123X`: the region's first four and the last four stay."""
    return id_card[:4] + "*" * 10 + id_card[-4:]


def mask_mobile(mobile: str) -> str:
    return mobile[:3] + "****" + mobile[-4:]


IdCardNumber = Annotated[str, AfterValidator(validate_id_card)]
MobileNumber = Annotated[str, AfterValidator(validate_mobile)]
