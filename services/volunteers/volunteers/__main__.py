from pathlib import Path

from chassis.cli import main
from volunteers.config import Settings
from volunteers.demo import load_demo

main(Settings(), Path(__file__).resolve().parents[1] / "migrations", load_demo)
