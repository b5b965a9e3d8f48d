from pathlib import Path

from chassis.cli import main
from products.config import Settings
from products.demo import load_demo

main(Settings(), Path(__file__).resolve().parents[1] / "migrations", load_demo)
