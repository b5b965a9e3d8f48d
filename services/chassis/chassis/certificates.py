"""Certificate numbers and the name a stranger sees when checking one (pure): training's completion
certificates (`QY2020-7K3M9QXA`) and volunteers' certificates of service hours (`QV2026-...`).

A number reads prefix, year, dash, then eight characters of Crockford's base32 drawn from `secrets` (40 bits), so
numbers cannot be walked through one by one and are still easy to read out or type: no I, L, O or U, and what
people type for them (i, l, o) is read as 1 and 0.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
RANDOM_LENGTH = 8
_MISREAD = str.maketrans({"I": "1", "L": "1", "O": "0"})


def new_number(prefix: str, year: int) -> str:
    return f"{prefix}{year}-" + "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))


def normalize(number: str) -> str:
    """A number as typed (any case, spaces around, O for 0 after the dash) as it is stored."""
    head, dash, tail = number.strip().upper().partition("-")
    return head + dash + tail.translate(_MISREAD)


def mask_name(name: str) -> str:
    """The name on the public check: first and last character kept, the middle starred (张*明, 欧**明, 张*)."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
