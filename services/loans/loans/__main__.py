from pathlib import Path

from chassis.cli import main
from loans.config import Settings
from loans.demo import load_demo

main(Settings(), Path(__file__).resolve().parents[1] / "migrations", load_demo)
