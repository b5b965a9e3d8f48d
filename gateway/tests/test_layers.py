"""The gateway's folders depend one way: identity (users, keys, tokens) at the bottom, guard, sessions and
clients above it, auth (the token endpoint and login) above those, accounts and registration on top."""

from pathlib import Path

import gateway
from chassis.layers import cycles, folder_imports


def test_every_folder_stands_above_what_it_uses() -> None:
    assert cycles(folder_imports(Path(gateway.__file__).parent)) == []
