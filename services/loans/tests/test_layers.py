"""The folders of the service depend one way: each stands above what it uses (see chassis.layers)."""

from pathlib import Path

import loans
from chassis.layers import cycles, folder_imports


def test_every_folder_stands_above_what_it_uses() -> None:
    assert cycles(folder_imports(Path(loans.__file__).parent)) == []
