from pathlib import Path

from chassis.testing import service_fixtures
from products.config import Settings
from products.main import create_app

database_url, app, client = service_fixtures(
    "products", create_app, Settings, Path(__file__).resolve().parents[1] / "migrations")
