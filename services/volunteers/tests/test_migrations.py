from pathlib import Path

from chassis.testing import migrations_roundtrip
from volunteers.models import Base


def test_migrations_go_up_down_and_up_again_and_match_the_models() -> None:
    migrations_roundtrip(Path(__file__).resolve().parents[1] / "migrations", Base.metadata, "volunteers")
