from datetime import date

import pytest

from chassis.crypto import FieldCipher
from chassis.identity_numbers import (
    age_on,
    birth_date_of,
    gender_of,
    id_card_check_char,
    mask_id_card,
    mask_mobile,
    validate_id_card,
    validate_mobile,
)

# 441881 英德市, born 1995-03-07, sequence 123; check digit computed by GB 11643.
VALID = "44188119950307123" + id_card_check_char("44188119950307123")


def test_a_valid_id_card_gives_birth_date_and_gender() -> None:
    assert validate_id_card(VALID.lower()) == VALID
    assert birth_date_of(VALID) == date(1995, 3, 7)
    assert gender_of(VALID) == "male"  # the 17th digit, 3, is odd


def test_the_published_example_check_digit() -> None:
    # GB 11643-1999's worked example: 11010519491231002X
    assert id_card_check_char("11010519491231002") == "X"
    assert validate_id_card("11010519491231002X") == "11010519491231002X"


@pytest.mark.parametrize("bad", ["11010519491231002Y", "110105194912310021", "1101051949123100", "11010519491331002X"])
def test_bad_id_cards_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        validate_id_card(bad)


def test_mobile_numbers() -> None:
    assert validate_mobile("138 0000 1234") == "13800001234"
    for bad in ("12800001234", "1380000123", "23800001234"):
        with pytest.raises(ValueError):
            validate_mobile(bad)


def test_masks_keep_only_what_identifies_nobody() -> None:
    assert mask_id_card("11010519491231002X") == "1101**********002X"
    assert mask_mobile("13800001234") == "138****1234"


def test_age_counts_whole_years() -> None:
    assert age_on(date(2000, 6, 1), date(2020, 5, 31)) == 19
    assert age_on(date(2000, 6, 1), date(2020, 6, 1)) == 20


def test_encryption_round_trips_and_lookup_hashes_are_stable() -> None:
    cipher = FieldCipher("one key")
    secret = cipher.encrypt(VALID)
    assert VALID not in secret and cipher.decrypt(secret) == VALID
    assert cipher.lookup_hash(VALID) == FieldCipher("one key").lookup_hash(VALID)
    assert cipher.lookup_hash(VALID) != FieldCipher("another key").lookup_hash(VALID)
    with pytest.raises(ValueError):
        FieldCipher("another key").decrypt(secret)
